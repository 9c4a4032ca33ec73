import { LANGUAGES, MESSAGE_KINDS } from '../message';
import { compileCatalogue, createTemplateCatalogue, type TemplateSets } from './compile-catalogue';
import { type CatalogueProblem, TemplateCatalogueInvalidError } from './template.errors';
import { TEMPLATE_SETS } from './template-sets';

function problemsOf(sets: TemplateSets): CatalogueProblem[] {
  try {
    compileCatalogue(sets);
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateCatalogueInvalidError);
    return (error as TemplateCatalogueInvalidError).problems;
  }
  throw new Error('the catalogue compiled, but it should not have');
}

describe('createTemplateCatalogue', () => {
  it('compiles every kind of every language', () => {
    const catalogue = createTemplateCatalogue();
    expect([...catalogue.languages.keys()].sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) expect(Object.keys(catalogue.languages.get(language)!.kinds).sort()).toEqual([...MESSAGE_KINDS].sort());
  });
});

describe('compileCatalogue', () => {
  it('throws at start-up listing every missing (kind, language, channel, part) of an incomplete set', () => {
    const { FIRST_REMINDER, CLOSURE } = TEMPLATE_SETS.nl.kinds;
    const incomplete: TemplateSets = {
      ...TEMPLATE_SETS,
      nl: {
        ...TEMPLATE_SETS.nl,
        kinds: {
          ...TEMPLATE_SETS.nl.kinds,
          FIRST_REMINDER: { subject: FIRST_REMINDER.subject, letter: FIRST_REMINDER.letter, email: [] }, // no e-mail body, no SMS
          CLOSURE: { ...CLOSURE, subject: '  ' }, // blank subject
        },
      },
    };

    const problems = problemsOf(incomplete);

    expect(problems).toEqual([
      { language: 'nl', where: 'FIRST_REMINDER', channel: 'email', part: 'body', problem: 'missing' },
      { language: 'nl', where: 'FIRST_REMINDER', channel: 'sms', part: 'text', problem: 'missing' },
      { language: 'nl', where: 'CLOSURE', channel: '*', part: 'subject', problem: 'missing' },
    ]);
  });

  it('says so in a message that names each problem', () => {
    const incomplete: TemplateSets = { ...TEMPLATE_SETS, sv: { ...TEMPLATE_SETS.sv, kinds: { ...TEMPLATE_SETS.sv.kinds, PAYMENT_RECEIPT: { ...TEMPLATE_SETS.sv.kinds.PAYMENT_RECEIPT, sms: undefined } } } };
    expect(() => compileCatalogue(incomplete)).toThrow('the message templates are incomplete or wrong (1 problem):\n- PAYMENT_RECEIPT / sv / sms / text: missing');
  });

  it('reports every part of a language that is missing altogether', () => {
    const { de: _de, ...withoutGerman } = TEMPLATE_SETS;
    const problems = problemsOf(withoutGerman);
    expect(problems.every((p) => p.language === 'de')).toBe(true);
    expect(problems).toContainEqual({ language: 'de', where: 'FORMAL_NOTICE', channel: 'letter', part: 'body', problem: 'missing' });
    expect(problems).toContainEqual({ language: 'de', where: 'PLAN_BREACH', channel: 'sms', part: 'text', problem: 'missing' });
    expect(problems).toContainEqual({ language: 'de', where: 'mention:l111-8-text', channel: '*', part: 'phrase', problem: 'missing' });
    expect(problems).toContainEqual({ language: 'de', where: 'mention:wait-14-days', channel: '*', part: 'byCountry.NL', problem: 'missing' });
    expect(problems).toContainEqual({ language: 'de', where: 'envelope', channel: 'letter', part: 'neutralSender', problem: 'missing' });
  });

  it('reports an unknown placeholder with where it is', () => {
    const wrong: TemplateSets = {
      ...TEMPLATE_SETS,
      fr: { ...TEMPLATE_SETS.fr, kinds: { ...TEMPLATE_SETS.fr.kinds, SECOND_REMINDER: { ...TEMPLATE_SETS.fr.kinds.SECOND_REMINDER, letter: ['Bonjour {{debtor.nom}}', '{{money totalDue}}'] } } },
    };
    expect(problemsOf(wrong)).toEqual([{ language: 'fr', where: 'SECOND_REMINDER', channel: 'letter', part: 'body[0]', problem: 'unknown placeholder {{debtor.nom}}' }]);
  });

  it('reports a template that does not parse', () => {
    const wrong: TemplateSets = { ...TEMPLATE_SETS, en: { ...TEMPLATE_SETS.en, frame: { ...TEMPLATE_SETS.en.frame, contact: 'Call {{agency.phone' } } };
    const [problem] = problemsOf(wrong);
    expect(problem).toMatchObject({ language: 'en', where: 'frame', part: 'contact' });
    expect(problem.problem).toMatch(/^does not parse/);
  });

  it('reports a mention whose paragraph lost its phrase (the PDF check would not find it)', () => {
    const { mentions } = TEMPLATE_SETS.es;
    const wrong: TemplateSets = {
      ...TEMPLATE_SETS,
      es: { ...TEMPLATE_SETS.es, mentions: { ...mentions, 'amicable-not-judicial': { ...mentions['amicable-not-judicial'], paragraph: 'Se trata de un cobro amigable.' } } },
    };
    expect(problemsOf(wrong)).toEqual([
      { language: 'es', where: 'mention:amicable-not-judicial', channel: '*', part: 'paragraph', problem: 'does not contain the mention\'s phrase "cobro amistoso"' },
    ]);
  });

  it('reports a phrase that is a template', () => {
    const { mentions } = TEMPLATE_SETS.en;
    const wrong: TemplateSets = { ...TEMPLATE_SETS, en: { ...TEMPLATE_SETS.en, mentions: { ...mentions, 'creditor-identity': { ...mentions['creditor-identity'], phrase: '{{creditor.name}}' } } } };
    expect(problemsOf(wrong)).toContainEqual({ language: 'en', where: 'mention:creditor-identity', channel: '*', part: 'phrase', problem: 'a phrase is literal text: no placeholder' });
  });
});
