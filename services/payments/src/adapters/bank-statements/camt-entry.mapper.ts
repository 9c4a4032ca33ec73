import type { Money } from '../../domain/money';
import { parseAmountMinor } from './camt-amount';
import { child, children, textAt, type XmlNode } from './camt-xml-node';
import { BankStatementBatchMismatchError, BankStatementEntryInvalidError } from './bank-statement.errors';
import type { CamtMessageKind, EntryTransaction, StatementEntry, StructuredReference } from './bank-statement.types';

export interface EntryContext {
  readonly messageKind: CamtMessageKind;
  readonly statementId: string;
  readonly accountIban: string;
  /** 1-based. */
  readonly entryIndex: number;
}

/** `RmtInf/Ustrd` is at most 140 characters: a line that long was cut by the bank, not ended by the payer. */
const USTRD_MAX = 140;
const DATE = /^\d{4}-\d{2}-\d{2}/;

/** Maps one `Ntry` to a typed entry, or throws naming the statement, the entry and what is wrong. */
export function mapEntry(ntry: XmlNode, context: EntryContext): StatementEntry {
  const where = { statementId: context.statementId, entryNumber: context.entryIndex };
  const invalid = (field: string) => (reason: string) => new BankStatementEntryInvalidError(reason, { ...where, field });

  const amount = readMoney(child(ntry, 'Amt'), 'entry', invalid('Amt'));
  const direction = readDirection(textAt(ntry, 'CdtDbtInd'), invalid('CdtDbtInd'));
  const status = textAt(ntry, 'Sts', 'Cd') ?? textAt(ntry, 'Sts', 'Prtry') ?? textAt(ntry, 'Sts');
  if (!status) throw invalid('Sts')('entry has no status (Sts)');
  const booked = status === 'BOOK';
  const bookingDate = readDate(child(ntry, 'BookgDt'), 'booking date', invalid('BookgDt'));
  if (booked && !bookingDate) throw invalid('BookgDt')('booked entry has no booking date (BookgDt)');
  const valueDate = readDate(child(ntry, 'ValDt'), 'value date', invalid('ValDt'));
  const accountServicerReference = textAt(ntry, 'AcctSvcrRef');
  // The bank's own reference of the booking names it wherever it is listed: in the day's camt.054
  // notification and again in its camt.053 statement (another statement id, another position). Only
  // without one does the entry's place in its statement name it.
  const bookingKey = (reference: string) => keyOf([context.accountIban, direction === 'CREDIT' ? 'CRDT' : 'DBIT', reference]);
  const key = accountServicerReference ? bookingKey(accountServicerReference) : keyOf([context.statementId, context.accountIban, String(context.entryIndex)]);

  return {
    messageKind: context.messageKind,
    statementId: context.statementId,
    accountIban: context.accountIban,
    entryIndex: context.entryIndex,
    key,
    entryReference: textAt(ntry, 'NtryRef'),
    accountServicerReference,
    direction,
    reversal: isTrue(textAt(ntry, 'RvslInd')),
    status,
    booked,
    bookingDate,
    valueDate,
    amount,
    additionalInfo: textAt(ntry, 'AddtlNtryInf'),
    transactions: mapTransactions(ntry, amount, { key, reference: accountServicerReference, bookingKey }, context),
  };
}

/** How the entry is named: its key, the bank's reference of it, and the key a bank reference gives a booking. */
interface EntryNaming {
  readonly key: string;
  readonly reference: string | undefined;
  readonly bookingKey: (reference: string) => string;
}

function mapTransactions(ntry: XmlNode, entryAmount: Money, entry: EntryNaming, context: EntryContext): EntryTransaction[] {
  const entryKey = entry.key;
  const details = children(ntry, 'NtryDtls', 'TxDtls');
  if (details.length === 0) return [{ index: 1, key: `${entryKey}/1`, amount: entryAmount }];

  const where = { statementId: context.statementId, entryNumber: context.entryIndex };
  const declaredCount = textAt(ntry, 'NtryDtls', 'Btch', 'NbOfTxs');
  if (details.length > 1 && declaredCount !== undefined && Number(declaredCount) !== details.length) {
    throw new BankStatementBatchMismatchError(`batch declares ${declaredCount} transactions but lists ${details.length}`, { ...where, field: 'NtryDtls/Btch/NbOfTxs' });
  }
  const amountNodes = details.map((tx) => child(tx, 'Amt') ?? child(tx, 'AmtDtls', 'TxAmt', 'Amt'));
  const withAmount = amountNodes.filter((node) => node !== undefined).length;

  const ownReferences = transactionReferences(details, entry.reference);
  if (withAmount === 0) {
    // A batch booked as one sum without per-transaction amounts is one receipt of the entry's amount.
    const lone = details.length === 1 ? ownReferences[0] : undefined;
    return [{ ...describeTransactions(details), index: 1, key: lone ? `${entry.bookingKey(lone)}/1` : `${entryKey}/1`, amount: entryAmount }];
  }
  if (withAmount < details.length) {
    const first = amountNodes.findIndex((node) => node === undefined) + 1;
    throw new BankStatementBatchMismatchError(`${details.length - withAmount} of ${details.length} transactions have no amount`, { ...where, field: `NtryDtls/TxDtls[${first}]/Amt` });
  }
  const transactions = details.map((tx, i) => {
    const reason = (text: string) => new BankStatementEntryInvalidError(`transaction ${i + 1}: ${text}`, { ...where, field: `NtryDtls/TxDtls[${i + 1}]/Amt` });
    const amount = readMoney(amountNodes[i], `transaction ${i + 1}`, reason);
    if (amount.currency !== entryAmount.currency) {
      throw new BankStatementBatchMismatchError(`transaction ${i + 1} is in ${amount.currency}, the entry in ${entryAmount.currency}`, { ...where, field: `NtryDtls/TxDtls[${i + 1}]/Amt` });
    }
    const described = describeTransactions([tx]);
    const own = ownReferences[i];
    const refs = [described.accountServicerReference, described.endToEndId, described.transactionId].map((r) => r ?? '');
    // `/1` as for an entry without details, so a booking keeps its key whether listed alone or in a batch.
    const key = own ? `${entry.bookingKey(own)}/1` : `${entryKey}/${keyOf([String(i + 1), ...refs])}`;
    return { ...described, index: i + 1, key, amount };
  });
  const total = transactions.reduce((sum, tx) => sum + tx.amount.amountMinor, 0n);
  if (total !== entryAmount.amountMinor) {
    throw new BankStatementBatchMismatchError(
      `transactions add up to ${total} minor units of ${entryAmount.currency}, the entry is ${entryAmount.amountMinor}`,
      { ...where, field: 'NtryDtls' },
    );
  }
  return transactions;
}

/**
 * The bank's own reference of each transaction, where it names that transaction alone. Banks that
 * notify each credit of the day in a camt.054 of its own and then list them as one batch entry
 * (Sammelbuchung) in the camt.053 give the batch a reference of its own and each transaction the
 * reference its notification had: keyed by that reference, the credit is booked once whichever
 * file comes first. A lone transaction is named by its reference or, without one, the entry's.
 * In a batch, a reference that is the entry's own or that several transactions share (banks that
 * repeat the batch's reference in every `TxDtls`) names none of them: they keep a key of their
 * place and references in the entry, so no credit of the batch is mistaken for another.
 */
function transactionReferences(details: XmlNode[], entryReference: string | undefined): Array<string | undefined> {
  const references = details.map((tx) => textAt(tx, 'Refs', 'AcctSvcrRef'));
  if (details.length === 1) return [references[0] ?? entryReference];
  const uses = new Map<string, number>();
  for (const reference of references) if (reference) uses.set(reference, (uses.get(reference) ?? 0) + 1);
  return references.map((reference) => (reference && reference !== entryReference && uses.get(reference) === 1 ? reference : undefined));
}

type TransactionDescription = Omit<EntryTransaction, 'index' | 'key' | 'amount'>;

/**
 * The details of one `TxDtls`; for several (a batch booked as one receipt) a field is kept only
 * where they all agree, and their remittance texts are joined.
 */
function describeTransactions(details: XmlNode[]): TransactionDescription {
  const each = details.map(describeOne);
  const agreed = <K extends keyof TransactionDescription>(field: K): TransactionDescription[K] | undefined => {
    const values = new Set(each.map((d) => d[field]).filter((v) => v !== undefined).map((v) => JSON.stringify(v)));
    return values.size === 1 ? each.find((d) => d[field] !== undefined)![field] : undefined;
  };
  if (each.length === 1) return each[0]!;
  const texts = each.map((d) => d.remittanceText).filter((t): t is string => t !== undefined);
  return {
    structuredReference: agreed('structuredReference'),
    remittanceText: texts.length ? texts.join(' ') : undefined,
    debtorName: agreed('debtorName'),
    debtorIban: agreed('debtorIban'),
    endToEndId: agreed('endToEndId'),
    accountServicerReference: agreed('accountServicerReference'),
    transactionId: agreed('transactionId'),
    returnReason: agreed('returnReason'),
  };
}

function describeOne(tx: XmlNode): TransactionDescription {
  const endToEndId = textAt(tx, 'Refs', 'EndToEndId');
  return {
    structuredReference: readStructuredReference(tx),
    remittanceText: joinUnstructured(children(tx, 'RmtInf', 'Ustrd')),
    debtorName: textAt(tx, 'RltdPties', 'Dbtr', 'Nm') ?? textAt(tx, 'RltdPties', 'Dbtr', 'Pty', 'Nm'),
    debtorIban: textAt(tx, 'RltdPties', 'DbtrAcct', 'Id', 'IBAN')?.replace(/\s+/g, '').toUpperCase(),
    endToEndId: endToEndId === 'NOTPROVIDED' ? undefined : endToEndId,
    accountServicerReference: textAt(tx, 'Refs', 'AcctSvcrRef'),
    transactionId: textAt(tx, 'Refs', 'TxId'),
    returnReason: textAt(tx, 'RtrInf', 'Rsn', 'Cd') ?? textAt(tx, 'RtrInf', 'Rsn', 'Prtry'),
  };
}

function readStructuredReference(tx: XmlNode): StructuredReference | undefined {
  const info = children(tx, 'RmtInf', 'Strd', 'CdtrRefInf').find((node) => textAt(node, 'Ref') !== undefined);
  if (!info) return undefined;
  return {
    reference: textAt(info, 'Ref')!,
    typeCode: textAt(info, 'Tp', 'CdOrPrtry', 'Cd') ?? textAt(info, 'Tp', 'CdOrPrtry', 'Prtry'),
    issuer: textAt(info, 'Tp', 'Issr'),
  };
}

function joinUnstructured(lines: XmlNode[]): string | undefined {
  let joined = '';
  let previousLength = 0;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    joined += joined === '' ? text : previousLength >= USTRD_MAX ? text : ` ${text}`;
    previousLength = line.text.length;
  }
  return joined || undefined;
}

/** Reads `<Amt Ccy="…">` (entries, transactions, balances). */
export function readMoney(node: XmlNode | undefined, what: string, fail: (reason: string) => Error): Money {
  if (!node || !node.text.trim()) throw fail(`${what} has no amount`);
  const currency = node.attributes['Ccy']?.trim();
  if (!currency) throw fail(`${what} amount has no currency (Ccy)`);
  const minor = parseAmountMinor(node.text, currency);
  if (typeof minor === 'string') throw fail(`${what}: ${minor}`);
  return { amountMinor: minor, currency };
}

export function readDirection(indicator: string | undefined, fail: (reason: string) => Error): 'CREDIT' | 'DEBIT' {
  if (indicator === 'CRDT') return 'CREDIT';
  if (indicator === 'DBIT') return 'DEBIT';
  throw fail(indicator === undefined ? 'no credit/debit indicator (CdtDbtInd)' : `credit/debit indicator '${indicator}' is neither CRDT nor DBIT`);
}

/** `<X><Dt>` or `<X><DtTm>` → `YYYY-MM-DD`. */
export function readDate(node: XmlNode | undefined, what: string, fail: (reason: string) => Error): string | undefined {
  if (!node) return undefined;
  const value = textAt(node, 'Dt') ?? textAt(node, 'DtTm');
  if (value === undefined) return undefined;
  if (!DATE.test(value)) throw fail(`${what} '${value}' is not a date`);
  return value.slice(0, 10);
}

function isTrue(value: string | undefined): boolean {
  return value === 'true' || value === '1';
}

function keyOf(parts: string[]): string {
  return parts.map(encodeURIComponent).join('/');
}
