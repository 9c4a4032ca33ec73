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

/** What a statement declares before its first entry: checked then, so a file that contradicts itself books nothing. */
export interface StatementOpening {
  /** `TxsSummry/TtlNtries/NbOfNtries`. */
  readonly declaredEntryCount?: number;
  readonly opening?: Money;
  readonly closing?: Money;
}

/**
 * Read at the statement's first entry (balances and `TxsSummry` come before the entries in every
 * camt version): the balances must be readable and, when the statement also declares its net
 * movement (`TtlNtries/TtlNetNtryAmt` ≤ .001.02, `TtlNtries/TtlNetNtry` later), opening + net must
 * be the closing balance. Entries are then checked against it as they stream past.
 */
export function openStatement(statement: XmlNode, identity: StatementIdentity): StatementOpening {
  const { statementId } = identity;
  const declaredText = textAt(statement, 'TxsSummry', 'TtlNtries', 'NbOfNtries');
  const declaredEntryCount = declaredText === undefined ? undefined : Number(declaredText);
  if (declaredEntryCount !== undefined && !Number.isSafeInteger(declaredEntryCount)) {
    throw new BankStatementInvalidError(`the declared number of entries '${declaredText}' is not a number`, { statementId, field: 'TxsSummry/TtlNtries/NbOfNtries' });
  }
  const { opening, closing } = readBookedBalances(statement, statementId);
  if (opening && closing) {
    if (opening.currency !== closing.currency) throw new BankStatementBalanceMismatchError(`opening balance in ${opening.currency}, closing in ${closing.currency}`, { statementId, field: 'Bal' });
    const net = declaredNet(statement, opening.currency, statementId);
    if (net !== undefined && opening.amountMinor + net !== closing.amountMinor) {
      throw new BankStatementBalanceMismatchError(
        `the statement declares a net movement of ${net} minor units of ${opening.currency}, but opening ${opening.amountMinor} and closing ${closing.amountMinor} differ by ${closing.amountMinor - opening.amountMinor}`,
        { statementId, field: 'TxsSummry/TtlNtries' },
      );
    }
  }
  return { declaredEntryCount, opening, closing };
}

function declaredNet(statement: XmlNode, currency: string, statementId: string): bigint | undefined {
  const totals = children(statement, 'TxsSummry', 'TtlNtries')[0];
  const amountNode = totals?.children.find((c) => c.name === 'TtlNetNtryAmt') ?? children(totals, 'TtlNetNtry', 'Amt')[0];
  if (!totals || !amountNode || !amountNode.text.trim()) return undefined;
  const indicator = textAt(totals, 'CdtDbtInd') ?? textAt(totals, 'TtlNetNtry', 'CdtDbtInd');
  const fail = (reason: string) => new BankStatementInvalidError(`declared net movement: ${reason}`, { statementId, field: 'TxsSummry/TtlNtries' });
  const amount = readMoney({ ...amountNode, attributes: { Ccy: amountNode.attributes['Ccy'] ?? currency } }, 'declared net movement', fail);
  return readDirection(indicator, fail) === 'DEBIT' ? -amount.amountMinor : amount.amountMinor;
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
    throw new BankStatementInvalidError(`the statement declares ${declared} entries but holds ${totals.entryCount}`, { statementId, field: 'TxsSummry/TtlNtries/NbOfNtries' });
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
    const fail = (reason: string) => new BankStatementInvalidError(`${type} balance: ${reason}`, { statementId, field: `Bal[${type}]` });
    const amount = readMoney(balance.children.find((c) => c.name === 'Amt'), `${type} balance`, fail);
    const sign = readDirection(textAt(balance, 'CdtDbtInd'), fail) === 'DEBIT' ? -1n : 1n;
    byType.set(type, { amountMinor: sign * amount.amountMinor, currency: amount.currency });
  }
  return { opening: byType.get('OPBD') ?? byType.get('PRCD'), closing: byType.get('CLBD') };
}

function checkBalances(opening: Money, closing: Money, totals: StatementTotals, statementId: string): void {
  const mismatch = (reason: string) => new BankStatementBalanceMismatchError(reason, { statementId, field: 'Bal[CLBD]' });
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
