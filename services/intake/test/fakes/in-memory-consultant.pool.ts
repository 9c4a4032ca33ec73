import type { ConsultantCandidate } from '../../src/domain/consultant/consultant-assignment';
import { ConsultantPool } from '../../src/application/ports/intake-transaction.port';

/** The consultant directory in memory; `openCasesOf` shows the counts after assignments. */
export class InMemoryConsultantPool extends ConsultantPool {
  private readonly consultants: ConsultantCandidate[];

  constructor(consultants: ConsultantCandidate[] = []) {
    super();
    this.consultants = consultants.map((consultant) => structuredClone(consultant));
  }

  openCasesOf(consultantId: string): number | undefined {
    return this.consultants.find((consultant) => consultant.id === consultantId)?.openCases;
  }

  async lockCandidates(countries: string[]): Promise<ConsultantCandidate[]> {
    return this.consultants
      .filter((consultant) => consultant.active && consultant.countries.some((country) => countries.includes(country)))
      .map((consultant) => structuredClone(consultant));
  }

  async addOpenCases(perConsultant: Map<string, number>): Promise<void> {
    for (const [consultantId, added] of perConsultant) {
      const consultant = this.consultants.find((c) => c.id === consultantId);
      if (consultant) consultant.openCases += added;
    }
  }
}

/** An active consultant in Belgium speaking French and Dutch, with no open cases unless told. */
export function aConsultant(overrides: Partial<ConsultantCandidate> = {}): ConsultantCandidate {
  return { id: 'consultant-a', countries: ['BE'], languages: ['fr', 'nl'], openCases: 0, active: true, ...overrides };
}
