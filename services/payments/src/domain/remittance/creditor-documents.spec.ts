import { assertValidObjectKey } from '@collections/object-store';
import { invoiceFileName, invoiceObjectKey, statementFileName, statementObjectKey } from './creditor-documents';

const CREDITOR = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

describe("where a creditor's documents are filed", () => {
  it('files a remittance statement under statements/<creditorId>/<remittanceId>.pdf', () => {
    expect(statementObjectKey(CREDITOR, 'REM-20260310-1A2B3C4D')).toBe(`statements/${CREDITOR}/REM-20260310-1A2B3C4D.pdf`);
    expect(statementFileName('REM-20260310-1A2B3C4D')).toBe('remittance-statement-REM-20260310-1A2B3C4D.pdf');
  });

  it('files a fee invoice under invoices/<creditorId>/<invoiceNumber>.pdf', () => {
    expect(invoiceObjectKey(CREDITOR, 'INV-7C9E66797425-2026-000001')).toBe(`invoices/${CREDITOR}/INV-7C9E66797425-2026-000001.pdf`);
    expect(invoiceFileName('INV-7C9E66797425-2026-000001')).toBe('invoice-INV-7C9E66797425-2026-000001.pdf');
  });

  it('makes keys the object store accepts from the ids the service issues', () => {
    expect(() => assertValidObjectKey(statementObjectKey(CREDITOR, 'REM-20260310-1A2B3C4D'))).not.toThrow();
    expect(() => assertValidObjectKey(invoiceObjectKey(CREDITOR, 'INV-7C9E66797425-2026-000001'))).not.toThrow();
  });
});
