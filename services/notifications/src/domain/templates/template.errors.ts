/**
 * Errors of the templates. Each carries a stable code and a category the edges map (invalid → 422,
 * not_found → 404); `details` lists every problem when there are several.
 */
export type TemplateErrorCategory = 'invalid' | 'not_found';

export type TemplateErrorCode =
  | 'NOTIFICATIONS.TEMPLATE_CATALOGUE_INVALID'
  | 'NOTIFICATIONS.TEMPLATE_NOT_FOUND'
  | 'NOTIFICATIONS.TEMPLATE_KEY_UNKNOWN'
  | 'NOTIFICATIONS.TEMPLATE_RENDER_FAILED'
  | 'NOTIFICATIONS.TEMPLATE_VALUE_INVALID'
  | 'NOTIFICATIONS.SMS_TOO_LONG';

export abstract class TemplateError extends Error {
  abstract readonly code: TemplateErrorCode;
  abstract readonly category: TemplateErrorCategory;
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** One thing wrong in the wording given to `compileCatalogue`. */
export interface CatalogueProblem {
  language: string;
  /** A MessageKind, `frame`, `envelope` or `mention:<key>`. */
  where: string;
  channel: 'letter' | 'email' | 'sms' | '*';
  part: string;
  problem: string;
}

export function describeProblem(p: CatalogueProblem): string {
  return `${p.where} / ${p.language} / ${p.channel} / ${p.part}: ${p.problem}`;
}

/** The catalogue cannot start: a translation is missing or a template is wrong. Thrown at start-up. */
export class TemplateCatalogueInvalidError extends TemplateError {
  readonly code = 'NOTIFICATIONS.TEMPLATE_CATALOGUE_INVALID';
  readonly category = 'invalid';
  constructor(readonly problems: CatalogueProblem[]) {
    const lines = problems.map(describeProblem);
    super(`the message templates are incomplete or wrong (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ${lines.join('\n- ')}`, lines);
  }
}

/** No template for this request (an SMS for a kind that has none, an unknown language or country). */
export class TemplateNotFoundError extends TemplateError {
  readonly code = 'NOTIFICATIONS.TEMPLATE_NOT_FOUND';
  readonly category = 'not_found';
}

/** A dunning template key this service does not know. */
export class TemplateKeyUnknownError extends TemplateError {
  readonly code = 'NOTIFICATIONS.TEMPLATE_KEY_UNKNOWN';
  readonly category = 'invalid';
}

/** The context lacks a value a template prints (a blank letter is never sent). */
export class TemplateRenderFailedError extends TemplateError {
  readonly code = 'NOTIFICATIONS.TEMPLATE_RENDER_FAILED';
  readonly category = 'invalid';
}

/** A value given to a helper is not what it formats (not a calendar date, not an amount). */
export class TemplateValueInvalidError extends TemplateError {
  readonly code = 'NOTIFICATIONS.TEMPLATE_VALUE_INVALID';
  readonly category = 'invalid';
  constructor(
    readonly helper: string,
    message: string,
  ) {
    super(message);
  }
}

/** The SMS would take more than the allowed segments. */
export class SmsTooLongError extends TemplateError {
  readonly code = 'NOTIFICATIONS.SMS_TOO_LONG';
  readonly category = 'invalid';
}
