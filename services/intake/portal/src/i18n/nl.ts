import type { Messages } from './i18n';

export const nl: Messages = {
  app: { title: 'Schuldeisersportaal', loading: 'Laden…', error: 'Er ging iets mis: {{detail}}', sessionEnded: 'Uw sessie is verlopen. Meld u opnieuw aan.', language: 'Taal', more: 'Meer tonen', none: '—' },
  nav: { portfolio: 'Portefeuille', decisions: 'Openstaande beslissingen', reports: 'Rapporten', signOut: 'Afmelden', signedInAs: '{{name}} ({{role}}) · {{creditor}}' },
  role: { viewer: 'lezer', manager: 'beheerder' },
  signIn: {
    title: 'Aanmelden', email: 'E-mailadres', password: 'Wachtwoord', submit: 'Aanmelden', refused: 'Verkeerd e-mailadres of wachtwoord.',
    throttled: 'Te veel mislukte pogingen. Probeer het over {{minutes}} minuten opnieuw.',
  },
  portfolio: {
    outcome: 'Stand van zaken', allOutcomes: 'Alle', country: 'Land van de schuldenaar', allCountries: 'Alle', paused: 'Invordering gepauzeerd', nextStep: '{{step}} op {{date}}',
    title: 'Portefeuille', state: 'Status', allStates: 'Alle', reference: 'Uw referentie', debtor: 'Schuldenaar', balance: 'Saldo', collected: 'Geïnd', nextAction: 'Volgende stap',
    consultant: 'Dossierbeheerder', progress: 'Voortgang', lastActivity: 'Laatste activiteit', empty: 'Geen dossiers.', decisionNeeded: 'Uw beslissing: {{decision}}',
    withAgency: 'Invordering loopt', unassigned: 'Wordt toegewezen', finished: 'Afgerond',
  },
  nextStep: { LETTER: 'Herinneringsbrief', EMAIL: 'E-mail', SMS: 'Sms', CALL: 'Telefoongesprek', VISIT: 'Huisbezoek', FORMAL_NOTICE: 'Ingebrekestelling', INTENSIVE_CALLS: 'Telefonische opvolging', EVALUATION: 'Evaluatie door uw consulent' },
  outcome: { ACTIVE: 'Wordt ingevorderd', PAID_IN_FULL: 'Volledig betaald', CLOSED: 'Afgesloten' },
  state: { open: 'Open', withdrawn: 'Ingetrokken', PAID_IN_FULL: 'Volledig betaald', CLOSED: 'Afgesloten' },
  case: { back: 'Terug naar de portefeuille', title: 'Dossier {{reference}}', claimed: 'Gevorderd', remitted: 'Aan u doorgestort', openedAt: 'Overgedragen op', notFound: 'Dit dossier bestaat niet.' },
  timeline: { title: 'Tijdlijn', empty: 'Er is nog niets gebeurd.', live: 'Live bijgewerkt', at: 'Wanneer', what: 'Wat', by: 'Door', details: 'Details' },
  by: { agency: 'Kantoor', agent: 'Dossierbeheerder', debtor: 'Schuldenaar', creditor: 'U', system: 'Systeem' },
  kind: {
    THIRD_PARTY_LINKED: 'Derde partij betrokken',
    SCREENED: 'Schuldenaar gecontroleerd', DEBTOR_SITUATION_CHANGED: 'Situatie van de schuldenaar gewijzigd', CREDITOR_NOTIFIED: 'Bericht aan u verstuurd', LETTER_SENT: 'Brief verstuurd',
    EMAIL_SENT: 'E-mail verstuurd', SMS_SENT: 'Sms verstuurd', MESSAGE_SENT: 'Bericht verstuurd', MESSAGE_NOT_DELIVERED: 'Bericht niet afgeleverd', CALL: 'Telefoongesprek', VISIT: 'Huisbezoek',
    PLAN_AGREED: 'Afbetalingsplan afgesproken', SETTLEMENT_AGREED: 'Schikking afgesproken', DISPUTE_OPENED: 'Betwisting geopend', DISPUTE_RESOLVED: 'Betwisting opgelost',
    INFORMATION_REQUESTED: 'Informatie gevraagd', APPROVAL_REQUESTED: 'Akkoord gevraagd', CLOSURE_RECOMMENDED: 'Afsluiting aanbevolen', LEGAL_ACTION_RECOMMENDED: 'Gerechtelijke stappen aanbevolen',
    ESCALATED: 'Geëscaleerd', CHARGES_APPLIED: 'Kosten aangerekend', DUNNING_PAUSED: 'Invordering gepauzeerd', DUNNING_RESUMED: 'Invordering hervat', CASE_CLOSED: 'Dossier afgesloten',
    PAYMENT_RECEIVED: 'Betaling ontvangen', PAYMENT_ALLOCATED: 'Betaling toegerekend', PAID_IN_FULL: 'Volledig betaald', INSTALMENT_PAID: 'Termijn betaald', INSTALMENT_MISSED: 'Termijn gemist', REFUND_ISSUED: 'Teveel betaald terugbetaald aan de schuldenaar', REFUND_RETURNED: 'Terugbetaling teruggestort door de bank van de schuldenaar', REMITTED: 'Aan u doorgestort',
    FEE_INVOICED: 'Erelonen gefactureerd',
    MESSAGE_TO_CONSULTANT: 'Bericht aan uw dossierbeheerder', MESSAGE_FROM_CONSULTANT: 'Bericht van uw dossierbeheerder',
  },
  messages: {
    title: 'Berichten met uw dossierbeheerder', empty: 'Nog geen berichten.', body: 'Uw bericht', attach: 'Bestanden bijvoegen (PDF, PNG, JPEG, tekst, CSV; elk 10 MB)', send: 'Versturen',
    read: 'Gelezen op {{when}}', unread: 'Nog niet gelezen', you: 'U', badFile: '{{file}}: alleen PDF-, PNG-, JPEG-, tekst- en CSV-bestanden van hoogstens 10 MB', sent: 'Bericht verstuurd.',
  },
  documents: { title: 'Documenten', empty: 'Geen documenten.', name: 'Bestand', kind: 'Soort', size: 'Grootte', added: 'Toegevoegd', download: 'Downloaden' },
  decisions: {
    amount: 'Ontvangen bedrag ({{currency}})', receivedOn: 'Ontvangen op', reference: 'Uw referentie', actionsTaken: 'Uitgevoerde acties vóór deze aanbeveling:',
    title: 'Openstaande beslissingen', empty: 'Er wacht niets op uw beslissing.', case: 'Dossier', asked: 'Gevraagd op', answerBy: 'Antwoord vóór', note: 'Opmerking (optioneel)',
    answered: 'Antwoord geregistreerd: {{answer}}.', managersOnly: 'Alleen beheerders kunnen antwoorden.',
  },
  decisionKind: { APPROVAL_REQUESTED: 'Een plan of schikking goedkeuren', LEGAL_ACTION_RECOMMENDED: 'Instemmen met gerechtelijke stappen', CLOSURE_RECOMMENDED: 'Afsluiting aanbevolen', INFORMATION_REQUESTED: 'Informatie gevraagd' },
  answer: {
    report_direct_payment: 'Betaling melden',
    approve: 'Goedkeuren', decline: 'Weigeren', provide_information: 'Informatie versturen', accept_closure: 'Afsluiting aanvaarden', continue_collection: 'Invordering voortzetten',
    consent_legal_action: 'Instemmen met gerechtelijke stappen', refuse_legal_action: 'Gerechtelijke stappen weigeren',
  },
  reports: {
    title: 'Rapporten', from: 'Van', to: 'Tot', show: 'Tonen', csv: 'CSV downloaden', pdf: 'PDF downloaden', empty: 'Geen dossiers overgedragen in deze periode.', country: 'Land', currency: 'Munt',
    casesPlaced: 'Overgedragen dossiers', amountPlaced: 'Overgedragen bedrag', collectedOnPlaced: 'Daarop geïnd', collectionRate: 'Inningsgraad', collectedInPeriod: 'Geïnd in de periode',
    remittedInPeriod: 'Doorgestort in de periode', paidInFull: 'Volledig betaald', averageDays: 'Gemiddeld aantal dagen tot inning',
  },
};
