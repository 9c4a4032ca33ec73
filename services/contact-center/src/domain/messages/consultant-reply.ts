import { checkEvidence } from '../disputes/evidence';
import { problem, type ProposalProblem } from '../problem';

export const REPLY_BODY_MAX_CHARS = 5000;

/**
 * What a consultant may write to a creditor: some text, and the files an agent handles anyway
 * (PDFs and pictures, recognised by content, as for a debtor's evidence).
 */
export function checkReply(reply: { body: string; attachments: ReadonlyArray<{ fileName: string; declaredType: string; content: Uint8Array }> }): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  const body = reply.body.trim();
  if (body.length === 0) problems.push(problem('body', 'EMPTY', 'write something'));
  if (body.length > REPLY_BODY_MAX_CHARS) problems.push(problem('body', 'TOO_LONG', `at most ${REPLY_BODY_MAX_CHARS} characters`));
  const files = checkEvidence(reply.attachments).map((found) => ({ ...found, field: found.field.replace(/^documents/, 'attachments') }));
  return [...problems, ...files];
}
