export {
  generateStructuredCommunication,
  parseStructuredCommunication,
  isValidStructuredCommunication,
  formatStructuredCommunication,
  type StructuredCommunication,
} from './structured-communication';
export {
  generateCreditorReference,
  parseCreditorReference,
  isValidCreditorReference,
  formatCreditorReference,
  type CreditorReference,
} from './creditor-reference';
export { findReferencesInText, type FoundReference } from './find-references-in-text';
export { caseReferences } from './case-references';
export {
  PaymentReferenceError,
  ReferenceLengthInvalidError,
  ReferenceCharactersInvalidError,
  ReferenceCheckDigitsInvalidError,
  CaseSequenceInvalidError,
  type ReferenceScheme,
  type ReferenceParse,
} from './reference.errors';
