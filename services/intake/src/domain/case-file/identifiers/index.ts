export type { IdentifierProblem, IdentifierProblemCode } from './identifier-problem';
export { checkCompanyNumber, checkNationalId, normaliseIdentifier } from './identifiers';
