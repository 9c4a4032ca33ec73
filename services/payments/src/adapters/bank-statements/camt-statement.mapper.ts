import type { Money } from '../../domain/money';
import { readDirection, readMoney } from './camt-entry.mapper';
import { children, textAt, type XmlNode } from './camt-xml-node';
import { BankStatementBalanceMismatchError, BankStatementInvalidError } from './bank-statement.errors';
import type { CamtMessageKind, StatementSummary } from './bank-statement.types';

export interface StatementIdentity {
  readonly statementId: string;
  readonly accountIban: string;
}

/** What the parser adds up while the statement's entries stream past. */
export interface StatementTotals {
  readonly entryCount: number;
  /** Booked credits − booked debits, per currency, in minor units. */
  readonly bookedNetByCurrency: ReadonlyMap<string, bigint>;
}

/** `Stmt/Id` (or `Ntfctn/Id`) and `Acct/Id/IBAN`, both required: every key and every error names them. */
export function readStatementIdentity(statement: XmlNode): StatementIdentity {
  const statementId = textAt(statement, 'Id');
  if (!statementId) throw new BankStatementInvalidError(`${statement.name} has no Id`);
  const iban = textAt(statement, 'Acct', 'Id', 'IBAN');
  if (!iban) throw new BankStatementInvalidError('the account has no IBAN (Acct/Id/IBAN)', { statementId });
  return { statementId, accountIban: iban.replace(/\s+/g, '').toUpperCase() };
}

/**
 * Once all entries are read: check the declared entry count (`TxsSummry/TtlNtries/NbOfNtries`) and,
 * when both booked balances are given, that opening + booked credits − booked debits = closing.
 */
export function summariseStatement(
  statement: XmlNode,
  messageKind: CamtMessageKind,
  identity: StatementIdentity,
  totals: StatementTotals,
): StatementSummary {
  const { statementId } = identity;
  const declared = textAt(statement, 'TxsSummry', 'TtlNtries', 'NbOfNtries');
  if (declared !== undefined && Number(declared) !== totals.entryCount) {
    throw new BankStatementInvalidError(`the statement declares ${declared} entries but holds ${totals.entryCount}`, { statementId });
  }
  const balances = readBookedBalances(statement, statementId);
  if (balances.opening && balances.closing) checkBalances(balances.opening, balances.closing, totals, statementId);
  return {
    messageKind,
    statementId,
    accountIban: identity.accountIban,
    electronicSequenceNumber: textAt(statement, 'ElctrncSeqNb'),
    createdAt: textAt(statement, 'CreDtTm'),
    openingBalance: balances.opening,
    closingBalance: balances.closing,
    entryCount: totals.entryCount,
  };
}

function readBookedBalances(statement: XmlNode, statementId: string): { opening?: Money; closing?: Money } {
  const byType = new Map<string, Money>();
  for (const balance of children(statement, 'Bal')) {
    const type = textAt(balance, 'Tp', 'CdOrPrtry', 'Cd') ?? textAt(balance, 'Tp', 'CdOrPrtry', 'Prtry');
    if (type !== 'OPBD' && type !== 'PRCD' && type !== 'CLBD') continue;
    const fail = (reason: string) => new BankStatementInvalidError(`${type} balance: ${reason}`, { statementId });
    const amount = readMoney(balance.children.find((c) => c.name === 'Amt'), `${type} balance`, fail);
    const sign = readDirection(textAt(balance, 'CdtDbtInd'), fail) === 'DEBIT' ? -1n : 1n;
    byType.set(type, { amountMinor: sign * amount.amountMinor, currency: amount.currency });
  }
  return { opening: byType.get('OPBD') ?? byType.get('PRCD'), closing: byType.get('CLBD') };
}

function checkBalances(opening: Money, closing: Money, totals: StatementTotals, statementId: string): void {
  const mismatch = (reason: string) => new BankStatementBalanceMismatchError(reason, { statementId });
  if (opening.currency !== closing.currency) throw mismatch(`opening balance in ${opening.currency}, closing in ${closing.currency}`);
  for (const currency of totals.bookedNetByCurrency.keys()) {
    if (currency !== opening.currency) throw mismatch(`a booked entry in ${currency} on a ${opening.currency} account`);
  }
  const net = totals.bookedNetByCurrency.get(opening.currency) ?? 0n;
  const expected = opening.amountMinor + net;
  if (expected !== closing.amountMinor) {
    throw mismatch(
      `opening ${opening.amountMinor} + booked entries ${net} = ${expected} minor units of ${opening.currency}, but the closing balance is ${closing.amountMinor}`,
    );
  }
}
