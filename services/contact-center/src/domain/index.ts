export * from './calendar-date';
export * from './disputes';
export { ContactCenterError, type ContactCenterErrorCategory } from './errors';
export * from './money';
export * from './negotiation';
export * from './outcomes';
export { problem, type ProposalProblem } from './problem';
export * from './tasks';
export * from './third-parties';
