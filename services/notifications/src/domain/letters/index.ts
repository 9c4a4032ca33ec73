export type {
  InstalmentRequestForm,
  LetterAgency,
  LetterAmountRow,
  LetterDocument,
  LetterLabels,
  LetterPaymentInstructions,
  LetterRecipient,
  LetterStatement,
} from './letter-document';
export { letterFileName, letterObjectKey } from './letter-file';
export { LetterContentInvalidError, LetterError, PaymentReferenceInvalidError } from './letter-errors';
export type { LetterErrorCategory } from './letter-errors';
export {
  A4,
  LETTER_GEOMETRY,
  contains,
  layoutAddressWindow,
  layoutFooter,
  mmToPt,
  ptToMm,
  recipientAddressLines,
} from './letter-layout';
export type { AddressWindowLayout, Box, FooterLayout, PlacedLines, PlacedSection, RenderedLetterLayout, TextMeasure } from './letter-layout';
export {
  belgianStructuredReference,
  belgianStructuredReferenceCheck,
  belgianStructuredReferenceForCase,
  compactBelgianStructuredReference,
  compactCreditorReference,
  creditorReference,
  creditorReferenceForCase,
  formatCreditorReference,
  isValidBelgianStructuredReference,
  isValidCreditorReference,
  paymentDigitsFromCaseId,
} from './payment-reference';
export { renderLetter, renderLetterPdf } from './render-letter';
export type { RenderedLetter } from './render-letter';
export { WIN_ANSI_REPLACEMENT, toWinAnsi } from './win-ansi';
export type { WinAnsiText } from './win-ansi';
