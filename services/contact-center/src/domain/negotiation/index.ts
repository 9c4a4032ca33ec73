export { AUTHORITY_LIMIT_EUR_MINOR, authorityFor, toEurMinor, validateRatesTable, type Authority, type RatesTable } from './authority';
export { disposableIncomeMinor, validateDeclaration, type IncomeDeclaration } from './income-declaration';
export { RateInvalidError, RateMissingError } from './negotiation.errors';
export { DEFAULT_NEGOTIATION_POLICY, validateNegotiationPolicy, type NegotiationPolicy } from './negotiation-policy';
export { heaviestMonth, validatePlanProposal, type PlanProposalInput, type ProposalProblem, type ProposedInstalment } from './plan-proposal';
export { settlementFloorMinor, validateSettlementProposal, type SettlementProposalInput } from './settlement-proposal';
