import type { Messages } from './i18n';

export const fr: Messages = {
  app: { title: 'Portail créancier', loading: 'Chargement…', error: 'Une erreur est survenue : {{detail}}', sessionEnded: 'Votre session a expiré. Veuillez vous reconnecter.', language: 'Langue', more: 'Afficher plus', none: '—' },
  nav: { portfolio: 'Portefeuille', decisions: 'Décisions en attente', reports: 'Rapports', signOut: 'Se déconnecter', signedInAs: '{{name}} ({{role}}) · {{creditor}}' },
  role: { viewer: 'lecteur', manager: 'gestionnaire' },
  signIn: {
    title: 'Connexion', email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter', refused: 'Adresse e-mail ou mot de passe incorrect.',
    throttled: 'Trop de tentatives échouées. Réessayez dans {{minutes}} minutes.',
  },
  portfolio: {
    outcome: 'Situation', allOutcomes: 'Toutes', country: 'Pays du débiteur', allCountries: 'Tous', paused: 'Recouvrement suspendu', nextStep: '{{step}} le {{date}}',
    title: 'Portefeuille', state: 'État', allStates: 'Tous', reference: 'Votre référence', debtor: 'Débiteur', balance: 'Solde', collected: 'Encaissé', nextAction: 'Prochaine action',
    consultant: 'Gestionnaire de dossier', progress: 'Avancement', lastActivity: 'Dernière activité', empty: 'Aucun dossier.', decisionNeeded: 'Votre décision : {{decision}}',
    withAgency: 'Recouvrement en cours', unassigned: 'En cours d’attribution', finished: 'Terminé',
  },
  nextStep: { LETTER: 'Lettre de rappel', EMAIL: 'E-mail', SMS: 'SMS', CALL: 'Appel téléphonique', VISIT: 'Visite à domicile', FORMAL_NOTICE: 'Mise en demeure', INTENSIVE_CALLS: 'Suivi téléphonique', EVALUATION: 'Évaluation par votre gestionnaire' },
  outcome: { ACTIVE: 'En cours de recouvrement', PAID_IN_FULL: 'Payé intégralement', CLOSED: 'Clôturé' },
  state: { open: 'Ouvert', withdrawn: 'Retiré', PAID_IN_FULL: 'Payé intégralement', CLOSED: 'Clôturé' },
  case: { back: 'Retour au portefeuille', title: 'Dossier {{reference}}', claimed: 'Réclamé', remitted: 'Reversé', openedAt: 'Confié le', notFound: 'Ce dossier n’existe pas.' },
  timeline: { title: 'Chronologie', empty: 'Rien ne s’est encore passé.', live: 'Mises à jour en direct', at: 'Quand', what: 'Quoi', by: 'Par', details: 'Détails' },
  by: { agency: 'Agence', agent: 'Gestionnaire', debtor: 'Débiteur', creditor: 'Vous', system: 'Système' },
  kind: {
    THIRD_PARTY_LINKED: 'Tiers intervenant',
    SCREENED: 'Débiteur vérifié', DEBTOR_SITUATION_CHANGED: 'Situation du débiteur modifiée', CREDITOR_NOTIFIED: 'Avis envoyé', LETTER_SENT: 'Lettre envoyée', EMAIL_SENT: 'E-mail envoyé',
    SMS_SENT: 'SMS envoyé', MESSAGE_SENT: 'Message envoyé', MESSAGE_NOT_DELIVERED: 'Message non distribué', CALL: 'Appel téléphonique', VISIT: 'Visite à domicile',
    PLAN_AGREED: 'Plan de paiement convenu', SETTLEMENT_AGREED: 'Transaction convenue', DISPUTE_OPENED: 'Contestation ouverte', DISPUTE_RESOLVED: 'Contestation résolue',
    INFORMATION_REQUESTED: 'Informations demandées', APPROVAL_REQUESTED: 'Accord demandé', CLOSURE_RECOMMENDED: 'Clôture recommandée', LEGAL_ACTION_RECOMMENDED: 'Action en justice recommandée',
    ESCALATED: 'Escaladé', CHARGES_APPLIED: 'Frais appliqués', DUNNING_PAUSED: 'Recouvrement suspendu', DUNNING_RESUMED: 'Recouvrement repris', CASE_CLOSED: 'Dossier clôturé',
    PAYMENT_RECEIVED: 'Paiement reçu', PAYMENT_ALLOCATED: 'Paiement imputé', PAID_IN_FULL: 'Payé intégralement', INSTALMENT_PAID: 'Échéance payée', INSTALMENT_MISSED: 'Échéance manquée', REFUND_ISSUED: 'Trop-perçu remboursé au débiteur', REFUND_RETURNED: 'Remboursement retourné par la banque du débiteur', REMITTED: 'Reversé',
    FEE_INVOICED: 'Honoraires facturés',
    MESSAGE_TO_CONSULTANT: 'Message à votre gestionnaire', MESSAGE_FROM_CONSULTANT: 'Message de votre gestionnaire',
  },
  messages: {
    title: 'Messages avec votre gestionnaire', empty: 'Aucun message.', body: 'Votre message', attach: 'Joindre des fichiers (PDF, PNG, JPEG, texte, CSV ; 10 Mo chacun)', send: 'Envoyer',
    read: 'Lu le {{when}}', unread: 'Pas encore lu', you: 'Vous', badFile: '{{file}} : uniquement des fichiers PDF, PNG, JPEG, texte et CSV de 10 Mo au plus', sent: 'Message envoyé.',
  },
  documents: { title: 'Documents', empty: 'Aucun document.', name: 'Fichier', kind: 'Type', size: 'Taille', added: 'Ajouté', download: 'Télécharger' },
  decisions: {
    amount: 'Montant reçu ({{currency}})', receivedOn: 'Reçu le', reference: 'Votre référence', actionsTaken: 'Actions menées avant cette recommandation :',
    title: 'Décisions en attente', empty: 'Rien n’attend votre décision.', case: 'Dossier', asked: 'Demandé le', answerBy: 'Réponse attendue le', note: 'Note (facultative)',
    answered: 'Réponse enregistrée : {{answer}}.', managersOnly: 'Seuls les gestionnaires peuvent répondre.',
  },
  decisionKind: { APPROVAL_REQUESTED: 'Approuver un plan ou une transaction', LEGAL_ACTION_RECOMMENDED: 'Consentir à une action en justice', CLOSURE_RECOMMENDED: 'Clôture recommandée', INFORMATION_REQUESTED: 'Informations demandées' },
  answer: {
    report_direct_payment: 'Déclarer le paiement',
    approve: 'Approuver', decline: 'Refuser', provide_information: 'Envoyer les informations', accept_closure: 'Accepter la clôture', continue_collection: 'Poursuivre le recouvrement',
    consent_legal_action: 'Consentir à l’action en justice', refuse_legal_action: 'Refuser l’action en justice',
  },
  reports: {
    title: 'Rapports', from: 'Du', to: 'Au', show: 'Afficher', csv: 'Télécharger CSV', pdf: 'Télécharger PDF', empty: 'Aucun dossier confié sur cette période.', country: 'Pays', currency: 'Devise',
    casesPlaced: 'Dossiers confiés', amountPlaced: 'Montant confié', collectedOnPlaced: 'Encaissé sur ceux-ci', collectionRate: 'Taux de recouvrement', collectedInPeriod: 'Encaissé sur la période',
    remittedInPeriod: 'Reversé sur la période', paidInFull: 'Payés intégralement', averageDays: 'Délai moyen de recouvrement (jours)',
  },
};
