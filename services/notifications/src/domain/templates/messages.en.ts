import type { LanguageWording } from './template-wording';

const CASES = 'Cases concerned:{{#each statements}}\n– {{caseId}} (your reference {{creditorReference}}), balance {{money balance}}{{/each}}';
const FILES = '{{#each statements}}\n– file {{caseId}} (creditor reference {{creditorReference}}){{/each}}';

/** English (also the wording of countries whose language is not among ours when the debtor reads English). */
export const MESSAGES_EN: LanguageWording = {
  frame: {
    debtorLetterSalutation: 'Dear {{debtor.name}},',
    debtorEmailSalutation: 'Dear {{debtor.name}},',
    creditorSalutation: 'Dear {{creditor.name}},',
    contact: 'Questions? Call us on {{agency.phone}} or write to {{agency.email}}, quoting reference {{reference}}.',
    closing: ['Yours sincerely,', '{{agency.name}}'],
  },
  kinds: {
    FIRST_REMINDER: {
      subject: 'Payment reminder: {{money totalDue}} – reference {{reference}}',
      letter: [
        '{{creditor.name}} has asked us to collect the amount below, which according to their records has not yet been paid.',
        'Please pay {{money totalDue}} by {{date respondBy}}.',
        'If you have already paid, please ignore this letter. If you cannot pay the full amount at once, contact us: we can agree a payment plan with you.',
      ],
      email: [
        '{{creditor.name}} has asked us to collect an unpaid amount of {{money totalDue}}.',
        'Please pay by {{date respondBy}}.{{#if paymentUrl}} You can pay online: {{paymentUrl}}{{/if}}',
        'Already paid? Then please ignore this e-mail. Cannot pay in full? Reply to this e-mail and we will look for a solution with you.',
      ],
      sms: '{{agency.name}}: {{money totalDue}} is unpaid for {{creditor.name}}. Please pay by {{date respondBy}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    SECOND_REMINDER: {
      subject: 'Second reminder: {{money totalDue}} still unpaid – reference {{reference}}',
      letter: [
        'We wrote to you recently about the amount below, owed to {{creditor.name}}. We have not yet received your payment.',
        'Please pay {{money totalDue}} by {{date respondBy}}.',
        'If you are having difficulty paying, call us on {{agency.phone}}: we will look at a payment plan with you.',
      ],
      email: [
        'We wrote to you recently about an amount of {{money totalDue}} owed to {{creditor.name}}, and have not yet received your payment.',
        'Please pay by {{date respondBy}}.{{#if paymentUrl}} Pay online: {{paymentUrl}}{{/if}}',
        'Having difficulty paying? Reply to this e-mail and we will look at a payment plan with you.',
      ],
    },
    PAYMENT_REMINDER: {
      subject: 'Reminder: {{money totalDue}} to pay – reference {{reference}}',
      letter: [
        'This is a reminder that {{money totalDue}} is still due to {{creditor.name}}.',
        '{{#if respondBy}}Please pay by {{date respondBy}}.{{else}}Please pay as soon as possible.{{/if}}{{#if paymentUrl}} You can also pay online: {{paymentUrl}}{{/if}}',
      ],
      email: [
        'This is a reminder that {{money totalDue}} is still due to {{creditor.name}}.',
        '{{#if respondBy}}Please pay by {{date respondBy}}.{{else}}Please pay as soon as possible.{{/if}}{{#if paymentUrl}} Pay online: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: reminder, {{money totalDue}} is due to {{creditor.name}}.{{#if paymentUrl}} Pay here: {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    FORMAL_NOTICE: {
      subject: 'Formal notice to pay {{money totalDue}} – reference {{reference}}',
      letter: [
        'Our earlier reminders have not led to payment. On behalf of {{creditor.name}}, we formally ask you to pay {{money totalDue}}.',
        'Please pay this amount by {{date respondBy}} at the latest.',
        'If you dispute the debt or cannot pay, contact us before that date so that we can look at your situation.',
      ],
      email: [
        'Our earlier reminders have not led to payment. On behalf of {{creditor.name}}, we formally ask you to pay {{money totalDue}} by {{date respondBy}} at the latest.',
        'If you dispute the debt or cannot pay, reply to this e-mail before that date.',
      ],
    },
    PLAN_BREACH: {
      subject: 'Your payment plan has ended – reference {{reference}}',
      letter: [
        'We have not received an instalment due under your payment plan. Under the terms of the plan, it has therefore ended and the remaining balance of {{money totalDue}} is now due.',
        'Please pay this amount by {{date respondBy}}, or call us on {{agency.phone}} if you want to discuss a new arrangement.',
      ],
      email: [
        'We have not received an instalment due under your payment plan. The plan has therefore ended and the remaining balance of {{money totalDue}} is now due.',
        'Please pay by {{date respondBy}}, or reply to this e-mail to discuss a new arrangement.{{#if paymentUrl}} Pay online: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: an instalment of your payment plan is unpaid, so the plan has ended. Balance due: {{money totalDue}}. Please call us on {{agency.phone}}. Ref {{reference}}',
    },
    PAYMENT_PLAN_CONFIRMATION: {
      subject: 'Your payment plan is confirmed – reference {{reference}}',
      letter: [
        'Thank you: we confirm the payment plan agreed with you for the amount of {{money totalDue}} owed to {{creditor.name}}.',
        'Please pay each instalment on time, as agreed{{#if respondBy}}; the first one is due on {{date respondBy}}{{/if}}.',
        'As long as the instalments are paid on time, we will take no other step. If an instalment is missed, the plan may end and the full balance become due.',
      ],
      email: [
        'Thank you: we confirm the payment plan agreed with you for the amount of {{money totalDue}} owed to {{creditor.name}}.',
        'Please pay each instalment on time, as agreed{{#if respondBy}}; the first one is due on {{date respondBy}}{{/if}}. If an instalment is missed, the plan may end.',
      ],
    },
    INSTALMENT_REMINDER: {
      subject: 'Your next instalment – reference {{reference}}',
      letter: [
        'This is a reminder that the next instalment of your payment plan is due{{#if respondBy}} on {{date respondBy}}{{/if}}.',
        'The remaining balance of your plan is {{money totalDue}}.',
      ],
      email: [
        'This is a reminder that the next instalment of your payment plan is due{{#if respondBy}} on {{date respondBy}}{{/if}}.{{#if paymentUrl}} Pay online: {{paymentUrl}}{{/if}}',
        'The remaining balance of your plan is {{money totalDue}}.',
      ],
      sms: '{{agency.name}}: your next instalment is due{{#if respondBy}} on {{date respondBy}}{{/if}}. Balance: {{money totalDue}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    PAYMENT_RECEIPT: {
      subject: 'Payment received – reference {{reference}}',
      letter: [
        'Thank you: we have received your payment.',
        'Your files:{{#each statements}}\n– file {{caseId}}: paid so far {{money paid}}, balance {{money balance}}{{/each}}',
        'Remaining balance: {{money totalDue}}.',
      ],
      email: ['Thank you: we have received your payment.', 'Remaining balance: {{money totalDue}}.'],
      sms: '{{agency.name}}: thank you, we have received your payment. Remaining balance: {{money totalDue}}. Ref {{reference}}',
    },
    SETTLEMENT_CONFIRMATION: {
      subject: 'Settlement confirmed – reference {{reference}}',
      letter: [
        'We confirm the settlement agreed with you on behalf of {{creditor.name}}.',
        'Once you have paid {{money totalDue}}{{#if respondBy}} by {{date respondBy}}{{/if}}, the files below will be settled in full and closed.' + FILES,
        'If the agreed amount is not paid in time, the settlement may lapse and the full balance remain due.',
      ],
      email: [
        'We confirm the settlement agreed with you on behalf of {{creditor.name}}.',
        'Once you have paid {{money totalDue}}{{#if respondBy}} by {{date respondBy}}{{/if}}, your files will be settled in full and closed.',
      ],
    },
    CLOSURE: {
      subject: 'Your file is closed – reference {{reference}}',
      letter: ['We have closed the collection files below, which we handled on behalf of {{creditor.name}}.' + FILES, 'We will not contact you again about them. Please keep this letter for your records.'],
      email: ['We have closed the collection files below, which we handled on behalf of {{creditor.name}}.' + FILES, 'We will not contact you again about them.'],
    },
    CREDITOR_INFORMATION_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Information needed for your cases – reference {{reference}}{{/if}}',
      letter: ['To continue collecting the cases below, we need some information from you.', '{{body}}', CASES, 'Please reply{{#if respondBy}} by {{date respondBy}}{{/if}} to {{agency.email}}, quoting reference {{reference}}.'],
      email: ['To continue collecting the cases below, we need some information from you.', '{{body}}', CASES, 'Please reply to this e-mail{{#if respondBy}} by {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_RECOMMENDATION: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Our recommendation on your cases – reference {{reference}}{{/if}}',
      letter: ['We have reviewed the cases below and recommend the following.', '{{body}}', CASES, 'Please let us know your decision{{#if respondBy}} by {{date respondBy}}{{/if}}, quoting reference {{reference}}.'],
      email: ['We have reviewed the cases below and recommend the following.', '{{body}}', CASES, 'Please reply with your decision{{#if respondBy}} by {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_APPROVAL_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Your approval is needed – reference {{reference}}{{/if}}',
      letter: [
        'We need your approval before we go further with the cases below.',
        '{{body}}',
        CASES,
        'Please approve or refuse{{#if respondBy}} by {{date respondBy}}{{/if}} by writing to {{agency.email}}, quoting reference {{reference}}. Until then we take no step that needs your approval.',
      ],
      email: ['We need your approval before we go further with the cases below.', '{{body}}', CASES, 'Please reply with your approval or refusal{{#if respondBy}} by {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_REMITTANCE: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Remittance of collected payments – reference {{reference}}{{/if}}',
      letter: [
        'Please find below the payments we have collected on your behalf.',
        '{{#if remittance}}Remittance {{remittance.remittanceId}}, paid on {{date remittance.paidOn}}:{{#each remittance.lines}}\n– case {{caseId}} (your reference {{creditorReference}}): collected {{money collected}}, commission {{money commission}}, costs {{money costs}}, paid out {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Total: collected {{money remittance.collected}}, commission {{money remittance.commission}}, costs {{money remittance.costs}}, paid out to you {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
        'The amounts collected are transferred to your account under the terms of our collection agreement.',
      ],
      email: [
        'Please find below the payments we have collected on your behalf.',
        '{{#if remittance}}Remittance {{remittance.remittanceId}}, paid on {{date remittance.paidOn}}:{{#each remittance.lines}}\n– case {{caseId}} (your reference {{creditorReference}}): collected {{money collected}}, commission {{money commission}}, costs {{money costs}}, paid out {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Total: collected {{money remittance.collected}}, commission {{money remittance.commission}}, costs {{money remittance.costs}}, paid out to you {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
      ],
    },
  },
  mentions: {
    'debt-collector-disclosure': {
      phrase: 'debt collector',
      paragraph: '{{agency.name}} is a debt collector. We are trying to collect a debt that you owe to {{creditor.name}}. We will use any information you give us to help collect the debt.',
      sms: 'Sent by a debt collector.',
    },
    'letter-reference': { phrase: 'Our reference:', paragraph: 'Our reference: {{reference}}, letter of {{date today}}. Please quote it in any reply.' },
    'creditor-identity': {
      phrase: 'Creditor:',
      paragraph: 'Creditor: {{creditor.name}}{{#if creditor.enterpriseNumber}}, company number {{creditor.enterpriseNumber}}{{/if}}, {{address creditor.address}}.',
    },
    'collector-identity': {
      phrase: 'Collection agency:',
      paragraph:
        'Collection agency: {{agency.name}}, company number {{agency.enterpriseNumber}}, {{address agency.address}}, telephone {{agency.phone}}, e-mail {{agency.email}}, {{agency.website}}. We collect this debt on behalf of the creditor.',
    },
    'supervisory-authority': {
      phrase: 'Supervisory authority:',
      byCountry: {
        BE: 'Supervisory authority: FPS Economy, S.M.E.s, Self-employed and Energy, Economic Inspection, North Gate, Boulevard du Roi Albert II 16, 1000 Brussels, with which we are registered as a debt collection agency.',
        DE: 'Supervisory authority: Bundesamt für Justiz (Federal Office of Justice), 53094 Bonn, Germany, rdg@bfj.bund.de, www.bundesjustizamt.de.',
      },
    },
    'amicable-not-judicial': {
      phrase: 'not a court procedure',
      paragraph: 'This is an amicable collection: it is not a court procedure, and nothing in this letter is a court decision.',
    },
    'claim-basis': {
      phrase: 'Origin of the debt:',
      paragraph: 'Origin of the debt:{{#each statements}}{{#each invoices}}\n– invoice {{this.number}} of {{date issueDate}}, due on {{date dueDate}}: {{money amount}}{{/each}}{{/each}}',
    },
    'amount-breakdown': {
      phrase: 'Statement of account:',
      paragraph:
        'Statement of account:{{#each statements}}\nFile {{caseId}} (creditor reference {{creditorReference}}): principal {{money principal}}, interest {{money interest}}, collection costs {{money costs}}, other charges {{money charges}}, already paid {{money paid}}, balance {{money balance}}.{{/each}}\nTotal due: {{money totalDue}}.',
    },
    'interest-calculation': {
      phrase: 'Interest calculation:',
      paragraph:
        'Interest calculation: default interest at the statutory rate (section 288 of the German Civil Code), on the principal of each invoice, from the day after its due date until {{date today}}. No higher rate is claimed.{{#each statements}}\nFile {{caseId}}: interest {{money interest}} on a principal of {{money principal}}.{{/each}}',
    },
    'costs-breakdown': {
      phrase: 'Costs by type, amount and reason:',
      paragraph:
        'Costs by type, amount and reason:{{#each statements}}\nFile {{caseId}}: collection costs {{money costs}} (our fee for collecting the claim, owed because of the late payment); other charges {{money charges}} (expenses incurred, such as postage).{{/each}}',
    },
    'vat-statement': {
      phrase: 'VAT:',
      paragraph: 'VAT: where VAT is claimed on the collection costs, the creditor cannot deduct it as input tax.',
    },
    'interest-continuing': {
      phrase: 'Interest and charges:',
      paragraph: 'Interest and charges: the amounts above are calculated up to {{date today}}. Interest may continue to be added until the debt is paid; any further amount will be shown in our next statement.',
    },
    'wait-14-days': {
      phrase: 'period of 14 days',
      byCountry: {
        BE: 'You have a period of 14 days to pay, counted from the third working day after this letter was posted (or from the day after it was sent by e-mail). No damages or interest will be claimed for late payment before that period ends.',
        NL: 'You have a period of 14 days to pay, counted from the day after you receive this letter. No collection costs will be charged if you pay within that period.',
      },
    },
    'wait-15-days': {
      phrase: 'period of 15 days',
      paragraph: 'You have a period of 15 days from this notice to pay or to contact us. We will take no further step before that period ends.',
    },
    'respond-30-days': {
      phrase: 'within 30 days',
      paragraph: 'Please reply within 30 days of the date of this letter, using the enclosed Reply Form. If we have not heard from you within that time, {{creditor.name}} may start court proceedings.',
    },
    'damages-warning': {
      phrase: 'damages and interest',
      paragraph: 'If you do not pay within this period, {{creditor.name}} may claim damages and interest for late payment, within the limits set by Book XIX of the Belgian Code of Economic Law.',
    },
    'collection-costs-warning': {
      phrase: 'extrajudicial collection costs',
      paragraph:
        'If you do not pay within this period, {{creditor.name}} will charge extrajudicial collection costs, calculated according to the Dutch Decree on compensation for extrajudicial collection costs (Besluit vergoeding voor buitengerechtelijke incassokosten).',
    },
    'next-steps-warning': {
      phrase: 'Next step:',
      byCountry: {
        SE: 'Next step: if you neither pay nor dispute the claim by {{date respondBy}}, {{creditor.name}} may apply to the Swedish Enforcement Authority (Kronofogden) for an order to pay.',
        ES: 'Next step: if we cannot reach a payment or an agreement, {{creditor.name}} may take the claim to court. We keep a record of this attempt to negotiate, as Spanish law (Organic Law 1/2025) requires before going to court.',
      },
    },
    'payment-instructions': {
      phrase: 'How to pay:',
      paragraph:
        'How to pay: transfer the amount to IBAN {{agency.iban}} (BIC {{agency.bic}}), account holder {{agency.name}}, quoting the payment reference below.{{#each statements}}\nFile {{caseId}}: {{paymentReference}}{{/each}}{{#if paymentUrl}}\nYou can also pay online: {{paymentUrl}}{{/if}}',
    },
    'validation-notice': {
      phrase: 'we must stop collection on any amount you dispute',
      paragraph:
        'How can you dispute the debt? Call or write to us by {{date respondBy}} to dispute all or part of the debt. If you do not, we will assume that our information is correct. If you write to us by {{date respondBy}}, we must stop collection on any amount you dispute until we send you information that shows you owe the debt. You may also write to us by that date to ask for the name and address of the original creditor, if different from the current creditor; we must then stop collection until we send you that information. Go to www.cfpb.gov/debt-collection to learn more about your rights under federal law.',
    },
    'dispute-instructions': {
      phrase: 'We will suspend collection of the disputed amount',
      paragraph: 'If you dispute all or part of this debt, tell us why, in writing or by phone, as soon as possible{{#if respondBy}} and before {{date respondBy}}{{/if}}. We will suspend collection of the disputed amount while we look into it.',
    },
    'negotiation-invitation': {
      phrase: 'negotiate an amicable solution',
      paragraph: 'We invite you to negotiate an amicable solution with us, for example a payment plan. Contact us{{#if respondBy}} before {{date respondBy}}{{/if}} to make a proposal: we keep a record of every proposal made.',
    },
    'reply-form-enclosures': {
      phrase: 'Pre-Action Protocol for Debt Claims',
      paragraph:
        'Enclosed with this letter, as required by the Pre-Action Protocol for Debt Claims: an Information Sheet, a Reply Form and a Financial Statement form. Please complete the Reply Form and return it to {{agency.name}}, {{address agency.address}}.',
    },
    'debt-advice': {
      phrase: 'debt advice',
      paragraph: 'You can get free, independent debt advice, for example from MoneyHelper (www.moneyhelper.org.uk) or Citizens Advice (www.citizensadvice.org.uk).',
    },
    'l111-8-text': {
      phrase: 'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier',
      paragraph:
        "Article L111-8 of the French Code of Civil Enforcement Procedures, paragraphs 2 and 3: « Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire. Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi. »\nIn short: the costs of this amicable collection are borne by the creditor, unless a judge decides that a debtor acting in bad faith must bear them.",
    },
    'privacy-notice': {
      phrase: 'Your personal data:',
      paragraph:
        'Your personal data: {{agency.name}} processes your identity, contact and debt data to collect this debt on behalf of {{creditor.name}}, from whom we received them. The legal basis is the legitimate interest in recovering the debt (Article 6(1)(f) GDPR). We keep the data while the collection lasts and then as long as the law requires. You may ask for access, correction or erasure, and complain to the data protection authority. Contact: {{agency.email}}. Details: {{agency.website}}.',
    },
    'right-to-object': {
      phrase: 'right to object',
      paragraph: 'You have the right to object, on grounds relating to your particular situation, to this processing of your personal data (Article 21 GDPR). To do so, write to {{agency.email}}.',
    },
    'opt-out': {
      phrase: 'Reply STOP to opt out',
      paragraph: 'Reply STOP to opt out of e-mails from us about this debt, or write to {{agency.email}}.',
      sms: 'Reply STOP to opt out.',
    },
  },
  envelope: { collectionAgency: 'Debt collection agency', neutralSender: 'Customer service' },
};
