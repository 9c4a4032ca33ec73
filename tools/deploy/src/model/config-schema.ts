import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

/** One environment variable a service reads, as its config class declares it. */
export interface ConfigVariable {
  name: string;
  /** The TypeScript type as written (`number`, `string`, `string[]`, a union of literals). */
  type: string;
  /** The initializer as written in the class, e.g. `60_000` or `'info'`; undefined when none. */
  defaultValue?: string;
  /** Required everywhere (`!`), only in production (`@ValidateIf(... 'production' ...)`), or optional. */
  requirement: 'required' | 'production' | 'optional';
  /** Kept out of ConfigMaps and compose files: the loader's own secret-name rule, or a URL documented to hold credentials. */
  secret: boolean;
  /** The rules as written, e.g. `@Min(1_000) @Max(3_600_000)`, for the runbook table. */
  rules: string[];
  description: string;
  /** The class that declares it (`ServiceConfig` for the common variables). */
  declaredIn: string;
  /**
   * A folder of the workspace the default points at (`join(__dirname, '../../portal/dist')`),
   * workspace-relative: the production build copies it into the image and sets the variable.
   */
  assetDir?: string;
}

// The same rule as libs/observability's config loader uses to keep values out of its messages.
const SECRET_NAME = /PASSWORD|SECRET|TOKEN|KEY|CREDENTIAL/i;

export const WORKSPACE_ROOT = join(__dirname, '../../../..');
const BASE_CONFIG = { file: 'libs/observability/src/config/service.config.ts', className: 'ServiceConfig' };

export function serviceConfigFile(service: string): string {
  return `services/${service}/src/config/${service}.config.ts`;
}

/**
 * Reads a service's configuration schema from its config class source (and the common
 * ServiceConfig it extends): names, types, defaults, rules and doc comments, for the runbook table
 * and the deployment environment. The source, not the compiled class, because only the source has
 * the doc comments and the defaults as written.
 */
export function readServiceConfig(service: string, root = WORKSPACE_ROOT): ConfigVariable[] {
  const own = readConfigClass(join(root, serviceConfigFile(service)), undefined, root);
  if (own.extendsName !== BASE_CONFIG.className) {
    throw new Error(`${serviceConfigFile(service)}: ${own.className} must extend ${BASE_CONFIG.className}`);
  }
  const base = readConfigClass(join(root, BASE_CONFIG.file), BASE_CONFIG.className, root);
  const overridden = new Set(own.variables.map((variable) => variable.name));
  return [...base.variables.filter((variable) => !overridden.has(variable.name)), ...own.variables];
}

interface ConfigClass {
  className: string;
  extendsName?: string;
  variables: ConfigVariable[];
}

function readConfigClass(file: string, className: string | undefined, root: string): ConfigClass {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const classes = source.statements.filter(ts.isClassDeclaration).filter((node) => node.name && (!className || node.name.text === className));
  const exported = classes.find((node) => node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) ?? classes[0];
  if (!exported?.name) throw new Error(`${file}: no config class found`);
  const heritage = exported.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const name = exported.name.text;
  const variables = exported.members
    .filter(ts.isPropertyDeclaration)
    .filter((member) => ts.isIdentifier(member.name) && /^[A-Z][A-Z0-9_]*$/.test(member.name.text))
    .map((member) => toVariable(member, source, name))
    .map((variable) => {
      const folder = /^join\(__dirname, '([^']+)'\)$/.exec(variable.defaultValue ?? '');
      return folder ? { ...variable, assetDir: relative(root, join(dirname(file), folder[1]!)) } : variable;
    });
  return { className: name, extendsName: heritage?.expression.getText(source), variables };
}

function toVariable(member: ts.PropertyDeclaration, source: ts.SourceFile, declaredIn: string): ConfigVariable {
  const name = (member.name as ts.Identifier).text;
  const decorators = (ts.getDecorators(member) ?? []).map((decorator) => decorator.getText(source).replace(/\s+/g, ' '));
  const rules = (ts.getDecorators(member) ?? []).map((decorator) => describeRule(decorator, source)).filter((rule): rule is string => rule !== undefined);
  const description = ts
    .getJSDocCommentsAndTags(member)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const conditional = decorators.some((text) => text.startsWith('@ValidateIf') && text.includes("'production'"));
  const optional = decorators.some((text) => text.startsWith('@IsOptional')) || member.questionToken !== undefined;
  const requirement = conditional ? 'production' : member.exclamationToken !== undefined && !optional ? 'required' : 'optional';
  return {
    name,
    type: member.type?.getText(source) ?? 'string',
    defaultValue: member.initializer?.getText(source),
    requirement,
    secret: SECRET_NAME.test(name) || /credential/i.test(description),
    rules: [...new Set(rules)],
    description,
    declaredIn,
  };
}

/** A validation decorator in words: its own message when it has a plain one, else its name and arguments. */
function describeRule(decorator: ts.Decorator, source: ts.SourceFile): string | undefined {
  const call = decorator.expression;
  if (!ts.isCallExpression(call)) return undefined;
  const name = call.expression.getText(source);
  if (['Transform', 'ValidateIf', 'IsOptional'].includes(name)) return undefined;
  const options = call.arguments.find(ts.isObjectLiteralExpression);
  const message = options?.properties
    .filter(ts.isPropertyAssignment)
    .find((property) => property.name.getText(source) === 'message')?.initializer;
  if (message && ts.isStringLiteral(message)) return message.text;
  const args = call.arguments.filter((arg) => !ts.isObjectLiteralExpression(arg)).map((arg) => arg.getText(source).replace(/\s+/g, ' '));
  return `${name}(${args.join(', ')})`;
}
