import type { RegisterBatch } from '../../application/ports/register-feed.port';
import { CsvRegisterFeed } from './csv-register.feed';

async function* bytes(text: string): AsyncGenerator<Buffer> {
  yield Buffer.from(text, 'utf8');
}

describe('CsvRegisterFeed', () => {
  it('hands out each chunk as a batch: the entry apart from its row and declared action, and the problems', async () => {
    const file = 'entry_id,action,subject_type,country,legal_name,status\nC1,change,company,BE,Acme,active\nC2,add,company,BE,,active\nC3,,company,BE,Beta,dissolved\n';
    const feed = new CsvRegisterFeed('companies.csv', bytes(file), { kind: 'companies', today: '2025-06-30', chunkSize: 2 });

    const batches: RegisterBatch[] = [];
    for await (const batch of feed.batches()) batches.push(batch);

    expect(feed.name).toBe('companies.csv');
    expect(batches).toEqual([
      {
        changes: [
          {
            row: 2,
            declaredAction: 'change',
            entry: { entryId: 'C1', action: 'upsert', subject: { kind: 'company', country: 'BE', legalName: 'Acme' }, status: 'active' },
          },
        ],
        problems: [{ row: 3, code: 'not_matchable', reason: 'a company needs legal_name or company_number to be matched' }],
      },
      {
        changes: [
          {
            row: 4,
            declaredAction: 'upsert',
            entry: { entryId: 'C3', action: 'upsert', subject: { kind: 'company', country: 'BE', legalName: 'Beta' }, status: 'dissolved' },
          },
        ],
        problems: [],
      },
    ]);
  });
});
