export {
  DISPUTE_GROUNDS,
  DISPUTE_RESOLUTIONS,
  MAX_DOCUMENTS_DELAY_DAYS,
  openDispute,
  pausesDunning,
  requestDocuments,
  resolveDispute,
  type Dispute,
  type DisputeGround,
  type DisputeOutcome,
  type DisputeResolution,
  type DisputeState,
  type DocumentRequest,
} from './dispute';
export { DisputeInputInvalidError, DisputeStateError } from './dispute.errors';
export { checkEvidence, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, EVIDENCE_MEDIA_TYPES } from './evidence';
