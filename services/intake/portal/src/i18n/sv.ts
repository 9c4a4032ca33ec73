import type { Messages } from './i18n';

export const sv: Messages = {
  app: { title: 'Borgenärsportal', loading: 'Laddar…', error: 'Något gick fel: {{detail}}', sessionEnded: 'Din session har gått ut. Logga in igen.', language: 'Språk', more: 'Visa fler', none: '—' },
  nav: { portfolio: 'Portfölj', decisions: 'Beslut som väntar', reports: 'Rapporter', signOut: 'Logga ut', signedInAs: '{{name}} ({{role}}) · {{creditor}}' },
  role: { viewer: 'läsare', manager: 'förvaltare' },
  signIn: {
    title: 'Logga in', email: 'E-postadress', password: 'Lösenord', submit: 'Logga in', refused: 'Fel e-postadress eller lösenord.',
    throttled: 'För många misslyckade försök. Försök igen om {{minutes}} minuter.',
  },
  portfolio: {
    outcome: 'Läge', allOutcomes: 'Alla', country: 'Gäldenärens land', allCountries: 'Alla', paused: 'Indrivningen pausad', nextStep: '{{step}} den {{date}}',
    title: 'Portfölj', state: 'Status', allStates: 'Alla', reference: 'Er referens', debtor: 'Gäldenär', balance: 'Saldo', collected: 'Indrivet', nextAction: 'Nästa steg',
    consultant: 'Handläggare', progress: 'Förlopp', lastActivity: 'Senaste händelse', empty: 'Inga ärenden.', decisionNeeded: 'Ert beslut: {{decision}}',
    withAgency: 'Indrivning pågår', unassigned: 'Tilldelas', finished: 'Avslutat',
  },
  nextStep: { LETTER: 'Påminnelsebrev', EMAIL: 'E-post', SMS: 'Sms', CALL: 'Telefonsamtal', VISIT: 'Hembesök', FORMAL_NOTICE: 'Formellt kravbrev', INTENSIVE_CALLS: 'Telefonuppföljning', EVALUATION: 'Bedömning av din handläggare' },
  outcome: { ACTIVE: 'Under indrivning', PAID_IN_FULL: 'Fullt betalt', CLOSED: 'Avslutat' },
  state: { open: 'Öppet', withdrawn: 'Återkallat', PAID_IN_FULL: 'Fullt betalt', CLOSED: 'Stängt' },
  case: { back: 'Tillbaka till portföljen', title: 'Ärende {{reference}}', claimed: 'Fordrat', remitted: 'Utbetalt till er', openedAt: 'Överlämnat', notFound: 'Ärendet finns inte.' },
  timeline: { title: 'Händelser', empty: 'Inget har hänt ännu.', live: 'Uppdateras direkt', at: 'När', what: 'Vad', by: 'Av', details: 'Detaljer' },
  by: { agency: 'Byrån', agent: 'Handläggare', debtor: 'Gäldenär', creditor: 'Ni', system: 'System' },
  kind: {
    THIRD_PARTY_LINKED: 'Tredje part inblandad',
    SCREENED: 'Gäldenär kontrollerad', DEBTOR_SITUATION_CHANGED: 'Gäldenärens situation ändrad', CREDITOR_NOTIFIED: 'Meddelande till er', LETTER_SENT: 'Brev skickat', EMAIL_SENT: 'E-post skickad',
    SMS_SENT: 'Sms skickat', MESSAGE_SENT: 'Meddelande skickat', MESSAGE_NOT_DELIVERED: 'Meddelande ej levererat', CALL: 'Telefonsamtal', VISIT: 'Hembesök', PLAN_AGREED: 'Avbetalningsplan avtalad',
    SETTLEMENT_AGREED: 'Förlikning avtalad', DISPUTE_OPENED: 'Bestridande öppnat', DISPUTE_RESOLVED: 'Bestridande löst', INFORMATION_REQUESTED: 'Uppgifter begärda',
    APPROVAL_REQUESTED: 'Godkännande begärt', CLOSURE_RECOMMENDED: 'Avslut rekommenderat', LEGAL_ACTION_RECOMMENDED: 'Rättsliga åtgärder rekommenderade', ESCALATED: 'Eskalerat',
    CHARGES_APPLIED: 'Avgifter debiterade', DUNNING_PAUSED: 'Indrivning pausad', DUNNING_RESUMED: 'Indrivning återupptagen', CASE_CLOSED: 'Ärende stängt', PAYMENT_RECEIVED: 'Betalning mottagen',
    PAYMENT_ALLOCATED: 'Betalning avräknad', PAID_IN_FULL: 'Fullt betalt', INSTALMENT_PAID: 'Delbetalning betald', INSTALMENT_MISSED: 'Delbetalning missad', REFUND_ISSUED: 'Överbetalning återbetald till gäldenären', REFUND_RETURNED: 'Återbetalning returnerad av gäldenärens bank', REMITTED: 'Utbetalt till er', FEE_INVOICED: 'Arvode fakturerat',
    MESSAGE_TO_CONSULTANT: 'Meddelande till er handläggare', MESSAGE_FROM_CONSULTANT: 'Meddelande från er handläggare',
  },
  messages: {
    title: 'Meddelanden med er handläggare', empty: 'Inga meddelanden ännu.', body: 'Ert meddelande', attach: 'Bifoga filer (PDF, PNG, JPEG, text, CSV; 10 MB vardera)', send: 'Skicka',
    read: 'Läst {{when}}', unread: 'Inte läst ännu', you: 'Ni', badFile: '{{file}}: endast PDF-, PNG-, JPEG-, text- och CSV-filer på högst 10 MB', sent: 'Meddelandet skickat.',
  },
  documents: { title: 'Dokument', empty: 'Inga dokument.', name: 'Fil', kind: 'Typ', size: 'Storlek', added: 'Tillagt', download: 'Ladda ner' },
  decisions: {
    amount: 'Mottaget belopp ({{currency}})', receivedOn: 'Mottaget den', reference: 'Er referens', actionsTaken: 'Åtgärder före denna rekommendation:',
    title: 'Beslut som väntar', empty: 'Inget väntar på ert beslut.', case: 'Ärende', asked: 'Begärt', answerBy: 'Svara senast', note: 'Anteckning (valfri)',
    answered: 'Svaret registrerat: {{answer}}.', managersOnly: 'Endast förvaltare kan svara.',
  },
  decisionKind: { APPROVAL_REQUESTED: 'Godkänn en plan eller förlikning', LEGAL_ACTION_RECOMMENDED: 'Samtyck till rättsliga åtgärder', CLOSURE_RECOMMENDED: 'Avslut rekommenderat', INFORMATION_REQUESTED: 'Uppgifter begärda' },
  answer: {
    report_direct_payment: 'Rapportera betalningen',
    approve: 'Godkänn', decline: 'Avslå', provide_information: 'Skicka uppgifterna', accept_closure: 'Godta avslutet', continue_collection: 'Fortsätt indrivningen',
    consent_legal_action: 'Samtyck till rättsliga åtgärder', refuse_legal_action: 'Avböj rättsliga åtgärder',
  },
  reports: {
    title: 'Rapporter', from: 'Från', to: 'Till', show: 'Visa', csv: 'Ladda ner CSV', pdf: 'Ladda ner PDF', empty: 'Inga ärenden överlämnade under perioden.', country: 'Land', currency: 'Valuta',
    casesPlaced: 'Överlämnade ärenden', amountPlaced: 'Överlämnat belopp', collectedOnPlaced: 'Indrivet på dem', collectionRate: 'Indrivningsgrad', collectedInPeriod: 'Indrivet under perioden',
    remittedInPeriod: 'Utbetalt under perioden', paidInFull: 'Fullt betalda', averageDays: 'Genomsnittligt antal dagar till indrivning',
  },
};
