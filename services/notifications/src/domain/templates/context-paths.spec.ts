import Handlebars from 'handlebars';
import { templateProblems } from './context-paths';

const problemsOf = (source: string) => templateProblems(Handlebars.parse(source));

describe('templateProblems', () => {
  it('accepts whitelisted paths, the helpers on values of their kind and the three block helpers', () => {
    expect(
      problemsOf(
        'Dear {{debtor.name}}, pay {{money totalDue}} by {{date respondBy}} to {{address agency.address}}.' +
          '{{#if paymentUrl}} {{paymentUrl}}{{else}}-{{/if}}{{#unless body}}x{{/unless}}' +
          '{{#each statements}}{{number @index}} {{caseId}} {{../reference}}{{#each invoices}}{{this.number}} {{date dueDate}} {{money amount}}{{/each}}{{/each}}',
      ),
    ).toEqual([]);
  });

  it('reports an unknown placeholder', () => {
    expect(problemsOf('{{debtor.nmae}}')).toEqual(['unknown placeholder {{debtor.nmae}}']);
    expect(problemsOf('{{caseId}}')).toEqual(['unknown placeholder {{caseId}}']);
    expect(problemsOf('{{#each statements}}{{../../reference}}{{/each}}')).toEqual(['unknown placeholder {{../../reference}}: no outer scope that deep']);
  });

  it('reports a value printed without the helper its kind needs', () => {
    expect(problemsOf('{{today}}')).toEqual(['{{today}} is date: write {{date today}}']);
    expect(problemsOf('{{totalDue}}')).toEqual(['{{totalDue}} is money: write {{money totalDue}}']);
    expect(problemsOf('{{agency.address}}')).toEqual(['{{agency.address}} is address: write {{address agency.address}}']);
    expect(problemsOf('{{agency}}')).toEqual(['{{agency}} is an object: it cannot be printed']);
  });

  it('reports a helper given a value of another kind', () => {
    expect(problemsOf('{{money today}}')).toEqual(['{{money today}}: today is not a money value']);
    expect(problemsOf('{{date totalDue}}')).toEqual(['{{date totalDue}}: totalDue is not a date value']);
    expect(problemsOf('{{number reference}}')).toEqual(['{{number …}} takes a number literal or @index']);
  });

  it('reports a field named like a helper printed without this.', () => {
    expect(problemsOf('{{#each statements}}{{#each invoices}}{{number}}{{/each}}{{/each}}')).toEqual([
      '{{number}} calls the helper of that name: write {{this.number}} for the field',
    ]);
  });

  it('reports unknown helpers, partials, triple-stash, sub-expressions and hash arguments', () => {
    expect(problemsOf('{{upper debtor.name}}')).toEqual(['unknown helper "upper" (known: money, date, address, number)']);
    expect(problemsOf('{{> footer}}')).toEqual(['PartialStatement is not allowed (no partials or decorators)']);
    expect(problemsOf('{{{debtor.name}}}')).toEqual(['triple-stash {{{…}}} is not allowed: values are always escaped in HTML']);
    expect(problemsOf('{{money (lookup statements 0)}}')).toEqual(['{{money …}} takes a context path, not a SubExpression']);
    expect(problemsOf('{{#with debtor}}{{name}}{{/with}}')).toEqual(['{{#with}} is not allowed (only #if, #unless, #each)']);
    expect(problemsOf('{{#each debtor}}x{{/each}}')).toEqual(['{{#each debtor}}: debtor is not a list']);
  });

  it('reports literal text that is not plain (HTML is escaped only in values)', () => {
    expect(problemsOf('Pay <b>now</b>')).toEqual(['literal text must be plain (no <, > or &): "Pay <b>now</b>"']);
    expect(problemsOf('Terms & conditions')).toHaveLength(1);
  });

  it('reports a leftover {{ in literal text (an escaped mustache)', () => {
    expect(problemsOf('Use \\{{debtor.name}} here')).toEqual(['leftover "{{" in literal text: "{{debtor.name}} here"']);
  });
});
