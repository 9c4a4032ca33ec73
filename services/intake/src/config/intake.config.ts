import { ServiceConfig } from '@collections/observability';

/**
 * The intake service's environment. Add the service's own variables here with class-validator
 * decorators; start-up fails naming any that is missing or malformed.
 */
export class IntakeConfig extends ServiceConfig {}
