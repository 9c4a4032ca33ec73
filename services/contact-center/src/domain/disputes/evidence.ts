import { problem, type ProposalProblem } from '../problem';

/** What a debtor may send in support of a dispute: PDF and pictures, recognised by their first bytes, not by what the client claims. */
const SIGNATURES: ReadonlyArray<{ mediaType: string; bytes: number[] }> = [
  { mediaType: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { mediaType: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { mediaType: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];
export const EVIDENCE_MEDIA_TYPES = SIGNATURES.map((signature) => signature.mediaType);
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 5;

/** Problems with the files a debtor sent (an empty list: all acceptable). */
export function checkEvidence(files: ReadonlyArray<{ fileName: string; declaredType: string; content: Uint8Array }>): ProposalProblem[] {
  const problems: ProposalProblem[] = [];
  if (files.length > EVIDENCE_MAX_FILES) problems.push(problem('documents', 'TOO_MANY_FILES', `at most ${EVIDENCE_MAX_FILES} files, not ${files.length}`));
  files.forEach((file, index) => {
    const field = `documents[${index}]`;
    if (file.content.length === 0) problems.push(problem(`${field}.content`, 'EMPTY', `${file.fileName} is empty`));
    if (file.content.length > EVIDENCE_MAX_BYTES) problems.push(problem(`${field}.content`, 'TOO_LARGE', `${file.fileName} is ${file.content.length} bytes; at most ${EVIDENCE_MAX_BYTES}`));
    const actual = SIGNATURES.find(({ bytes }) => bytes.every((byte, at) => file.content[at] === byte))?.mediaType;
    if (!actual) problems.push(problem(`${field}.content`, 'UNSUPPORTED_TYPE', `${file.fileName} must be one of ${EVIDENCE_MEDIA_TYPES.join(', ')}`));
    else if (actual !== file.declaredType) problems.push(problem(`${field}.mediaType`, 'TYPE_MISMATCH', `${file.fileName} is ${actual}, not ${file.declaredType}`));
  });
  return problems;
}
