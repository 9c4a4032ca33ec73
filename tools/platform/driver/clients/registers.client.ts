import { httpJson } from '../http-json';

/** One row of a register file (services/debtor-screening/src/adapters/register-files/README.md). */
export interface RegisterRow {
  entry_id: string;
  action?: 'add' | 'change' | 'remove';
  subject_type?: 'person' | 'company';
  country?: string;
  national_id?: string;
  company_number?: string;
  given_names?: string;
  family_name?: string;
  legal_name?: string;
  birth_date?: string;
  postal_code?: string;
  locality?: string;
  situation?: string;
  status?: string;
  effective_from?: string;
  effective_to?: string;
  reference?: string;
  contact?: string;
}

/**
 * The registers of special situations (insolvency, collective debt settlement, …) and identity,
 * loaded into debtor-screening the way an operator uploads a register file.
 */
export class RegistersClient {
  constructor(
    private readonly screeningUrl: string,
    private readonly operatorToken: string,
  ) {}

  async importRows(source: string, kind: 'situations' | 'persons' | 'companies', rows: RegisterRow[]): Promise<Record<string, unknown>> {
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const cell = (value: string | undefined) => (value === undefined ? '' : /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const csv = [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column as keyof RegisterRow])).join(','))].join('\n') + '\n';
    return (
      await httpJson<Record<string, unknown>>(`${this.screeningUrl}/ops/registers/${encodeURIComponent(source)}/imports?kind=${kind}&fileName=${encodeURIComponent(`${source}.csv`)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/csv', 'X-Operator-Token': this.operatorToken },
        body: csv,
      })
    ).body;
  }
}
