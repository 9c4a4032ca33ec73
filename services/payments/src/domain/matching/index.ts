export {
  matchReceipt,
  type ReceiptToMatch,
  type OpenCaseCandidate,
  type MatchingSources,
  type MatchMethod,
  type UnmatchedCode,
  type ReceiptMatch,
} from './receipt-matching';
export { normaliseDebtorName, sameDebtorName } from './debtor-name.normalisation';
