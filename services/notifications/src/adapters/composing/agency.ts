import type { LetterDocument } from '../../domain/letters';
import type { Language, MessageContext } from '../../domain/message';

/**
 * The agency's identity on every letter and e-mail. One agency runs the platform; its details are
 * data here (a deployment with another name changes this file or, later, its configuration).
 */
export const AGENCY: MessageContext['agency'] = {
  name: 'Collections Agency SRL',
  address: { name: 'Collections Agency SRL', lines: ['Avenue Louise 54'], postalCode: '1050', locality: 'Bruxelles', country: 'BE' },
  phone: '+32 2 555 01 00',
  email: 'contact@agency.example',
  website: 'www.agency.example',
  iban: 'BE71 0961 2345 6769',
  bic: 'GKCCBEBB',
  enterpriseNumber: 'BCE 0123.456.749',
};

interface LetterLabels {
  layout: LetterDocument['labels'];
  principal: string;
  interest: string;
  costs: string;
  charges: string;
  total: string;
  payWith: string;
  closing: string;
  form: NonNullable<LetterDocument['instalmentRequestForm']>;
}

const form = (title: string, intro: string, fields: string[], signature: string) => ({ title, intro, fields: fields.map((label) => ({ label })), signatureLabel: signature });

/** The words the letter's layout prints itself, per language (the templates give the rest). */
export const LETTER_LABELS: Record<Language, LetterLabels> = {
  fr: {
    layout: { page: 'Page', reference: 'Référence :', paymentReference: 'Communication structurée :', beneficiary: 'Bénéficiaire' },
    principal: 'Principal', interest: 'Intérêts', costs: 'Frais', charges: 'Indemnités', total: 'Solde dû',
    payWith: 'Indiquez la communication structurée de chaque dossier lors du paiement.', closing: 'Veuillez agréer nos salutations distinguées.',
    form: form('Demande de plan de paiement et déclaration de revenus et charges', 'Complétez et renvoyez ce formulaire si vous ne pouvez pas payer en une fois.', ['Revenus mensuels nets', 'Loyer ou crédit hypothécaire', 'Autres charges mensuelles', "Personnes à charge", 'Montant mensuel proposé'], 'Date et signature'),
  },
  nl: {
    layout: { page: 'Pagina', reference: 'Referentie:', paymentReference: 'Gestructureerde mededeling:', beneficiary: 'Begunstigde' },
    principal: 'Hoofdsom', interest: 'Intresten', costs: 'Kosten', charges: 'Vergoedingen', total: 'Verschuldigd saldo',
    payWith: 'Vermeld bij betaling de gestructureerde mededeling van elk dossier.', closing: 'Met vriendelijke groeten.',
    form: form('Aanvraag afbetalingsplan en verklaring van inkomsten en lasten', 'Vul dit formulier in en stuur het terug als u niet in één keer kunt betalen.', ['Netto maandinkomen', 'Huur of hypotheek', 'Andere maandelijkse lasten', 'Personen ten laste', 'Voorgesteld maandbedrag'], 'Datum en handtekening'),
  },
  de: {
    layout: { page: 'Seite', reference: 'Referenz:', paymentReference: 'Zahlungsreferenz:', beneficiary: 'Empfänger' },
    principal: 'Hauptforderung', interest: 'Zinsen', costs: 'Kosten', charges: 'Gebühren', total: 'Offener Betrag',
    payWith: 'Bitte geben Sie bei der Zahlung die Zahlungsreferenz jedes Vorgangs an.', closing: 'Mit freundlichen Grüßen',
    form: form('Antrag auf Ratenzahlung und Erklärung über Einkommen und Belastungen', 'Füllen Sie dieses Formular aus und senden Sie es zurück, wenn Sie nicht auf einmal zahlen können.', ['Monatliches Nettoeinkommen', 'Miete oder Hypothek', 'Sonstige monatliche Belastungen', 'Unterhaltsberechtigte Personen', 'Vorgeschlagene Monatsrate'], 'Datum und Unterschrift'),
  },
  en: {
    layout: { page: 'Page', reference: 'Reference:', paymentReference: 'Payment reference:', beneficiary: 'Beneficiary' },
    principal: 'Principal', interest: 'Interest', costs: 'Costs', charges: 'Charges', total: 'Balance due',
    payWith: 'Quote the payment reference of each case when you pay.', closing: 'Yours faithfully,',
    form: form('Instalment request and statement of income and outgoings', 'Fill in and return this form if you cannot pay in one go.', ['Monthly net income', 'Rent or mortgage', 'Other monthly outgoings', 'Dependants', 'Proposed monthly amount'], 'Date and signature'),
  },
  es: {
    layout: { page: 'Página', reference: 'Referencia:', paymentReference: 'Referencia de pago:', beneficiary: 'Beneficiario' },
    principal: 'Principal', interest: 'Intereses', costs: 'Costes', charges: 'Cargos', total: 'Saldo pendiente',
    payWith: 'Indique la referencia de pago de cada expediente al pagar.', closing: 'Atentamente,',
    form: form('Solicitud de plan de pagos y declaración de ingresos y gastos', 'Rellene y devuelva este formulario si no puede pagar de una vez.', ['Ingresos netos mensuales', 'Alquiler o hipoteca', 'Otros gastos mensuales', 'Personas a cargo', 'Importe mensual propuesto'], 'Fecha y firma'),
  },
  sv: {
    layout: { page: 'Sida', reference: 'Referens:', paymentReference: 'Betalningsreferens:', beneficiary: 'Mottagare' },
    principal: 'Kapitalbelopp', interest: 'Ränta', costs: 'Kostnader', charges: 'Avgifter', total: 'Att betala',
    payWith: 'Ange betalningsreferensen för varje ärende när du betalar.', closing: 'Med vänliga hälsningar',
    form: form('Ansökan om avbetalningsplan och uppgift om inkomster och utgifter', 'Fyll i och skicka tillbaka formuläret om du inte kan betala allt på en gång.', ['Månadsinkomst netto', 'Hyra eller bolån', 'Andra månadsutgifter', 'Försörjda personer', 'Föreslaget månadsbelopp'], 'Datum och underskrift'),
  },
};
