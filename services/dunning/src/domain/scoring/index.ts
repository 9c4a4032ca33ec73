export * from './eur-equivalent';
export * from './scoring.errors';
export * from './success-score';
