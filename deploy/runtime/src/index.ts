// Entry points the production build adds to every service image (see tools/deploy/src/build).
export { migrateDatabase } from './migrate-database';
