import type { Messages } from './i18n';

export const de: Messages = {
  app: { title: 'Gläubigerportal', loading: 'Wird geladen…', error: 'Etwas ist schiefgelaufen: {{detail}}', sessionEnded: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.', language: 'Sprache', more: 'Mehr anzeigen', none: '—' },
  nav: { portfolio: 'Portfolio', decisions: 'Offene Entscheidungen', reports: 'Berichte', signOut: 'Abmelden', signedInAs: '{{name}} ({{role}}) · {{creditor}}' },
  role: { viewer: 'Leser', manager: 'Verwalter' },
  signIn: {
    title: 'Anmelden', email: 'E-Mail-Adresse', password: 'Passwort', submit: 'Anmelden', refused: 'E-Mail-Adresse oder Passwort falsch.',
    throttled: 'Zu viele fehlgeschlagene Versuche. Versuchen Sie es in {{minutes}} Minuten erneut.',
  },
  portfolio: {
    outcome: 'Stand', allOutcomes: 'Alle', country: 'Land des Schuldners', allCountries: 'Alle', paused: 'Inkasso pausiert', nextStep: '{{step}} am {{date}}',
    title: 'Portfolio', state: 'Status', allStates: 'Alle', reference: 'Ihre Referenz', debtor: 'Schuldner', balance: 'Saldo', collected: 'Eingezogen', nextAction: 'Nächster Schritt',
    consultant: 'Sachbearbeiter', progress: 'Fortschritt', lastActivity: 'Letzte Aktivität', empty: 'Keine Fälle.', decisionNeeded: 'Ihre Entscheidung: {{decision}}',
    withAgency: 'Inkasso läuft', unassigned: 'Wird zugewiesen', finished: 'Abgeschlossen',
  },
  nextStep: { LETTER: 'Mahnschreiben', EMAIL: 'E-Mail', SMS: 'SMS', CALL: 'Telefonanruf', VISIT: 'Hausbesuch', FORMAL_NOTICE: 'Förmliche Mahnung', INTENSIVE_CALLS: 'Telefonische Nachverfolgung', EVALUATION: 'Bewertung durch Ihren Betreuer' },
  outcome: { ACTIVE: 'In Bearbeitung', PAID_IN_FULL: 'Vollständig bezahlt', CLOSED: 'Abgeschlossen' },
  state: { open: 'Offen', withdrawn: 'Zurückgezogen', PAID_IN_FULL: 'Vollständig bezahlt', CLOSED: 'Geschlossen' },
  case: { back: 'Zurück zum Portfolio', title: 'Fall {{reference}}', claimed: 'Gefordert', remitted: 'An Sie ausgezahlt', openedAt: 'Übergeben am', notFound: 'Diesen Fall gibt es nicht.' },
  timeline: { title: 'Verlauf', empty: 'Noch ist nichts geschehen.', live: 'Live-Aktualisierung', at: 'Wann', what: 'Was', by: 'Von', details: 'Details' },
  by: { agency: 'Inkassobüro', agent: 'Sachbearbeiter', debtor: 'Schuldner', creditor: 'Sie', system: 'System' },
  kind: {
    THIRD_PARTY_LINKED: 'Dritte Partei beteiligt',
    SCREENED: 'Schuldner geprüft', DEBTOR_SITUATION_CHANGED: 'Lage des Schuldners geändert', CREDITOR_NOTIFIED: 'Mitteilung an Sie', LETTER_SENT: 'Brief versandt', EMAIL_SENT: 'E-Mail versandt',
    SMS_SENT: 'SMS versandt', MESSAGE_SENT: 'Nachricht versandt', MESSAGE_NOT_DELIVERED: 'Nachricht nicht zugestellt', CALL: 'Telefonat', VISIT: 'Hausbesuch', PLAN_AGREED: 'Ratenplan vereinbart',
    SETTLEMENT_AGREED: 'Vergleich vereinbart', DISPUTE_OPENED: 'Forderung bestritten', DISPUTE_RESOLVED: 'Bestreitung geklärt', INFORMATION_REQUESTED: 'Auskunft angefordert',
    APPROVAL_REQUESTED: 'Zustimmung angefragt', CLOSURE_RECOMMENDED: 'Schließung empfohlen', LEGAL_ACTION_RECOMMENDED: 'Gerichtliches Verfahren empfohlen', ESCALATED: 'Eskaliert',
    CHARGES_APPLIED: 'Kosten berechnet', DUNNING_PAUSED: 'Inkasso pausiert', DUNNING_RESUMED: 'Inkasso fortgesetzt', CASE_CLOSED: 'Fall geschlossen', PAYMENT_RECEIVED: 'Zahlung eingegangen',
    PAYMENT_ALLOCATED: 'Zahlung verrechnet', PAID_IN_FULL: 'Vollständig bezahlt', INSTALMENT_PAID: 'Rate bezahlt', INSTALMENT_MISSED: 'Rate versäumt', REFUND_ISSUED: 'Überzahlung an den Schuldner erstattet', REFUND_RETURNED: 'Erstattung von der Bank des Schuldners zurückgebucht', REMITTED: 'An Sie ausgezahlt', FEE_INVOICED: 'Gebühren berechnet',
    MESSAGE_TO_CONSULTANT: 'Nachricht an Ihren Sachbearbeiter', MESSAGE_FROM_CONSULTANT: 'Nachricht von Ihrem Sachbearbeiter',
  },
  messages: {
    title: 'Nachrichten mit Ihrem Sachbearbeiter', empty: 'Noch keine Nachrichten.', body: 'Ihre Nachricht', attach: 'Dateien anhängen (PDF, PNG, JPEG, Text, CSV; je 10 MB)', send: 'Senden',
    read: 'Gelesen am {{when}}', unread: 'Noch nicht gelesen', you: 'Sie', badFile: '{{file}}: nur PDF-, PNG-, JPEG-, Text- und CSV-Dateien bis 10 MB', sent: 'Nachricht gesendet.',
  },
  documents: { title: 'Dokumente', empty: 'Keine Dokumente.', name: 'Datei', kind: 'Art', size: 'Größe', added: 'Hinzugefügt', download: 'Herunterladen' },
  decisions: {
    amount: 'Erhaltener Betrag ({{currency}})', receivedOn: 'Erhalten am', reference: 'Ihre Referenz', actionsTaken: 'Maßnahmen vor dieser Empfehlung:',
    title: 'Offene Entscheidungen', empty: 'Nichts wartet auf Ihre Entscheidung.', case: 'Fall', asked: 'Angefragt am', answerBy: 'Antwort bis', note: 'Notiz (optional)',
    answered: 'Antwort erfasst: {{answer}}.', managersOnly: 'Nur Verwalter können antworten.',
  },
  decisionKind: { APPROVAL_REQUESTED: 'Ratenplan oder Vergleich genehmigen', LEGAL_ACTION_RECOMMENDED: 'Gerichtlichem Verfahren zustimmen', CLOSURE_RECOMMENDED: 'Schließung empfohlen', INFORMATION_REQUESTED: 'Auskunft angefordert' },
  answer: {
    report_direct_payment: 'Zahlung melden',
    approve: 'Genehmigen', decline: 'Ablehnen', provide_information: 'Auskunft senden', accept_closure: 'Schließung annehmen', continue_collection: 'Inkasso fortsetzen',
    consent_legal_action: 'Verfahren zustimmen', refuse_legal_action: 'Verfahren ablehnen',
  },
  reports: {
    title: 'Berichte', from: 'Von', to: 'Bis', show: 'Anzeigen', csv: 'CSV herunterladen', pdf: 'PDF herunterladen', empty: 'In diesem Zeitraum wurden keine Fälle übergeben.', country: 'Land',
    currency: 'Währung', casesPlaced: 'Übergebene Fälle', amountPlaced: 'Übergebener Betrag', collectedOnPlaced: 'Davon eingezogen', collectionRate: 'Einzugsquote',
    collectedInPeriod: 'Im Zeitraum eingezogen', remittedInPeriod: 'Im Zeitraum ausgezahlt', paidInFull: 'Vollständig bezahlt', averageDays: 'Durchschnittliche Tage bis zum Einzug',
  },
};
