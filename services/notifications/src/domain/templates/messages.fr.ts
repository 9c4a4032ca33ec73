import type { LanguageWording } from './template-wording';

const CASES = 'Dossiers concernés :{{#each statements}}\n– {{caseId}} (votre référence {{creditorReference}}), solde {{money balance}}{{/each}}';
const FILES = '{{#each statements}}\n– dossier {{caseId}} (référence du créancier {{creditorReference}}){{/each}}';

/** Français. SMS: no ê, â, î, ô, û, ç outside values (they force UCS-2 and shorten the SMS). */
export const MESSAGES_FR: LanguageWording = {
  frame: {
    debtorLetterSalutation: 'Madame, Monsieur,',
    debtorEmailSalutation: 'Bonjour {{debtor.name}},',
    creditorSalutation: 'Madame, Monsieur,',
    contact: 'Une question ? Appelez-nous au {{agency.phone}} ou écrivez à {{agency.email}} en rappelant la référence {{reference}}.',
    closing: ['Veuillez agréer nos salutations distinguées.', '{{agency.name}}'],
  },
  kinds: {
    FIRST_REMINDER: {
      subject: 'Rappel de paiement : {{money totalDue}} – référence {{reference}}',
      letter: [
        "{{creditor.name}} nous a chargés de recouvrer le montant ci-dessous qui, selon ses données, n'a pas encore été payé.",
        'Nous vous prions de payer {{money totalDue}} au plus tard le {{date respondBy}}.',
        "Si vous avez déjà payé, ne tenez pas compte de ce courrier. Si vous ne pouvez pas payer la totalité en une fois, contactez-nous : nous pouvons convenir d'un plan de paiement.",
      ],
      email: [
        '{{creditor.name}} nous a chargés de recouvrer un montant impayé de {{money totalDue}}.',
        'Merci de payer au plus tard le {{date respondBy}}.{{#if paymentUrl}} Vous pouvez payer en ligne : {{paymentUrl}}{{/if}}',
        'Déjà payé ? Ne tenez pas compte de ce message. Vous ne pouvez pas tout payer ? Répondez à ce message et nous chercherons une solution avec vous.',
      ],
      sms: '{{agency.name}} : {{money totalDue}} impayé à {{creditor.name}}. Payez avant le {{date respondBy}}{{#if paymentUrl}} : {{paymentUrl}}{{/if}}',
    },
    SECOND_REMINDER: {
      subject: 'Deuxième rappel : {{money totalDue}} toujours impayé – référence {{reference}}',
      letter: [
        "Nous vous avons écrit récemment au sujet du montant ci-dessous, dû à {{creditor.name}}. Nous n'avons pas encore reçu votre paiement.",
        'Nous vous prions de payer {{money totalDue}} au plus tard le {{date respondBy}}.',
        'Si vous avez des difficultés à payer, appelez-nous au {{agency.phone}} : nous examinerons avec vous un plan de paiement.',
      ],
      email: [
        "Nous vous avons écrit récemment au sujet d'un montant de {{money totalDue}} dû à {{creditor.name}}, et nous n'avons pas encore reçu votre paiement.",
        'Merci de payer au plus tard le {{date respondBy}}.{{#if paymentUrl}} Paiement en ligne : {{paymentUrl}}{{/if}}',
        'Des difficultés à payer ? Répondez à ce message et nous examinerons avec vous un plan de paiement.',
      ],
    },
    PAYMENT_REMINDER: {
      subject: 'Rappel : {{money totalDue}} à payer – référence {{reference}}',
      letter: [
        'Nous vous rappelons que {{money totalDue}} reste dû à {{creditor.name}}.',
        '{{#if respondBy}}Merci de payer au plus tard le {{date respondBy}}.{{else}}Merci de payer dès que possible.{{/if}}{{#if paymentUrl}} Vous pouvez aussi payer en ligne : {{paymentUrl}}{{/if}}',
      ],
      email: [
        'Nous vous rappelons que {{money totalDue}} reste dû à {{creditor.name}}.',
        '{{#if respondBy}}Merci de payer au plus tard le {{date respondBy}}.{{else}}Merci de payer dès que possible.{{/if}}{{#if paymentUrl}} Paiement en ligne : {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}} : rappel, {{money totalDue}} reste à payer à {{creditor.name}}.{{#if paymentUrl}} Payez ici : {{paymentUrl}}{{/if}}',
    },
    FORMAL_NOTICE: {
      subject: 'Mise en demeure de payer {{money totalDue}} – référence {{reference}}',
      letter: [
        "Nos rappels précédents n'ont pas abouti au paiement. Pour le compte de {{creditor.name}}, nous vous mettons en demeure de payer {{money totalDue}}.",
        'Merci de payer ce montant au plus tard le {{date respondBy}}.',
        'Si vous contestez la dette ou ne pouvez pas payer, contactez-nous avant cette date afin que nous examinions votre situation.',
      ],
      email: [
        "Nos rappels précédents n'ont pas abouti au paiement. Pour le compte de {{creditor.name}}, nous vous mettons en demeure de payer {{money totalDue}} au plus tard le {{date respondBy}}.",
        'Si vous contestez la dette ou ne pouvez pas payer, répondez à ce message avant cette date.',
      ],
    },
    PLAN_BREACH: {
      subject: 'Votre plan de paiement a pris fin – référence {{reference}}',
      letter: [
        "Nous n'avons pas reçu une échéance due dans le cadre de votre plan de paiement. Conformément aux conditions du plan, celui-ci a donc pris fin et le solde restant de {{money totalDue}} est désormais exigible.",
        "Merci de payer ce montant au plus tard le {{date respondBy}}, ou appelez-nous au {{agency.phone}} si vous souhaitez discuter d'un nouvel arrangement.",
      ],
      email: [
        "Nous n'avons pas reçu une échéance due dans le cadre de votre plan de paiement. Le plan a donc pris fin et le solde restant de {{money totalDue}} est désormais exigible.",
        "Merci de payer au plus tard le {{date respondBy}}, ou répondez à ce message pour discuter d'un nouvel arrangement.{{#if paymentUrl}} Paiement en ligne : {{paymentUrl}}{{/if}}",
      ],
      sms: '{{agency.name}} : une échéance de votre plan de paiement est impayée, le plan a pris fin. Solde : {{money totalDue}}. Appelez-nous au {{agency.phone}}.',
    },
    PAYMENT_PLAN_CONFIRMATION: {
      subject: 'Votre plan de paiement est confirmé – référence {{reference}}',
      letter: [
        'Merci : nous confirmons le plan de paiement convenu avec vous pour le montant de {{money totalDue}} dû à {{creditor.name}}.',
        "Merci de payer chaque échéance à temps, comme convenu{{#if respondBy}} ; la première est due le {{date respondBy}}{{/if}}.",
        "Tant que les échéances sont payées à temps, nous n'entreprendrons aucune autre démarche. Si une échéance n'est pas payée, le plan peut prendre fin et la totalité du solde devenir exigible.",
      ],
      email: [
        'Merci : nous confirmons le plan de paiement convenu avec vous pour le montant de {{money totalDue}} dû à {{creditor.name}}.',
        "Merci de payer chaque échéance à temps, comme convenu{{#if respondBy}} ; la première est due le {{date respondBy}}{{/if}}. Si une échéance n'est pas payée, le plan peut prendre fin.",
      ],
    },
    INSTALMENT_REMINDER: {
      subject: 'Votre prochaine échéance – référence {{reference}}',
      letter: [
        'Nous vous rappelons que la prochaine échéance de votre plan de paiement est due{{#if respondBy}} le {{date respondBy}}{{/if}}.',
        'Le solde restant de votre plan est de {{money totalDue}}.',
      ],
      email: [
        'Nous vous rappelons que la prochaine échéance de votre plan de paiement est due{{#if respondBy}} le {{date respondBy}}{{/if}}.{{#if paymentUrl}} Paiement en ligne : {{paymentUrl}}{{/if}}',
        'Le solde restant de votre plan est de {{money totalDue}}.',
      ],
      sms: '{{agency.name}} : votre prochaine échéance est due{{#if respondBy}} le {{date respondBy}}{{/if}}. Solde : {{money totalDue}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}}',
    },
    PAYMENT_RECEIPT: {
      subject: 'Paiement reçu – référence {{reference}}',
      letter: [
        'Merci : nous avons bien reçu votre paiement.',
        'Vos dossiers :{{#each statements}}\n– dossier {{caseId}} : payé à ce jour {{money paid}}, solde {{money balance}}{{/each}}',
        'Solde restant : {{money totalDue}}.',
      ],
      email: ['Merci : nous avons bien reçu votre paiement.', 'Solde restant : {{money totalDue}}.'],
      sms: '{{agency.name}} : merci, votre paiement est bien enregistré. Solde restant : {{money totalDue}}. Réf. {{reference}}',
    },
    SETTLEMENT_CONFIRMATION: {
      subject: 'Accord de règlement confirmé – référence {{reference}}',
      letter: [
        "Nous confirmons l'accord de règlement conclu avec vous pour le compte de {{creditor.name}}.",
        'Dès que vous aurez payé {{money totalDue}}{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}}, les dossiers ci-dessous seront entièrement réglés et clôturés.' + FILES,
        "Si le montant convenu n'est pas payé à temps, l'accord peut devenir caduc et la totalité du solde rester due.",
      ],
      email: [
        "Nous confirmons l'accord de règlement conclu avec vous pour le compte de {{creditor.name}}.",
        'Dès que vous aurez payé {{money totalDue}}{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}}, vos dossiers seront entièrement réglés et clôturés.',
      ],
    },
    CLOSURE: {
      subject: 'Votre dossier est clôturé – référence {{reference}}',
      letter: [
        'Nous avons clôturé les dossiers de recouvrement ci-dessous, que nous gérions pour le compte de {{creditor.name}}.' + FILES,
        'Nous ne vous contacterons plus à leur sujet. Conservez ce courrier.',
      ],
      email: ['Nous avons clôturé les dossiers de recouvrement ci-dessous, que nous gérions pour le compte de {{creditor.name}}.' + FILES, 'Nous ne vous contacterons plus à leur sujet.'],
    },
    CREDITOR_INFORMATION_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Informations nécessaires pour vos dossiers – référence {{reference}}{{/if}}',
      letter: [
        'Pour poursuivre le recouvrement des dossiers ci-dessous, nous avons besoin de quelques informations de votre part.',
        '{{body}}',
        CASES,
        'Merci de répondre{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}} à {{agency.email}} en rappelant la référence {{reference}}.',
      ],
      email: [
        'Pour poursuivre le recouvrement des dossiers ci-dessous, nous avons besoin de quelques informations de votre part.',
        '{{body}}',
        CASES,
        'Merci de répondre à ce message{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}}.',
      ],
    },
    CREDITOR_RECOMMENDATION: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Notre recommandation sur vos dossiers – référence {{reference}}{{/if}}',
      letter: [
        'Nous avons examiné les dossiers ci-dessous et vous recommandons ce qui suit.',
        '{{body}}',
        CASES,
        'Merci de nous faire connaître votre décision{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}}, en rappelant la référence {{reference}}.',
      ],
      email: ['Nous avons examiné les dossiers ci-dessous et vous recommandons ce qui suit.', '{{body}}', CASES, 'Merci de répondre avec votre décision{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_APPROVAL_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Votre accord est nécessaire – référence {{reference}}{{/if}}',
      letter: [
        "Nous avons besoin de votre accord avant d'aller plus loin dans les dossiers ci-dessous.",
        '{{body}}',
        CASES,
        "Merci de donner ou de refuser votre accord{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}} en écrivant à {{agency.email}}, avec la référence {{reference}}. D'ici là, nous n'entreprenons aucune démarche qui requiert votre accord.",
      ],
      email: [
        "Nous avons besoin de votre accord avant d'aller plus loin dans les dossiers ci-dessous.",
        '{{body}}',
        CASES,
        'Merci de répondre en donnant ou en refusant votre accord{{#if respondBy}} au plus tard le {{date respondBy}}{{/if}}.',
      ],
    },
    CREDITOR_REMITTANCE: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Reversement des paiements encaissés – référence {{reference}}{{/if}}',
      letter: [
        'Voici les paiements que nous avons encaissés pour votre compte.',
        '{{#if remittance}}Reversement {{remittance.remittanceId}}, payé le {{date remittance.paidOn}} :{{#each remittance.lines}}\n– dossier {{caseId}} (votre référence {{creditorReference}}): encaissé {{money collected}}, commission {{money commission}}, frais {{money costs}}, reversé {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Total : encaissé {{money remittance.collected}}, commission {{money remittance.commission}}, frais {{money remittance.costs}}, reversé {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
        'Les montants encaissés sont versés sur votre compte selon les conditions de notre convention de recouvrement.',
      ],
      email: [
        'Voici les paiements que nous avons encaissés pour votre compte.',
        '{{#if remittance}}Reversement {{remittance.remittanceId}}, payé le {{date remittance.paidOn}} :{{#each remittance.lines}}\n– dossier {{caseId}} (votre référence {{creditorReference}}): encaissé {{money collected}}, commission {{money commission}}, frais {{money costs}}, reversé {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Total : encaissé {{money remittance.collected}}, commission {{money remittance.commission}}, frais {{money remittance.costs}}, reversé {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
      ],
    },
  },
  mentions: {
    'debt-collector-disclosure': {
      phrase: 'agent de recouvrement',
      paragraph:
        '{{agency.name}} est un agent de recouvrement de créances (debt collector). Nous cherchons à recouvrer une dette que vous devez à {{creditor.name}}. Toute information que vous nous donnerez servira à recouvrer cette dette.',
      sms: 'Envoyé par un agent de recouvrement.',
    },
    'letter-reference': { phrase: 'Notre référence :', paragraph: 'Notre référence : {{reference}}, courrier du {{date today}}. Merci de la rappeler dans toute réponse.' },
    'creditor-identity': {
      phrase: 'Créancier :',
      paragraph: "Créancier : {{creditor.name}}{{#if creditor.enterpriseNumber}}, n° d'entreprise {{creditor.enterpriseNumber}}{{/if}}, {{address creditor.address}}.",
    },
    'collector-identity': {
      phrase: 'Société de recouvrement :',
      paragraph:
        "Société de recouvrement : {{agency.name}}, n° d'entreprise {{agency.enterpriseNumber}}, {{address agency.address}}, tél. {{agency.phone}}, e-mail {{agency.email}}, {{agency.website}}. Nous recouvrons cette créance pour le compte du créancier.",
    },
    'supervisory-authority': {
      phrase: 'Autorité de contrôle :',
      byCountry: {
        BE: 'Autorité de contrôle : SPF Économie, P.M.E., Classes moyennes et Énergie, Inspection économique, North Gate, boulevard du Roi Albert II 16, 1000 Bruxelles, auprès duquel nous sommes inscrits comme bureau de recouvrement de dettes.',
        DE: 'Autorité de contrôle : Bundesamt für Justiz (Office fédéral de la justice), 53094 Bonn, Allemagne, rdg@bfj.bund.de, www.bundesjustizamt.de.',
      },
    },
    'amicable-not-judicial': {
      phrase: "et non d'une procédure judiciaire",
      paragraph: "Il s'agit d'un recouvrement amiable, et non d'une procédure judiciaire : ce courrier n'est pas une décision de justice.",
    },
    'claim-basis': {
      phrase: 'Origine de la créance :',
      paragraph: 'Origine de la créance :{{#each statements}}{{#each invoices}}\n– facture {{this.number}} du {{date issueDate}}, échue le {{date dueDate}} : {{money amount}}{{/each}}{{/each}}',
    },
    'amount-breakdown': {
      phrase: 'Décompte :',
      paragraph:
        'Décompte :{{#each statements}}\nDossier {{caseId}} (référence du créancier {{creditorReference}}) : principal {{money principal}}, intérêts {{money interest}}, frais de recouvrement {{money costs}}, autres frais {{money charges}}, déjà payé {{money paid}}, solde {{money balance}}.{{/each}}\nTotal dû : {{money totalDue}}.',
    },
    'interest-calculation': {
      phrase: 'Calcul des intérêts :',
      paragraph:
        "Calcul des intérêts : intérêts de retard au taux légal (article 288 du Code civil allemand), sur le principal de chaque facture, du lendemain de son échéance jusqu'au {{date today}}. Aucun taux supérieur n'est réclamé.{{#each statements}}\nDossier {{caseId}} : intérêts {{money interest}} sur un principal de {{money principal}}.{{/each}}",
    },
    'costs-breakdown': {
      phrase: 'Frais par nature, montant et motif :',
      paragraph:
        'Frais par nature, montant et motif :{{#each statements}}\nDossier {{caseId}} : frais de recouvrement {{money costs}} (notre rémunération pour le recouvrement, due en raison du retard de paiement) ; autres frais {{money charges}} (débours, par exemple frais postaux).{{/each}}',
    },
    'vat-statement': {
      phrase: 'TVA :',
      paragraph: 'TVA : lorsque la TVA est réclamée sur les frais de recouvrement, le créancier ne peut pas la déduire.',
    },
    'interest-continuing': {
      phrase: 'Intérêts et frais :',
      paragraph:
        "Intérêts et frais : les montants ci-dessus sont calculés au {{date today}}. Des intérêts peuvent continuer à courir jusqu'au paiement ; tout montant supplémentaire figurera dans notre prochain relevé.",
    },
    'wait-14-days': {
      phrase: 'délai de 14 jours',
      byCountry: {
        BE: "Vous disposez d'un délai de 14 jours pour payer, à compter du troisième jour ouvrable suivant l'envoi de ce courrier (ou du lendemain de son envoi par e-mail). Aucune indemnité ni aucun intérêt de retard ne sera réclamé avant la fin de ce délai.",
        NL: "Vous disposez d'un délai de 14 jours pour payer, à compter du lendemain de la réception de ce courrier. Aucuns frais de recouvrement ne seront facturés si vous payez dans ce délai.",
      },
    },
    'wait-15-days': {
      phrase: 'délai de 15 jours',
      paragraph: "Vous disposez d'un délai de 15 jours à compter de la présente mise en demeure pour payer ou nous contacter. Nous n'entreprendrons aucune autre démarche avant la fin de ce délai.",
    },
    'respond-30-days': {
      phrase: 'dans les 30 jours',
      paragraph: 'Merci de répondre dans les 30 jours suivant la date de ce courrier, au moyen du formulaire de réponse joint. Sans réponse dans ce délai, {{creditor.name}} pourra engager une procédure judiciaire.',
    },
    'damages-warning': {
      phrase: 'pourra réclamer des dommages et intérêts',
      paragraph:
        'À défaut de paiement dans ce délai, {{creditor.name}} pourra réclamer des dommages et intérêts et des intérêts de retard, dans les limites fixées par le livre XIX du Code de droit économique.',
    },
    'collection-costs-warning': {
      phrase: 'frais de recouvrement extrajudiciaires',
      paragraph:
        'À défaut de paiement dans ce délai, {{creditor.name}} facturera des frais de recouvrement extrajudiciaires, calculés selon le barème néerlandais (Besluit vergoeding voor buitengerechtelijke incassokosten).',
    },
    'next-steps-warning': {
      phrase: 'Prochaine étape :',
      byCountry: {
        SE: "Prochaine étape : si vous ne payez pas et ne contestez pas la créance avant le {{date respondBy}}, {{creditor.name}} pourra demander une injonction de payer à l'autorité suédoise d'exécution (Kronofogden).",
        ES: "Prochaine étape : à défaut de paiement ou d'accord, {{creditor.name}} pourra saisir la justice. Nous conservons la trace de cette tentative de négociation, que la loi espagnole (loi organique 1/2025) exige avant toute action en justice.",
      },
    },
    'payment-instructions': {
      phrase: 'Comment payer :',
      paragraph:
        'Comment payer : virez le montant sur le compte IBAN {{agency.iban}} (BIC {{agency.bic}}) au nom de {{agency.name}}, avec la communication ci-dessous.{{#each statements}}\nDossier {{caseId}} : {{paymentReference}}{{/each}}{{#if paymentUrl}}\nVous pouvez aussi payer en ligne : {{paymentUrl}}{{/if}}',
    },
    'validation-notice': {
      phrase: 'nous devons suspendre le recouvrement de tout montant contesté',
      paragraph:
        "Comment contester la dette ? Appelez-nous ou écrivez-nous au plus tard le {{date respondBy}} pour contester tout ou partie de la dette. À défaut, nous considérerons que nos informations sont exactes. Si vous nous écrivez au plus tard le {{date respondBy}}, nous devons suspendre le recouvrement de tout montant contesté jusqu'à ce que nous vous envoyions des informations montrant que vous devez cette dette. Dans le même délai, vous pouvez aussi nous demander par écrit le nom et l'adresse du créancier d'origine, s'il est différent du créancier actuel ; nous devons alors suspendre le recouvrement jusqu'à l'envoi de ces informations. Pour en savoir plus sur vos droits selon la loi fédérale : www.cfpb.gov/debt-collection.",
    },
    'dispute-instructions': {
      phrase: 'Nous suspendrons le recouvrement du montant contesté',
      paragraph:
        'Si vous contestez tout ou partie de cette créance, expliquez-nous pourquoi, par écrit ou par téléphone, dès que possible{{#if respondBy}} et avant le {{date respondBy}}{{/if}}. Nous suspendrons le recouvrement du montant contesté pendant notre examen.',
    },
    'negotiation-invitation': {
      phrase: 'négocier une solution amiable',
      paragraph:
        'Nous vous invitons à négocier une solution amiable avec nous, par exemple un plan de paiement. Contactez-nous{{#if respondBy}} avant le {{date respondBy}}{{/if}} pour faire une proposition : nous conservons la trace de chaque proposition.',
    },
    'reply-form-enclosures': {
      phrase: 'Pre-Action Protocol for Debt Claims',
      paragraph:
        "Sont joints à ce courrier, comme l'exige le protocole anglais préalable aux actions en recouvrement (Pre-Action Protocol for Debt Claims) : une fiche d'information (Information Sheet), un formulaire de réponse (Reply Form) et un formulaire de situation financière (Financial Statement). Merci de remplir le formulaire de réponse et de le renvoyer à {{agency.name}}, {{address agency.address}}.",
    },
    'debt-advice': {
      phrase: 'conseils gratuits et indépendants',
      paragraph: 'Vous pouvez obtenir des conseils gratuits et indépendants sur vos dettes, par exemple auprès de MoneyHelper (www.moneyhelper.org.uk) ou de Citizens Advice (www.citizensadvice.org.uk).',
    },
    'l111-8-text': {
      phrase: 'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier',
      paragraph:
        "Article L111-8 du code des procédures civiles d'exécution, alinéas 2 et 3 : « Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire. Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi. »",
    },
    'privacy-notice': {
      phrase: 'Vos données personnelles :',
      paragraph:
        "Vos données personnelles : {{agency.name}} traite vos données d'identité, de contact et relatives à la créance pour la recouvrer pour le compte de {{creditor.name}}, qui nous les a transmises. La base légale est l'intérêt légitime à recouvrer la créance (article 6.1.f du RGPD). Nous conservons ces données pendant le recouvrement, puis aussi longtemps que la loi l'exige. Vous pouvez demander l'accès, la rectification ou l'effacement, et introduire une réclamation auprès de l'autorité de protection des données. Contact : {{agency.email}}. Détails : {{agency.website}}.",
    },
    'right-to-object': {
      phrase: 'droit de vous opposer',
      paragraph:
        'Vous avez le droit de vous opposer, pour des raisons tenant à votre situation particulière, à ce traitement de vos données personnelles (article 21 du RGPD). Pour cela, écrivez à {{agency.email}}.',
    },
    'opt-out': {
      phrase: 'répondez STOP',
      paragraph: 'Pour ne plus recevoir nos e-mails sur cette dette, répondez STOP ou écrivez à {{agency.email}}.',
      sms: 'Désabonnement : répondez STOP.',
    },
  },
  envelope: { collectionAgency: 'Société de recouvrement', neutralSender: 'Service clientèle' },
};
