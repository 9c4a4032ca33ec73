/**
 * Notifications benchmark (not a test): letters composed and rendered to PDF per second (templates,
 * layout, pdfkit) with the process's RSS sampled over the run (it must stay flat), and e-mails
 * composed (with the statement as PDF, as the service sends them) and delivered per second to a real
 * local SMTP server (the `smtp-server` package) through the service's SMTP sender.
 *
 *   npm run bench:notifications                               # 10,000 letters, 2,000 e-mails
 *   BENCH_LETTERS=2000 BENCH_EMAILS=500 BENCH_PASS_EMAILS=500 npm run bench:notifications
 *
 * Phases 1 and 2 are in-process, with no database or broker. Phase 3 sends e-mails as the service does:
 * pending deliveries in a throw-away PostgreSQL database (TEST_DATABASE_SERVER, default the local
 * one), delivery passes (`deliverDue`, batches of 50 as DELIVERY_BATCH_SIZE, an SmtpEmailSender set up
 * as the service's is) claiming them, composing,
 * sending and recording each as sent with its NotificationSent in the outbox; it checks every row
 * ended sent with one event. The SMTP server runs in a process of its own (this file, forked with `--smtp-server`), as
 * the relay is not the service: on the same machine and cores, but its work is not counted as the
 * service's CPU. It reads every message whole, records the envelope recipient and checks the
 * message carries a PDF attachment (the base64 of `%PDF-` after an `application/pdf` part header);
 * one message in 50 is also parsed with mailparser, its attachment decoded and checked to be a PDF.
 * Checks that every letter is a PDF and every e-mail arrived once with its statement. Reports the
 * CPU the service's side used per letter and per e-mail. Writes bench/results/notifications.json.
 * Targets are reported, never asserted.
 */
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FixedClock } from '@collections/clock';
import { catalogLookup, OutboxWriter } from '@collections/messaging';
import { createThrowawayDatabase, openMigrated } from '@collections/testing';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { deliverDue, type Channels } from '../services/notifications/src/application/commands/deliver-due';
import { DocumentArchive } from '../services/notifications/src/application/ports/document-archive.port';
import { NOTIFICATIONS_MIGRATIONS } from '../services/notifications/src/adapters/persistence/migrations';
import { TypeOrmUnitOfWork } from '../services/notifications/src/adapters/persistence/typeorm-unit-of-work';
import type { CaseFacts, CreditorIdentity, Delivery } from '../services/notifications/src/application/ports/delivery.ports';
import { SmtpEmailSender } from '../services/notifications/src/adapters/channels/smtp-email.sender';
import { TemplateMessageComposer } from '../services/notifications/src/adapters/composing/template-message.composer';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 10_000);
const EMAILS = Number(process.env.BENCH_EMAILS ?? 2_000);
const CONCURRENCY = Number(process.env.BENCH_SMTP_CONCURRENCY ?? 8);
const PASS_EMAILS = Number(process.env.BENCH_PASS_EMAILS ?? 2_000);
const PASS_BATCH = 50;
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

/** What the SMTP server process saw. */
interface Received {
  messages: number;
  recipients: string[];
  withPdf: number;
  parsed: number;
  parsedWithPdf: number;
  cpuMs: number;
}

const PDF_PART = /Content-Type: application\/pdf[^]*?\r\n\r\nJVBERi0/;

/** The SMTP server process: takes every message, keeps what the checks need, answers `report` with it. */
function smtpServerProcess(): void {
  const received: Received = { messages: 0, recipients: [], withPdf: 0, parsed: 0, parsedWithPdf: 0, cpuMs: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        received.messages += 1;
        received.recipients.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
        if (PDF_PART.test(raw.toString('latin1'))) received.withPdf += 1;
        if (received.messages % 50 !== 1) return callback();
        simpleParser(raw).then((mail) => {
          received.parsed += 1;
          if (mail.attachments.some((attachment) => attachment.contentType === 'application/pdf' && attachment.content.subarray(0, 5).toString() === '%PDF-')) received.parsedWithPdf += 1;
          callback();
        }, callback);
      });
    },
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.server.address() as AddressInfo).port }));
  process.on('message', (message) => {
    if (message !== 'report') return;
    const cpu = process.cpuUsage();
    process.send!({ ...received, cpuMs: (cpu.user + cpu.system) / 1000 }, () => server.close(() => process.exit(0)));
  });
}

async function startSmtpServer(): Promise<{ port: number; report: () => Promise<Received> }> {
  const child = fork(__filename, ['--smtp-server'], { execArgv: ['-r', '@swc-node/register'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port));
    child.once('exit', (code) => reject(new Error(`the SMTP server process exited (${code})`)));
  });
  return {
    port,
    report: () => new Promise<Received>((resolve) => {
      child.once('message', (message) => resolve(message as Received));
      child.send('report');
    }),
  };
}

const cpuMsSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

async function main(): Promise<void> {
  const composer = new TemplateMessageComposer();
  const creditors = new Map<string, CreditorIdentity>([[CREDITOR, { name: 'Brasserie Lambic SA', enterpriseNumber: 'BE 0403.170.701', address: { lines: ['Rue du Lombard 10'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } }]]);
  const factsOf = (i: number) => new Map<string, CaseFacts>([[caseId(i), { creditorId: CREDITOR, creditorName: '', creditorReference: `INV-${i}`, debtorName: `Hélène Dubois ${i}`, debtorKind: 'person', country: 'BE', invoices: [] }]]);
  const now = new Date('2026-11-23T09:00:00Z');

  // 1. Letters: compose and render, RSS sampled every 500 letters.
  const rss: number[] = [];
  let pdfBytes = 0;
  let pdfs = 0;
  const letterCpu = process.cpuUsage();
  const letterStart = performance.now();
  for (let i = 0; i < LETTERS; i += 1) {
    const composed = await composer.compose(delivery(i, 'letter'), factsOf(i), creditors, now);
    if (composed.pdf?.subarray(0, 5).toString() === '%PDF-') pdfs += 1;
    pdfBytes += composed.pdf?.length ?? 0;
    if (i % 500 === 0) rss.push(process.memoryUsage().rss);
  }
  const letterMs = performance.now() - letterStart;
  const letterCpuMs = cpuMsSince(letterCpu);
  rss.push(process.memoryUsage().rss);
  const settled = rss.slice(Math.floor(rss.length / 4));
  const rssGrowthMb = Math.round((settled[settled.length - 1]! - settled[0]!) / MIB);

  // 2. E-mails: composed with the statement attached, sent to a local SMTP server by CONCURRENCY senders.
  const smtp = await startSmtpServer();
  const sender = new SmtpEmailSender({ url: `smtp://127.0.0.1:${smtp.port}?pool=true&maxConnections=${CONCURRENCY}`, from: 'Collections Agency <no-reply@agency.example>' });
  const emailCpu = process.cpuUsage();
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
  const emailCpuMs = cpuMsSince(emailCpu);

  // 3. E-mails through the delivery passes: claimed from PostgreSQL, composed, sent, recorded with their events.
  // Its own sender, configured as the service's is (SMTP_URL without options: the sender's own pool settings).
  const passSender = new SmtpEmailSender({ url: `smtp://127.0.0.1:${smtp.port}`, from: 'Collections Agency <no-reply@agency.example>' });
  const pass = await deliveryPasses(composer, passSender, creditors, factsOf, now);
  passSender.close();
  sender.close();
  const received = await smtp.report();
  const recipients = new Set(received.recipients);
  const expectedRecipients = [...Array.from({ length: EMAILS }, (_, i) => `debtor${i}@example.be`), ...Array.from({ length: PASS_EMAILS }, (_, k) => `debtor${PASS_FIRST + k}@example.be`)];

  const checks = {
    everyLetterIsAPdf: pdfs === LETTERS,
    everyEmailArrivedOnce: received.messages === expectedRecipients.length && received.recipients.length === expectedRecipients.length && recipients.size === expectedRecipients.length && expectedRecipients.every((to) => recipients.has(to)),
    everyEmailCarriesItsStatementPdf: received.withPdf === expectedRecipients.length && received.parsed > 0 && received.parsedWithPdf === received.parsed,
    everyPassDeliverySentOnceWithOneEvent: pass.sentRows === PASS_EMAILS && pass.otherRows === 0 && pass.sentEvents === PASS_EMAILS && pass.eventKeys === PASS_EMAILS,
  };
  const result = {
    benchmark: 'notifications',
    at: new Date().toISOString(),
    machine: { cpus: cpus().length, loadAverage: loadavg().map((load) => +load.toFixed(2)) },
    letters: { count: LETTERS, seconds: +(letterMs / 1000).toFixed(2), perS: Math.round((LETTERS * 1000) / letterMs), cpuMsEach: +(letterCpuMs / LETTERS).toFixed(2), averagePdfKb: Math.round(pdfBytes / LETTERS / 1024), peakRssMb: Math.round(Math.max(...rss) / MIB), rssGrowthAfterWarmUpMb: rssGrowthMb },
    emails: {
      count: EMAILS, concurrency: CONCURRENCY, seconds: +(emailMs / 1000).toFixed(2), perS: Math.round((EMAILS * 1000) / emailMs),
      // The service's side (compose, render, SMTP client) in this process, and the SMTP server's whole process (start-up included).
      cpuMsEach: +(emailCpuMs / EMAILS).toFixed(2), smtpServerCpuMs: Math.round(received.cpuMs), smtpServerParsedWhole: received.parsed,
    },
    // The service's delivery passes: this process's CPU (PostgreSQL's is its own processes').
    emailsThroughDeliveryPasses: { count: PASS_EMAILS, batch: PASS_BATCH, passes: pass.passes, seconds: +(pass.ms / 1000).toFixed(2), perS: Math.round((PASS_EMAILS * 1000) / pass.ms), cpuMsEach: +(pass.cpuMs / PASS_EMAILS).toFixed(2) },
    targets: {
      lettersPerS: { target: TARGETS.lettersPerSAtLeast, met: (LETTERS * 1000) / letterMs >= TARGETS.lettersPerSAtLeast },
      emailsPerS: { target: TARGETS.emailsPerSAtLeast, met: (EMAILS * 1000) / emailMs >= TARGETS.emailsPerSAtLeast },
    },
    checks,
  };
  console.table({
    'letters (PDF)': { count: LETTERS, perSecond: result.letters.perS, cpuMsEach: result.letters.cpuMsEach, target: TARGETS.lettersPerSAtLeast, met: result.targets.lettersPerS.met },
    'e-mails to SMTP': { count: EMAILS, perSecond: result.emails.perS, cpuMsEach: result.emails.cpuMsEach, target: TARGETS.emailsPerSAtLeast, met: result.targets.emailsPerS.met },
    'e-mails, delivery passes + DB': { count: PASS_EMAILS, perSecond: result.emailsThroughDeliveryPasses.perS, cpuMsEach: result.emailsThroughDeliveryPasses.cpuMsEach, target: TARGETS.emailsPerSAtLeast, met: result.emailsThroughDeliveryPasses.perS >= TARGETS.emailsPerSAtLeast },
  });
  console.log(`load average ${result.machine.loadAverage.join(' ')} on ${result.machine.cpus} cores; SMTP server process ${result.emails.smtpServerCpuMs} ms CPU`);
  console.log(`RSS: peak ${result.letters.peakRssMb} MB, growth after warm-up ${rssGrowthMb} MB over ${LETTERS} letters; checks ${JSON.stringify(checks)}`);
  mkdirSync(join(__dirname, 'results'), { recursive: true });
  writeFileSync(join(__dirname, 'results', 'notifications.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (Object.values(checks).includes(false)) {
    console.error('FAILED: a letter or an e-mail was lost or doubled (see checks)');
    process.exitCode = 1;
  }
}

/** Delivery numbers of phase 3, far from phase 2's (their recipients are told apart by number). */
const PASS_FIRST = 100_000;

/** No letters in phase 3: the document archive is never asked. */
class NoArchive extends DocumentArchive {
  async store(): Promise<never> {
    throw new Error('phase 3 sends e-mails only');
  }
}

/**
 * Phase 3: PASS_EMAILS pending e-mail deliveries (with their case facts and the creditor's identity)
 * in a throw-away database, then delivery passes until one finds nothing due; timed from the first
 * pass. Reports what the rows and the outbox say afterwards.
 */
async function deliveryPasses(composer: TemplateMessageComposer, sender: SmtpEmailSender, creditors: Map<string, CreditorIdentity>, factsOf: (i: number) => Map<string, CaseFacts>, now: Date) {
  const database = await createThrowawayDatabase('notifications_bench');
  const dataSource = await openMigrated(database.url, { migrations: NOTIFICATIONS_MIGRATIONS, poolSize: 4 });
  try {
    const clock = new FixedClock(now.toISOString());
    const uow = new TypeOrmUnitOfWork(dataSource, new OutboxWriter({ source: '/collections/notifications', now: () => clock.now(), lookup: catalogLookup }));
    const deliveries = Array.from({ length: PASS_EMAILS }, (_, k) => delivery(PASS_FIRST + k, 'email'));
    const column = <K extends keyof Delivery>(key: K) => deliveries.map((entry) => entry[key]);
    await uow.run(async (tx) => {
      for (const [creditorId, identity] of creditors) await tx.cases.saveCreditor(creditorId, identity);
    });
    await dataSource.query(`INSERT INTO case_facts (case_id, facts) SELECT * FROM unnest($1::uuid[], $2::jsonb[])`, [
      column('caseId'), deliveries.map((_, k) => JSON.stringify(factsOf(PASS_FIRST + k).get(deliveries[k]!.caseId))),
    ]);
    await dataSource.query(
      `INSERT INTO deliveries (id, request_key, case_id, action_id, audience, channel, recipient, template_key, language, request, state, next_attempt_at)
       SELECT u.*, 'pending', $11::timestamptz FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[]) AS u`,
      [column('id'), column('requestKey'), column('caseId'), column('actionId'), column('audience'), column('channel'), column('recipient'), column('templateKey'), column('language'), deliveries.map((entry) => JSON.stringify(entry.details)), new Date(now.getTime() - 60_000).toISOString()],
    );
    const channels = { email: sender, sms: undefined, letters: undefined } as unknown as Channels;
    const archive = new NoArchive();
    const cpu = process.cpuUsage();
    const start = performance.now();
    let passes = 0;
    for (;;) {
      const report = await deliverDue(uow, composer, channels, archive, clock, PASS_BATCH);
      passes += 1;
      if (report.sent + report.retried + report.failed === 0) break;
    }
    const ms = performance.now() - start;
    const cpuMs = cpuMsSince(cpu);
    const states: Array<{ state: string; count: string }> = await dataSource.query(`SELECT state, count(*) AS count FROM deliveries GROUP BY state`);
    const sentRows = Number(states.find((row) => row.state === 'sent')?.count ?? 0);
    const otherRows = states.reduce((total, row) => total + Number(row.count), 0) - sentRows;
    const [events] = (await dataSource.query(`SELECT count(*) AS count, count(DISTINCT message_key) AS keys FROM outbox_messages WHERE event_type LIKE '%NotificationSent'`)) as Array<{ count: string; keys: string }>;
    return { passes, ms, cpuMs, sentRows, otherRows, sentEvents: Number(events!.count), eventKeys: Number(events!.keys) };
  } finally {
    await dataSource.destroy();
    await database.drop();
  }
}

if (process.argv.includes('--smtp-server')) {
  smtpServerProcess();
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
