/**
 * Notifications benchmark (not a test): letters composed and rendered to PDF per second (templates,
 * layout, pdfkit) with the process's RSS sampled over the run (it must stay flat), and e-mails
 * composed (with the statement as PDF, as the service sends them) and delivered per second to a real
 * local SMTP server (the `smtp-server` package) through the service's SMTP sender.
 *
 *   npm run bench:notifications                               # 10,000 letters, 2,000 e-mails
 *   BENCH_LETTERS=2000 BENCH_EMAILS=500 npm run bench:notifications
 *
 * In-process, no database or broker (the delivery bookkeeping is measured by the e2e tests, not
 * here). Checks that every letter is a PDF and every e-mail arrived once. Writes
 * bench/results/notifications.json. Targets are reported, never asserted.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CaseFacts, CreditorIdentity, Delivery } from '../services/notifications/src/application/ports/delivery.ports';
import { SmtpEmailSender } from '../services/notifications/src/adapters/channels/smtp-email.sender';
import { TemplateMessageComposer } from '../services/notifications/src/adapters/composing/template-message.composer';
import { LocalSmtpServer } from '../services/notifications/test/support/local-smtp';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const EMAILS = Number(process.env.BENCH_EMAILS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_SMTP_CONCURRENCY ?? 8);
const TARGETS = { lettersPerSAtLeast: 50, emailsPerSAtLeast: 500 };
const MIB = 1024 * 1024;
const CREDITOR = '0c1d2e3f-4a5b-4c6d-8e7f-9a8b7c6d5e4f';
const LANGUAGES = ['fr', 'nl', 'de', 'en', 'es', 'sv'];

const money = (amountMinor: number) => ({ amountMinor: String(amountMinor), currency: 'EUR' });
const caseId = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function delivery(i: number, channel: 'letter' | 'email'): Delivery {
  return {
    id: caseId(i).replace('4000', '4111'), requestKey: `action:${i}`, caseId: caseId(i), actionId: `a-${i}`, audience: 'debtor', channel, recipient: channel === 'email' ? `debtor${i}@example.be` : 'Rue Haute 5, 1000 Bruxelles',
    templateKey: channel === 'email' ? 'be.b2c.first-reminder-email' : i % 2 === 0 ? 'be.b2c.formal-notice' : 'be.b2c.second-reminder', language: LANGUAGES[i % LANGUAGES.length]!, attempts: 0,
    details: { address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' }, balance: { principal: money(100_000 + i), interest: money(1_250), costs: money(0), charges: money(6_500) }, respondBy: '2026-12-15', mergedCases: [] },
  };
}

async function main(): Promise<void> {
  const composer = new TemplateMessageComposer();
  const creditors = new Map<string, CreditorIdentity>([[CREDITOR, { name: 'Brasserie Lambic SA', enterpriseNumber: 'BE 0403.170.701', address: { lines: ['Rue du Lombard 10'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } }]]);
  const factsOf = (i: number) => new Map<string, CaseFacts>([[caseId(i), { creditorId: CREDITOR, creditorName: '', creditorReference: `INV-${i}`, debtorName: `Hélène Dubois ${i}`, debtorKind: 'person', country: 'BE', invoices: [] }]]);
  const now = new Date('2026-11-23T09:00:00Z');

  // 1. Letters: compose and render, RSS sampled every 500 letters.
  const rss: number[] = [];
  let pdfBytes = 0;
  let pdfs = 0;
  const letterStart = performance.now();
  for (let i = 0; i < LETTERS; i += 1) {
    const composed = await composer.compose(delivery(i, 'letter'), factsOf(i), creditors, now);
    if (composed.pdf?.subarray(0, 5).toString() === '%PDF-') pdfs += 1;
    pdfBytes += composed.pdf?.length ?? 0;
    if (i % 500 === 0) rss.push(process.memoryUsage().rss);
  }
  const letterMs = performance.now() - letterStart;
  rss.push(process.memoryUsage().rss);
  const settled = rss.slice(Math.floor(rss.length / 4));
  const rssGrowthMb = Math.round((settled[settled.length - 1]! - settled[0]!) / MIB);

  // 2. E-mails: composed with the statement attached, sent to a local SMTP server by CONCURRENCY senders.
  const smtp = new LocalSmtpServer();
  await smtp.start();
  const sender = new SmtpEmailSender({ url: `smtp://127.0.0.1:${smtp.port}?pool=true&maxConnections=${CONCURRENCY}`, from: 'Collections Agency <no-reply@agency.example>' });
  const emailStart = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < EMAILS; i = next++) {
        const composed = await composer.compose(delivery(i, 'email'), factsOf(i), creditors, now);
        await sender.send({ to: `debtor${i}@example.be`, subject: composed.subject, text: composed.text, html: composed.html, attachments: composed.pdf ? [{ filename: 'statement.pdf', content: composed.pdf, contentType: 'application/pdf' }] : [] });
      }
    }),
  );
  const emailMs = performance.now() - emailStart;
  await new Promise((resolve) => setTimeout(resolve, 200));
  const recipients = new Set(smtp.received.map((mail) => JSON.stringify(mail.to)));
  sender.close();
  await smtp.stop();

  const checks = { everyLetterIsAPdf: pdfs === LETTERS, everyEmailArrivedOnce: smtp.received.length === EMAILS && recipients.size === EMAILS };
  const result = {
    benchmark: 'notifications',
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((load) => +load.toFixed(2)) },
    letters: { count: LETTERS, seconds: +(letterMs / 1000).toFixed(2), perS: Math.round((LETTERS * 1000) / letterMs), averagePdfKb: Math.round(pdfBytes / LETTERS / 1024), peakRssMb: Math.round(Math.max(...rss) / MIB), rssGrowthAfterWarmUpMb: rssGrowthMb },
    emails: { count: EMAILS, concurrency: CONCURRENCY, seconds: +(emailMs / 1000).toFixed(2), perS: Math.round((EMAILS * 1000) / emailMs) },
    targets: {
      lettersPerS: { target: TARGETS.lettersPerSAtLeast, met: (LETTERS * 1000) / letterMs >= TARGETS.lettersPerSAtLeast },
      emailsPerS: { target: TARGETS.emailsPerSAtLeast, met: (EMAILS * 1000) / emailMs >= TARGETS.emailsPerSAtLeast },
    },
    checks,
  };
  console.table({
    'letters (PDF)': { count: LETTERS, perSecond: result.letters.perS, target: TARGETS.lettersPerSAtLeast, met: result.targets.lettersPerS.met },
    'e-mails to SMTP': { count: EMAILS, perSecond: result.emails.perS, target: TARGETS.emailsPerSAtLeast, met: result.targets.emailsPerS.met },
  });
  console.log(`RSS: peak ${result.letters.peakRssMb} MB, growth after warm-up ${rssGrowthMb} MB over ${LETTERS} letters; checks ${JSON.stringify(checks)}`);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'notifications.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (Object.values(checks).includes(false)) {
    console.error('FAILED: a letter or an e-mail was lost or doubled (see checks)');
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
