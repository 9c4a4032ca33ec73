import type { LetterDocument } from './letter-document';

/**
 * A Belgian formal notice in French, merged for two of the debtor's cases, with the instalment
 * request form: the sample the letter specs render. Test data only (production letters come from
 * domain/templates); the words are plausible, not legal advice.
 */
export function formalNoticeFixture(): LetterDocument {
  return {
    language: 'fr',
    locale: 'fr-BE',
    labels: { page: 'Page', reference: 'Notre référence :', paymentReference: 'Communication structurée :', beneficiary: 'Bénéficiaire' },
    agency: {
      name: 'Créances & Conseil SRL',
      addressLines: ['Avenue Louise 221 boîte 4', '1050 Bruxelles'],
      phone: '+32 2 555 01 23',
      email: 'dossiers@creances-conseil.be',
      website: 'www.creances-conseil.be',
      enterpriseNumber: 'BCE 0123.456.749',
      iban: 'BE71 0961 2345 6769',
      bic: 'GKCCBEBB',
    },
    senderLine: 'C&C SRL · Avenue Louise 221 bte 4 · 1050 Bruxelles',
    recipient: {
      name: 'Madame Françoise Dübois-Müller',
      lines: ["Rue de l'Église 12 boîte 3"],
      postalCode: '4000',
      locality: 'Liège',
      country: '',
    },
    date: 'Bruxelles, le 3 mars 2026',
    reference: 'MD-2026-000417',
    subject: 'Mise en demeure – recouvrement amiable de deux créances',
    paragraphs: [
      'Madame,',
      'Nous intervenons en qualité de société de recouvrement amiable pour le compte de nos créanciers mandants, Électricité Wallonne SA et Hôpital Saint-Léon ASBL. Malgré leurs rappels, les montants repris ci-dessous restent impayés à ce jour.',
      'Il s’agit d’un recouvrement amiable et non d’une procédure judiciaire. Conformément au livre XIX du Code de droit économique, vous disposez d’un délai de quinze jours à compter de la présente pour régler ces montants ou nous faire part de vos remarques.',
      'Si vous éprouvez des difficultés financières, vous pouvez demander un plan de paiement en nous renvoyant le formulaire joint, qui tient lieu de déclaration de vos revenus et de vos charges. Nous l’examinerons avec bienveillance et sans frais supplémentaires.',
      'Pour chaque dossier, veuillez utiliser la communication structurée indiquée : elle permet d’attribuer votre paiement sans délai au bon créancier.',
    ],
    statements: [
      {
        title: 'Électricité Wallonne SA – contrat 7731-55',
        rows: [
          { label: 'Facture 2025-11-0042 du 12 novembre 2025, échéance 12 décembre 2025', amount: '412,30 €' },
          { label: 'Intérêts de retard au taux légal', amount: '9,87 €' },
          { label: 'Indemnité forfaitaire (art. XIX.4)', amount: '46,23 €' },
          { label: 'Paiements reçus', amount: '-50,00 €' },
        ],
        total: { label: 'Solde à payer', amount: '418,40 €' },
        paymentReference: '+++010/8068/17183+++',
      },
      {
        title: 'Hôpital Saint-Léon ASBL – séjour du 4 août 2025',
        rows: [
          { label: 'Facture H-88120 du 20 août 2025, échéance 19 septembre 2025', amount: '1 236,00 €' },
          { label: 'Intérêts de retard au taux légal', amount: '31,52 €' },
          { label: 'Indemnité forfaitaire (art. XIX.4)', amount: '101,80 €' },
        ],
        total: { label: 'Solde à payer', amount: '1 369,32 €' },
        paymentReference: '+++120/0786/55379+++',
      },
    ],
    paymentInstructions: {
      iban: 'BE71 0961 2345 6769',
      bic: 'GKCCBEBB',
      beneficiary: 'Créances & Conseil SRL – compte de tiers',
      lines: ['Veuillez effectuer un virement distinct par dossier, au plus tard le 18 mars 2026, sur notre compte de tiers :'],
    },
    closing: ['Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.', '', '', 'Sophie Verhaegen', 'Gestionnaire de dossiers'],
    instalmentRequestForm: {
      title: 'Demande de plan de paiement et déclaration de revenus et de charges',
      intro: 'À compléter, signer et renvoyer par courrier ou par e-mail à dossiers@creances-conseil.be. Joignez si possible une preuve de vos revenus.',
      fields: [
        { label: 'Revenus nets mensuels (salaire, allocations…)' },
        { label: 'Revenus du ménage (conjoint, cohabitant)' },
        { label: 'Loyer ou remboursement hypothécaire' },
        { label: 'Énergie, eau, téléphone' },
        { label: 'Autres crédits en cours (mensualités)' },
        { label: "Nombre d'enfants à charge" },
        { label: 'Montant mensuel que je propose de payer' },
        { label: 'Date souhaitée du premier paiement' },
      ],
      signatureLabel: 'Date, nom et signature (précédés de « lu et approuvé »)',
    },
    footer:
      'Société de recouvrement amiable inscrite auprès du SPF Économie. Ceci est un recouvrement amiable, pas une procédure judiciaire. ' +
      'Vos données sont traitées pour le recouvrement de créances (intérêt légitime) ; vous pouvez vous y opposer : voir www.creances-conseil.be/vie-privee.',
  };
}
