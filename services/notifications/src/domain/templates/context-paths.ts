import type { MessageContext, Money, PostalAddressLines } from '../message';

/**
 * The placeholders a template may use: a whitelist of `MessageContext` paths, each with what it
 * holds, so a typo (`{{debtor.nmae}}`), a date printed raw (`{{today}}`) or an amount without its
 * helper (`{{totalDue}}`) fails at start-up instead of printing a blank or `[object Object]`.
 * The whitelist is typed against `MessageContext`: a field added there and not here (or the other
 * way round) is a TypeScript error.
 *
 * What a template may contain:
 * - `{{path}}` for a text value; `{{money path}}`, `{{date path}}`, `{{address path}}` for amounts,
 *   calendar dates and postal addresses; `{{number 14}}` or `{{number @index}}`;
 * - `{{#if path}}…{{else}}…{{/if}}`, `{{#unless path}}…{{/unless}}` on any whitelisted path;
 * - `{{#each statements}}…{{/each}}` (and `invoices` inside it), where paths are relative to the item
 *   (`../` reaches the outer scope; `@index`, `@first`, `@last` are allowed);
 * - no partials, sub-expressions, hash arguments, triple-stash `{{{…}}}` or other helpers;
 * - literal text without `<`, `>` or `&` (HTML output escapes values, not literal text).
 */

export type ValueKind = 'text' | 'date' | 'money' | 'address';
export interface EachShape {
  each: ObjectShape;
}
export interface ObjectShape {
  [key: string]: ShapeNode;
}
export type ShapeNode = ValueKind | EachShape | ObjectShape;

type FieldShape<V> = [V] extends [Money]
  ? 'money'
  : [V] extends [PostalAddressLines]
    ? 'address'
    : [V] extends [string]
      ? 'text' | 'date'
      : [V] extends [Array<infer U>]
        ? { each: ShapeOf<U> }
        : [V] extends [object]
          ? ShapeOf<V>
          : never;
type ShapeOf<T> = { [K in keyof T]-?: FieldShape<NonNullable<T[K]>> };

const MONEY = 'money' as const;

export const MESSAGE_CONTEXT_SHAPE: ShapeOf<MessageContext> = {
  agency: { name: 'text', address: 'address', phone: 'text', email: 'text', website: 'text', iban: 'text', bic: 'text', enterpriseNumber: 'text' },
  creditor: { name: 'text', enterpriseNumber: 'text', address: 'address' },
  debtor: { name: 'text', address: 'address', kind: 'text' },
  statements: {
    each: {
      caseId: 'text',
      creditorReference: 'text',
      paymentReference: 'text',
      invoices: { each: { number: 'text', issueDate: 'date', dueDate: 'date', amount: MONEY } },
      principal: MONEY,
      interest: MONEY,
      costs: MONEY,
      charges: MONEY,
      paid: MONEY,
      balance: MONEY,
    },
  },
  totalDue: MONEY,
  respondBy: 'date',
  today: 'date',
  reference: 'text',
  paymentUrl: 'text',
  subjectLine: 'text',
  body: 'text',
  remittance: {
    remittanceId: 'text',
    paidOn: 'date',
    lines: { each: { caseId: 'text', creditorReference: 'text', collected: MONEY, commission: MONEY, costs: MONEY, paidOut: MONEY } },
    collected: MONEY,
    commission: MONEY,
    costs: MONEY,
    paidOut: MONEY,
  },
};

/** Helpers a template may call, with the kind of value each takes. */
export const VALUE_HELPERS = { money: 'money', date: 'date', address: 'address' } as const satisfies Record<string, ValueKind>;
export const TEMPLATE_HELPERS = [...Object.keys(VALUE_HELPERS), 'number'] as const;
const BLOCK_HELPERS = new Set(['if', 'unless', 'each']);
const LOOP_DATA = new Set(['index', 'first', 'last']);

const isValueKind = (node: ShapeNode): node is ValueKind => typeof node === 'string';
const isEach = (node: ShapeNode): node is EachShape => !isValueKind(node) && Object.keys(node).length === 1 && 'each' in node && typeof node.each === 'object';

type Resolved = { node: ShapeNode } | { loopData: true } | { problem: string };

function resolvePath(path: hbs.AST.PathExpression, scopes: ObjectShape[]): Resolved {
  if (path.data) {
    if (path.parts.length === 1 && LOOP_DATA.has(path.parts[0]) && scopes.length > 1) return { loopData: true };
    return { problem: `unknown placeholder {{${path.original}}} (only @index, @first and @last, inside #each)` };
  }
  const scope = scopes[scopes.length - 1 - path.depth];
  if (scope === undefined) return { problem: `unknown placeholder {{${path.original}}}: no outer scope that deep` };
  let node: ShapeNode = scope;
  for (const part of path.parts) {
    if (isValueKind(node) || isEach(node) || !Object.prototype.hasOwnProperty.call(node, part)) {
      return { problem: `unknown placeholder {{${path.original}}}` };
    }
    node = node[part];
  }
  return { node };
}

function describe(node: ShapeNode): string {
  return isValueKind(node) ? node : isEach(node) ? 'a list' : 'an object';
}

/**
 * Every problem in one template's AST (empty when it is fine). `root` is the whitelist the paths
 * resolve against.
 */
export function templateProblems(program: hbs.AST.Program, root: ObjectShape = MESSAGE_CONTEXT_SHAPE): string[] {
  const problems: string[] = [];
  const walk = (statements: hbs.AST.Statement[], scopes: ObjectShape[]): void => {
    for (const statement of statements) {
      switch (statement.type) {
        case 'ContentStatement': {
          const text = (statement as hbs.AST.ContentStatement).value;
          if (/[<>&]/.test(text)) problems.push(`literal text must be plain (no <, > or &): "${text.trim().slice(0, 40)}"`);
          if (text.includes('{{')) problems.push(`leftover "{{" in literal text: "${text.trim().slice(0, 40)}"`);
          break;
        }
        case 'CommentStatement':
          break;
        case 'MustacheStatement':
          mustache(statement as hbs.AST.MustacheStatement, scopes);
          break;
        case 'BlockStatement':
          block(statement as hbs.AST.BlockStatement, scopes);
          break;
        default:
          problems.push(`${statement.type} is not allowed (no partials or decorators)`);
      }
    }
  };

  const mustache = (node: hbs.AST.MustacheStatement, scopes: ObjectShape[]): void => {
    if (!node.escaped) problems.push('triple-stash {{{…}}} is not allowed: values are always escaped in HTML');
    if (node.path.type !== 'PathExpression') return void problems.push(`a literal cannot be printed with {{…}}`);
    const path = node.path as hbs.AST.PathExpression;
    if (node.hash && node.hash.pairs.length > 0) problems.push(`{{${path.original} …}}: hash arguments are not allowed`);
    if (node.params.length === 0) {
      if ((TEMPLATE_HELPERS as readonly string[]).includes(path.original)) {
        return void problems.push(`{{${path.original}}} calls the helper of that name: write {{this.${path.original}}} for the field`);
      }
      const resolved = resolvePath(path, scopes);
      if ('problem' in resolved) return void problems.push(resolved.problem);
      if ('loopData' in resolved) return;
      if (resolved.node !== 'text') {
        const helper = Object.entries(VALUE_HELPERS).find(([, kind]) => kind === resolved.node)?.[0];
        problems.push(`{{${path.original}}} is ${describe(resolved.node)}: ${helper ? `write {{${helper} ${path.original}}}` : 'it cannot be printed'}`);
      }
      return;
    }
    helperCall(path.original, node.params, scopes);
  };

  const helperCall = (helper: string, params: hbs.AST.Expression[], scopes: ObjectShape[]): void => {
    if (!(TEMPLATE_HELPERS as readonly string[]).includes(helper)) return void problems.push(`unknown helper "${helper}" (known: ${TEMPLATE_HELPERS.join(', ')})`);
    if (params.length !== 1) return void problems.push(`{{${helper} …}} takes exactly one argument`);
    const param = params[0];
    if (helper === 'number') {
      if (param.type === 'NumberLiteral') return;
      if (param.type === 'PathExpression' && 'loopData' in resolvePath(param as hbs.AST.PathExpression, scopes)) return;
      return void problems.push('{{number …}} takes a number literal or @index');
    }
    if (param.type !== 'PathExpression') return void problems.push(`{{${helper} …}} takes a context path, not a ${param.type}`);
    const path = param as hbs.AST.PathExpression;
    const resolved = resolvePath(path, scopes);
    if ('problem' in resolved) return void problems.push(resolved.problem);
    const expected = VALUE_HELPERS[helper as keyof typeof VALUE_HELPERS];
    if ('loopData' in resolved || resolved.node !== expected) problems.push(`{{${helper} ${path.original}}}: ${path.original} is not a ${expected} value`);
  };

  const block = (node: hbs.AST.BlockStatement, scopes: ObjectShape[]): void => {
    const name = node.path.original;
    if (!BLOCK_HELPERS.has(name)) return void problems.push(`{{#${name}}} is not allowed (only #if, #unless, #each)`);
    if (node.params.length !== 1 || node.params[0].type !== 'PathExpression') return void problems.push(`{{#${name}}} takes one context path`);
    if (node.hash && node.hash.pairs.length > 0) problems.push(`{{#${name}}}: hash arguments are not allowed`);
    if (node.program.blockParams && node.program.blockParams.length > 0) problems.push(`{{#${name}}}: block parameters are not allowed`);
    const path = node.params[0] as hbs.AST.PathExpression;
    const resolved = resolvePath(path, scopes);
    if ('problem' in resolved) return void problems.push(resolved.problem);
    if (name === 'each') {
      if ('loopData' in resolved || !isEach(resolved.node)) return void problems.push(`{{#each ${path.original}}}: ${path.original} is not a list`);
      walk(node.program.body, [...scopes, resolved.node.each]);
    } else {
      walk(node.program.body, scopes);
    }
    if (node.inverse) walk(node.inverse.body, scopes);
  };

  walk(program.body, [root]);
  return problems;
}
