import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DescMessage } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { ObjectStore } from '@collections/object-store';
import { Audience, ContactChannel, ContactDirection, ContactOutcomeRecordedSchema, ContactResult, CreditorApprovalRequestedSchema, InformationRequestedSchema, InformationTopic, NotificationSentSchema, PaymentMethod, PaymentReceivedSchema } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { testKafka, waitFor } from '@collections/testing';
import type { Producer } from 'kafkajs';
import { chromium, type Browser, type Page } from 'playwright-core';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { addConsultant, createCreditor, OPERATOR, startIntake, type IntakeApp } from '../support/intake-app';

const ROOT = join(__dirname, '../../../..');
const PORTAL_DIST = join(ROOT, 'services/intake/portal/dist');
const SCREENSHOTS = join(ROOT, 'tmp/portal-screenshots');
const PASSWORD = 'Violet-Harbour-2026!';
const HOSTILE_MESSAGE = '<script>alert(1)</script> Could you call the debtor again?';
const HOSTILE_NOTE = '<img src=x onerror=alert(2)> promised to pay on Friday';
const HOSTILE_FILE = '<img src=x onerror=alert(3)>.txt';

/**
 * The creditor portal in a real browser (Debian's Chromium, headless, driven by playwright-core),
 * against intake on a real port with real PostgreSQL and Kafka. Screenshots of each page are written to
 * tmp/portal-screenshots/ under the repository's root, on the machine that ran the tests (a direct jest
 * run or `npm test`), replacing the previous run's. CI (`bash .ci/run`) archives nothing: to see them,
 * run the test and open that folder.
 */
const LETTER_PDF = Buffer.from('%PDF-1.4\n% the first reminder\n%%EOF\n');

describe('the creditor portal in Chromium', () => {
  let intake: IntakeApp;
  let producer: Producer;
  let browser: Browser;
  let base: string;
  let creditor: Awaited<ReturnType<typeof createCreditor>>;
  let caseId: string;
  const approvalId = randomUUID();
  const email = `claire.martin.${Date.now()}@voltix.example`;

  beforeAll(async () => {
    // CI builds the portal before the integration tests (tools/platform.sh); a local run builds it here when missing.
    if (!existsSync(join(PORTAL_DIST, 'index.html'))) execFileSync('npx', ['vite', 'build', 'services/intake/portal'], { cwd: ROOT, stdio: 'ignore' });
    mkdirSync(SCREENSHOTS, { recursive: true });
    intake = await startIntake({ PORTAL_DIST_DIR: PORTAL_DIST });
    await new Promise<void>((resolve) => intake.app.getHttpServer().listen(0, resolve));
    // localhost, not 127.0.0.1: browsers accept a Secure cookie over plain http only from localhost.
    base = `http://localhost:${(intake.app.getHttpServer().address() as AddressInfo).port}`;
    producer = testKafka().producer();
    await producer.connect();

    creditor = await createCreditor(intake, 'Voltix Energy NV');
    await addConsultant(intake, { name: 'Sofie Peeters', countries: ['BE'], languages: ['fr', 'nl'] });
    await request(intake.app.getHttpServer()).post(`/ops/creditors/${creditor.creditorId}/users`).set(OPERATOR)
      .send({ email, name: 'Claire Martin', role: 'manager', language: 'en', password: PASSWORD }).expect(201);
    caseId = (await request(intake.app.getHttpServer()).post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'VOLTIX-2026-0042' })).expect(201)).body.id;
    await seedTimeline();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await producer?.disconnect();
    await intake?.close();
  });

  /** Publishes an event as its service would (CloudEvents headers, protobuf body, keyed by case). */
  const send = async <S extends DescMessage>(topic: string, schema: S, data: Record<string, unknown>, at: Date) => {
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/test', type: schema.typeName, specversion: '1.0', time: at.toISOString(), subject: caseId });
    await producer.send({ topic, messages: [{ key: caseId, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };
  const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
  const timelineKinds = async () =>
    ((await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline`).set(creditor.auth).expect(200)).body.entries as Array<{ kind: string }>).map((entry) => entry.kind);

  async function seedTimeline() {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    // Notifications keeps the letter in the object store before it announces it.
    const letterId = randomUUID();
    await intake.app.get(ObjectStore).put(`letters/${caseId}/${letterId}.pdf`, LETTER_PDF, { contentType: 'application/pdf', fileName: 'letter-be.b2c.first-reminder.pdf' });
    await send('notifications.deliveries.v1', NotificationSentSchema, {
      caseId, notificationId: letterId, actionId: 'a-1', audience: Audience.DEBTOR, channel: ContactChannel.LETTER, templateKey: 'be.b2c.first-reminder', language: 'fr', sentAt: timestampFromDate(hoursAgo(48)),
      document: { documentId: letterId, fileName: 'letter-be.b2c.first-reminder.pdf', contentType: 'application/pdf', sizeBytes: BigInt(LETTER_PDF.length), objectKey: `letters/${caseId}/${letterId}.pdf` },
    }, hoursAgo(48));
    await send('contact-center.interactions.v1', ContactOutcomeRecordedSchema, {
      caseId, interactionId: randomUUID(), actionId: 'a-2', agentId: 'agent-7', channel: ContactChannel.PHONE, direction: ContactDirection.OUTBOUND, result: ContactResult.PROMISE_TO_PAY,
      contactedAt: timestampFromDate(hoursAgo(24)), note: HOSTILE_NOTE,
    }, hoursAgo(24));
    // A plan above the EUR 50,000 authority limit: the agency needs the creditor's approval.
    await send('contact-center.interactions.v1', CreditorApprovalRequestedSchema, {
      caseId, requestId: approvalId, proposal: { case: 'paymentPlan', value: { instalments: [{ number: 1, dueDate: '2026-12-15', amount: eur(3_000_000n) }, { number: 2, dueDate: '2027-01-15', amount: eur(3_000_000n) }] } },
      balance: { principal: eur(6_000_000n) }, explanation: 'Plan above EUR 50,000: your approval is needed.', answerBy: '2026-12-10',
    }, hoursAgo(2));
    await waitFor('the seeded timeline', async () => (await timelineKinds()).length === 3, { timeoutMs: 30_000 });
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('signs in, follows a case live, writes to the consultant, approves a plan, downloads a report and signs out; hostile text stays text', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'en-GB' });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // A wrong password shows the one refusal message.
    await page.goto(`${base}/portal/`);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Wrong e-mail address or password.').waitFor();
    await shot(page, '01-sign-in-refused');

    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Portfolio' }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === '__Host-portal-session')).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' });
    const row = page.locator('table.cases tbody tr', { hasText: 'VOLTIX-2026-0042' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Marie Dubois');
    expect(await row.textContent()).toContain('Sofie Peeters');
    expect(await row.textContent()).toContain('Your decision: Approve a plan or settlement');
    const { claimedMinor } = (await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}`).set(creditor.auth).expect(200)).body;
    expect(await row.textContent()).toContain(new Intl.NumberFormat('en', { style: 'currency', currency: 'EUR' }).format(claimedMinor / 100));
    await page.getByLabel('Language').selectOption('fr');
    await page.getByRole('heading', { name: 'Portefeuille' }).waitFor();
    await page.getByLabel('Langue').selectOption('en');
    await shot(page, '02-portfolio');

    await row.getByRole('link', { name: 'VOLTIX-2026-0042' }).click();
    await page.getByRole('heading', { name: 'Case VOLTIX-2026-0042' }).waitFor();
    const timeline = page.locator('section.timeline');
    await timeline.getByText('Letter sent').waitFor();
    await timeline.getByText('Phone call').waitFor();
    await timeline.getByText('Approval requested').waitFor();
    expect(await timeline.getByText(HOSTILE_NOTE).count()).toBe(1);
    // The letter sent is downloadable from its entry.
    const [letter] = await Promise.all([page.waitForEvent('download'), timeline.getByRole('link', { name: /letter-be\.b2c\.first-reminder\.pdf/ }).click()]);
    expect(readFileSync((await letter.path())!).equals(LETTER_PDF)).toBe(true);
    // A new event appears without reloading the page (Server-Sent Events).
    await page.getByText('Live updates on').waitFor();
    await send('payments.ledger.v1', PaymentReceivedSchema, { caseId, paymentId: 'p-1', amount: eur(25_000n), method: PaymentMethod.BANK_TRANSFER, valueDate: new Date().toISOString().slice(0, 10), payerReference: '' }, new Date());
    await timeline.getByText('Payment received').waitFor({ timeout: 30_000 });
    await shot(page, '03-case');

    // The message step needs the messages endpoints (GET/POST /v1/cases/:id/messages).
    const messages = page.locator('section.messages');
    await messages.getByLabel('Your message').fill(HOSTILE_MESSAGE);
    await messages.locator('input[type=file]').setInputFiles({ name: HOSTILE_FILE, mimeType: 'text/plain', buffer: Buffer.from('Call notes: the debtor asked for 6 instalments.\n') });
    await messages.getByRole('button', { name: 'Send' }).click();
    await messages.getByText('Message sent.').waitFor();
    await messages.locator('p.body', { hasText: HOSTILE_MESSAGE }).waitFor();
    await messages.getByRole('link', { name: HOSTILE_FILE }).waitFor();
    expect(await messages.locator('script, img').count()).toBe(0);
    expect(await messages.getByText('Not read yet').count()).toBe(1);
    await shot(page, '04-case-message-sent');

    await page.getByRole('link', { name: 'Pending decisions' }).click();
    await page.getByRole('heading', { name: 'Pending decisions' }).waitFor();
    const decision = page.locator(`li[data-request-id="${approvalId}"]`);
    await decision.getByText('Plan above EUR 50,000: your approval is needed.').waitFor();
    await shot(page, '05-pending-decisions');
    await decision.getByLabel('Note (optional)').fill('Approved: two instalments of EUR 30,000.');
    await decision.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Answer recorded: Approve.').waitFor();
    await decision.waitFor({ state: 'detached' });
    expect(await intake.dataSource.query(`SELECT kind, in_reply_to, note FROM creditor_instructions WHERE case_id = $1`, [caseId])).toEqual([
      { kind: 'approve', in_reply_to: approvalId, note: 'Approved: two instalments of EUR 30,000.' },
    ]);
    await shot(page, '06-decision-answered');

    // The agency asks about a payment the debtor says went to the creditor: it appears on the open page
    // without reloading (Server-Sent Events), and is reported from the form.
    await page.locator('h1', { hasText: 'Live updates on' }).waitFor();
    const loadedAt = await page.evaluate(() => performance.timeOrigin);
    const askedId = randomUUID();
    const answerBy = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await send('contact-center.interactions.v1', InformationRequestedSchema, {
      caseId, requestId: askedId, topic: InformationTopic.DIRECT_PAYMENT, question: 'The debtor says they paid you EUR 250 directly: please report it.', answerBy,
    }, new Date());
    const question = page.locator(`li[data-request-id="${askedId}"]`);
    await question.getByText('please report it').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt);
    await question.getByLabel('Amount received (EUR)').fill('250,5');
    await question.getByLabel('Received on').fill(new Date().toISOString().slice(0, 10));
    await question.getByLabel('Your reference').fill('BANK-0042');
    await question.getByRole('button', { name: 'Report the payment' }).click();
    await page.getByText('Answer recorded: Report the payment.').waitFor();
    await question.waitFor({ state: 'detached' });
    expect(await intake.dataSource.query(`SELECT amount_minor, reference, in_reply_to FROM direct_payment_reports WHERE case_id = $1`, [caseId])).toEqual([{ amount_minor: '25050', reference: 'BANK-0042', in_reply_to: askedId }]);

    await page.getByRole('link', { name: 'Reports' }).click();
    const report = page.locator('table.report tbody tr', { hasText: 'BE' });
    await report.waitFor();
    expect(await report.textContent()).toContain('EUR');
    await shot(page, '07-reports');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\n');
    expect(download.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv[0]).toMatch(/^country,currency,cases_placed,/);
    expect(csv[1]).toMatch(/^BE,EUR,1,/);
    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toMatch(/^\/v1\/reports\/portfolio\?from=\d{4}-01-01&to=\d{4}-\d{2}-\d{2}&format=pdf$/);
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
    expect(readFileSync((await pdf.path())!).subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await context.request.get(`${base}/portal/api/session`)).status()).toBe(401);
    await shot(page, '08-signed-out');

    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  }, 240_000);
});
