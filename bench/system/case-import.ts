/**
 * The bulk import the system benchmark carries through the platform: the generated cases (bench/intake/
 * case-rows.ts) streamed as one CSV file to intake's POST /v1/case-imports, and the import as intake reports it.
 */
import { request as httpRequest } from 'node:http';
import type { Readable } from 'node:stream';
import { httpJson, type Platform } from '../../tools/platform/driver';
import { caseCsvStream, caseRows, type GeneratedStats } from '../intake/case-rows';
import { log, secs } from './timing';

export interface ImportView {
  id: string;
  status: string;
  done: boolean;
  rowsRead: number;
  casesRead: number;
  casesOpened: number;
  casesAlreadyKnown: number;
  casesRejected: number;
  rowsUnreadable: number;
}

/** The upload as made: intake's import id, the creditor's credentials to read it back, and what was generated. */
export interface CaseImport {
  id: string;
  auth: Record<string, string>;
  /** From the start of the upload to intake's answer. */
  uploadMs: number;
  stats: GeneratedStats;
}

/** The number of CSV rows that holds exactly `cases` cases (the generator is deterministic per seed). */
export function rowsFor(cases: number, seed: number): number {
  const stats: GeneratedStats = { rows: 0, cases: 0, perCountry: {} };
  for (const line of caseRows(Number.MAX_SAFE_INTEGER, seed, stats)) {
    if (line && stats.cases === cases) return stats.rows;
  }
  throw new Error('unreachable');
}

/** POST of a streamed body (chunked); resolves with the answer. */
function streamUpload(url: string, headers: Record<string, string>, body: Readable): Promise<{ status: number; body: string }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method: 'POST', path: pathname, headers: { ...headers, 'Transfer-Encoding': 'chunked' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    body.on('error', (error) => req.destroy(error));
    body.pipe(req);
  });
}

export async function uploadCaseImport(platform: Platform, apiKey: string, cases: number, rows: number, seed: number, origin: number): Promise<CaseImport> {
  log(`uploading ${cases} cases (${rows} CSV rows) to POST /v1/case-imports`);
  const stats: GeneratedStats = { rows: 0, cases: 0, perCountry: {} };
  const auth = { Authorization: `Bearer ${apiKey}` };
  const answer = await streamUpload(`${platform.url('intake')}/v1/case-imports`, { ...auth, 'Content-Type': 'text/csv; charset=utf-8' }, caseCsvStream(rows, seed, stats));
  const uploadMs = Date.now() - origin;
  if (answer.status !== 202) throw new Error(`upload answered ${answer.status}: ${answer.body}`);
  const id = (JSON.parse(answer.body) as ImportView).id;
  log(`uploaded in ${secs(uploadMs)} s (${stats.cases} cases), import ${id}`);
  if (stats.cases !== cases) throw new Error(`generated ${stats.cases} cases, wanted ${cases}`);
  return { id, auth, uploadMs, stats };
}

export async function readCaseImport(platform: Platform, caseImport: CaseImport): Promise<ImportView> {
  return (await httpJson<ImportView>(`${platform.url('intake')}/v1/case-imports/${caseImport.id}`, { headers: caseImport.auth })).body;
}
