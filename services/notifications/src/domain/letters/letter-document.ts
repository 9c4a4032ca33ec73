/**
 * What a paper letter shows, already worded and formatted: the templates (domain/templates) choose
 * the words, the caller formats dates and amounts for the locale, and the renderer only places them
 * on A4. Nothing here is translated or computed again.
 */
export interface LetterDocument {
  /** ISO 639-1 language of the text. */
  language: string;
  /** BCP 47 locale the text was formatted for; written as the PDF's /Lang. */
  locale: string;
  /** The few words the layout itself prints, in the letter's language. */
  labels: LetterLabels;
  agency: LetterAgency;
  /**
   * The return address printed in small type on the first line of the envelope window. Neutral
   * (no "collection", no "recouvrement") where the country forbids an envelope revealing collection.
   */
  senderLine: string;
  recipient: LetterRecipient;
  /** Already formatted, e.g. `Bruxelles, le 3 mars 2026`. */
  date: string;
  /** The agency's reference of this letter (action id), repeated on every page and on the form. */
  reference: string;
  subject: string;
  paragraphs: string[];
  /** One per case; a letter merged for a debtor's several cases has several. */
  statements: LetterStatement[];
  paymentInstructions: LetterPaymentInstructions;
  /** Closing formula, then the signatory's lines. */
  closing: string[];
  /** The formal notice's instalment request, which doubles as a declaration of income and charges; printed on its own last page. */
  instalmentRequestForm?: InstalmentRequestForm;
  /** Legal mentions under the agency's identity line at the foot of every page. */
  footer: string;
  /**
   * When the letter is issued, from the Clock: the PDF's CreationDate. With it the same letter
   * always renders to the same bytes; without it pdfkit stamps the current time.
   */
  createdAt?: Date;
}

export interface LetterLabels {
  /** `Page` / `Pagina` / `Seite` / `Página` / `Sida`: printed as `<page> 2 / 3`. */
  page: string;
  /** `Référence :` / `Referentie:` …: before the letter's reference in the information block, header and form. */
  reference: string;
  /** `Communication structurée :` / `Gestructureerde mededeling:` / `Referenz:` …: before each statement's payment reference. */
  paymentReference: string;
  /** `Bénéficiaire` / `Begunstigde` / `Empfänger` …: in the bank details box. */
  beneficiary: string;
}

export interface LetterAgency {
  name: string;
  addressLines: string[];
  phone: string;
  email: string;
  website: string;
  /** With its local label where one is customary, e.g. `BCE 0123.456.789`. */
  enterpriseNumber: string;
  iban: string;
  bic: string;
}

export interface LetterRecipient {
  name: string;
  /** Street, box, building: one entry per printed line. */
  lines: string[];
  postalCode: string;
  locality: string;
  /** Empty for domestic mail. */
  country: string;
}

export interface LetterStatement {
  /** E.g. the creditor and the creditor's reference. */
  title: string;
  rows: LetterAmountRow[];
  total: LetterAmountRow;
  /** The structured reference the debtor pays this statement with (`+++…+++` or `RF…`). */
  paymentReference: string;
}

export interface LetterAmountRow {
  label: string;
  /** Formatted with its currency: `1 234,56 €`. */
  amount: string;
}

export interface LetterPaymentInstructions {
  iban: string;
  bic: string;
  beneficiary: string;
  lines: string[];
}

export interface InstalmentRequestForm {
  title: string;
  intro: string;
  /** Each gets ruled lines to fill in by hand. */
  fields: Array<{ label: string }>;
  signatureLabel: string;
}
