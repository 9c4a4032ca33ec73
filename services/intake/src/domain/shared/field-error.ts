/**
 * One problem with one field of a submission. `field` is a path in the submission
 * (`debtor.addresses[0].postalCode`, `invoices[2].dueDate`); `code` is stable for machines;
 * `message` says why, in English, without echoing personal data.
 */
export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export const fieldError = (field: string, code: string, message: string): FieldError => ({ field, code, message });
