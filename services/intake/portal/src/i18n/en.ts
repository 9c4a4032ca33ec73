/** The portal's words in English; the other languages have the same keys (checked by the type in i18n.ts). */
export const en = {
  app: { title: 'Creditor portal', loading: 'Loading…', error: 'Something went wrong: {{detail}}', sessionEnded: 'Your session has ended. Please sign in again.', language: 'Language', more: 'Show more', none: '—' },
  nav: { portfolio: 'Portfolio', decisions: 'Pending decisions', reports: 'Reports', signOut: 'Sign out', signedInAs: '{{name}} ({{role}}) · {{creditor}}' },
  role: { viewer: 'viewer', manager: 'manager' },
  signIn: {
    title: 'Sign in', email: 'E-mail address', password: 'Password', submit: 'Sign in', refused: 'Wrong e-mail address or password.',
    throttled: 'Too many failed attempts. Try again in {{minutes}} minutes.',
  },
  portfolio: {
    outcome: 'Where it stands', allOutcomes: 'All', country: 'Debtor country', allCountries: 'All', paused: 'Collection paused', nextStep: '{{step}} on {{date}}',
    title: 'Portfolio', state: 'State', allStates: 'All', reference: 'Your reference', debtor: 'Debtor', balance: 'Balance', collected: 'Collected', nextAction: 'Next action',
    consultant: 'Consultant', progress: 'Progress', lastActivity: 'Last activity', empty: 'No cases.', decisionNeeded: 'Your decision: {{decision}}', withAgency: 'Collection in progress',
    unassigned: 'Being assigned', finished: 'Finished',
  },
  nextStep: { LETTER: 'Reminder letter', EMAIL: 'E-mail', SMS: 'SMS', CALL: 'Phone call', VISIT: 'Home visit', FORMAL_NOTICE: 'Formal notice', INTENSIVE_CALLS: 'Phone follow-up', EVALUATION: 'Evaluation by your consultant' },
  outcome: { ACTIVE: 'Being collected', PAID_IN_FULL: 'Paid in full', CLOSED: 'Closed' },
  state: { open: 'Open', withdrawn: 'Withdrawn', PAID_IN_FULL: 'Paid in full', CLOSED: 'Closed' },
  case: { back: 'Back to the portfolio', title: 'Case {{reference}}', claimed: 'Claimed', remitted: 'Paid out to you', openedAt: 'Placed on', notFound: 'This case does not exist.' },
  timeline: { title: 'Timeline', empty: 'Nothing has happened yet.', live: 'Live updates on', at: 'When', what: 'What', by: 'By', details: 'Details' },
  by: { agency: 'Agency', agent: 'Consultant', debtor: 'Debtor', creditor: 'You', system: 'System' },
  kind: {
    THIRD_PARTY_LINKED: 'Third party involved',
    SCREENED: 'Debtor checked', DEBTOR_SITUATION_CHANGED: "Debtor's situation changed", CREDITOR_NOTIFIED: 'Notice sent to you', LETTER_SENT: 'Letter sent', EMAIL_SENT: 'E-mail sent',
    SMS_SENT: 'SMS sent', MESSAGE_SENT: 'Message sent', MESSAGE_NOT_DELIVERED: 'Message not delivered', CALL: 'Phone call', VISIT: 'Home visit', PLAN_AGREED: 'Payment plan agreed',
    SETTLEMENT_AGREED: 'Settlement agreed', DISPUTE_OPENED: 'Dispute opened', DISPUTE_RESOLVED: 'Dispute resolved', INFORMATION_REQUESTED: 'Information requested',
    APPROVAL_REQUESTED: 'Approval requested', CLOSURE_RECOMMENDED: 'Closure recommended', LEGAL_ACTION_RECOMMENDED: 'Legal action recommended', ESCALATED: 'Escalated',
    CHARGES_APPLIED: 'Charges applied', DUNNING_PAUSED: 'Collection paused', DUNNING_RESUMED: 'Collection resumed', CASE_CLOSED: 'Case closed', PAYMENT_RECEIVED: 'Payment received',
    PAYMENT_ALLOCATED: 'Payment allocated', PAID_IN_FULL: 'Paid in full', INSTALMENT_PAID: 'Instalment paid', INSTALMENT_MISSED: 'Instalment missed', REFUND_ISSUED: 'Overpayment refunded to the debtor', REFUND_RETURNED: "Refund returned by the debtor's bank", REMITTED: 'Paid out to you', FEE_INVOICED: 'Fees invoiced',
    MESSAGE_TO_CONSULTANT: 'Message to your consultant', MESSAGE_FROM_CONSULTANT: 'Message from your consultant',
  },
  messages: {
    title: 'Messages with your consultant', empty: 'No messages yet.', body: 'Your message', attach: 'Attach files (PDF, PNG, JPEG, text, CSV; 10 MB each)', send: 'Send',
    read: 'Read {{when}}', unread: 'Not read yet', you: 'You', badFile: '{{file}}: only PDF, PNG, JPEG, text and CSV files of at most 10 MB', sent: 'Message sent.',
  },
  documents: { title: 'Documents', empty: 'No documents.', name: 'File', kind: 'Kind', size: 'Size', added: 'Added', download: 'Download' },
  decisions: {
    amount: 'Amount received ({{currency}})', receivedOn: 'Received on', reference: 'Your reference', actionsTaken: 'Work done before this recommendation:',
    title: 'Pending decisions', empty: 'Nothing waits for your decision.', case: 'Case', asked: 'Asked on', answerBy: 'Answer by', note: 'Note (optional)', answered: 'Answer recorded: {{answer}}.',
    managersOnly: 'Only managers can answer.',
  },
  decisionKind: { APPROVAL_REQUESTED: 'Approve a plan or settlement', LEGAL_ACTION_RECOMMENDED: 'Consent to legal action', CLOSURE_RECOMMENDED: 'Closure recommended', INFORMATION_REQUESTED: 'Information requested' },
  answer: {
    report_direct_payment: 'Report the payment',
    approve: 'Approve', decline: 'Decline', provide_information: 'Send the information', accept_closure: 'Accept the closure', continue_collection: 'Continue collection',
    consent_legal_action: 'Consent to legal action', refuse_legal_action: 'Refuse legal action',
  },
  reports: {
    title: 'Reports', from: 'From', to: 'To', show: 'Show', csv: 'Download CSV', pdf: 'Download PDF', empty: 'No cases placed in this period.', country: 'Country', currency: 'Currency',
    casesPlaced: 'Cases placed', amountPlaced: 'Amount placed', collectedOnPlaced: 'Collected on them', collectionRate: 'Collection rate', collectedInPeriod: 'Collected in the period',
    remittedInPeriod: 'Paid out in the period', paidInFull: 'Paid in full', averageDays: 'Average days to collect',
  },
};
