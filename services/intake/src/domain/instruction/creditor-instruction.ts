import { fieldError, type FieldError } from '../shared/field-error';

/** What a creditor can tell the agency about one of its cases. */
export const INSTRUCTION_KINDS = [
  'approve',
  'decline',
  'provide_information',
  'accept_closure',
  'continue_collection',
  'consent_legal_action',
  'refuse_legal_action',
  'hold',
  'release_hold',
  'debtor_approached_creditor',
] as const;
export type InstructionKind = (typeof INSTRUCTION_KINDS)[number];

/** Kinds that answer a request or recommendation of the agency, so they name it. */
const REPLIES: ReadonlySet<InstructionKind> = new Set([
  'approve',
  'decline',
  'provide_information',
  'accept_closure',
  'continue_collection',
  'consent_legal_action',
  'refuse_legal_action',
]);

export interface CreditorInstruction {
  kind: InstructionKind;
  /** The request or recommendation answered (its id in the agency's event). */
  inReplyTo: string;
  note: string;
  documentIds: string[];
}

/** Checks an instruction is complete for its kind; every problem is returned. */
export function checkInstruction(instruction: CreditorInstruction): FieldError[] {
  const problems: FieldError[] = [];
  if (!INSTRUCTION_KINDS.includes(instruction.kind)) return [fieldError('kind', 'INVALID_CHOICE', `must be one of ${INSTRUCTION_KINDS.join(', ')}`)];
  if (REPLIES.has(instruction.kind) && !instruction.inReplyTo) {
    problems.push(fieldError('inReplyTo', 'REQUIRED', 'names the request or recommendation this answers'));
  }
  if (!REPLIES.has(instruction.kind) && instruction.inReplyTo) {
    problems.push(fieldError('inReplyTo', 'NOT_A_REPLY', `a ${instruction.kind} instruction answers no request`));
  }
  if (instruction.kind === 'provide_information' && !instruction.note && instruction.documentIds.length === 0) {
    problems.push(fieldError('note', 'REQUIRED', 'an answer to an information request needs text or documents'));
  }
  if (instruction.kind === 'debtor_approached_creditor' && !instruction.note) {
    problems.push(fieldError('note', 'REQUIRED', 'say what the debtor asked for: the consultant takes it up from there'));
  }
  if (instruction.note.length > 4000) problems.push(fieldError('note', 'TOO_LONG', 'must be at most 4000 characters'));
  return problems;
}
