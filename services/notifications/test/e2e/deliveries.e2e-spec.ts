import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Audience, ClosureRecommendedSchema, ClosureReason, ContactChannel, DisputeOpenedSchema, LetterRequestedSchema, MessageRequestedSchema, NotificationFailedSchema, NotificationFailure, NotificationSentSchema, RemittanceIssuedSchema, InformationRequestedSchema, InformationTopic, CreditorInstructedSchema, CreditorInstructionKind } from '@collections/contracts';
import { Clock } from '@collections/clock';
import { ObjectStore } from '@collections/object-store';
import request from 'supertest';
import { waitFor, binaryBody } from '@collections/testing';
import { OPERATOR, startNotificationsApp, type NotificationsApp } from '../support/notifications-app';

const balance = { principal: { amountMinor: 123_456n, currency: 'EUR' }, interest: { amountMinor: 1_250n, currency: 'EUR' }, costs: { amountMinor: 0n, currency: 'EUR' }, charges: { amountMinor: 6_500n, currency: 'EUR' } };
const address = { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' };

describe('deliveries: letters, e-mails over real SMTP, retries and suppression (real PostgreSQL and Kafka)', () => {
  let notifications: NotificationsApp;

  beforeAll(async () => {
    notifications = await startNotificationsApp();
  }, 60_000);
  afterAll(() => notifications?.close());

  const email = (caseId: string, recipient: string, actionId = randomUUID()) =>
    notifications
      .send('dunning.actions.v1', MessageRequestedSchema, caseId, { caseId, actionId, step: 'first-reminder-email', channel: ContactChannel.EMAIL, recipient, templateKey: 'be.b2c.first-reminder-email', language: 'fr', balance, respondBy: '2026-12-15' })
      .then(() => actionId);

  it('sends an e-mail to the local SMTP server with the right recipient, subject and the statement attached, and says so once', async () => {
    const caseId = await notifications.openCase();
    const actionId = await email(caseId, 'helene.dubois@example.be');
    await notifications.deliver(actionId);

    const mail = notifications.smtp.received.find((received) => received.to && JSON.stringify(received.to).includes('helene.dubois@example.be'));
    expect(mail).toBeDefined();
    expect(mail!.subject).toBeTruthy();
    expect(mail!.attachments.map((attachment) => attachment.contentType)).toContain('application/pdf');
    const sent = await notifications.published(NotificationSentSchema, caseId);
    expect(sent).toEqual([expect.objectContaining({ actionId, channel: ContactChannel.EMAIL })]);
    expect(sent[0]!.document).toBeUndefined(); // only letters go to the creditor's documents
  });

  it('renders one letter for a LetterRequested delivered twice, kept as a document and handed to the print house once', async () => {
    const caseId = await notifications.openCase();
    const actionId = randomUUID();
    const eventId = randomUUID();
    const letter = { caseId, actionId, step: 'formal-notice', templateKey: 'be.b2c.formal-notice', language: 'fr', address, balance, respondBy: '2026-12-15' };
    await notifications.send('dunning.actions.v1', LetterRequestedSchema, caseId, letter, eventId);
    await notifications.send('dunning.actions.v1', LetterRequestedSchema, caseId, letter);
    await notifications.deliver(actionId);
    await waitFor('both requests consumed', async () => Number((await notifications.dataSource.query(`SELECT count(*) FROM inbox_messages WHERE event_type LIKE '%LetterRequested'`))[0].count) >= 2);
    await notifications.advance('1m');

    const [delivery] = await notifications.dataSource.query(`SELECT id, state FROM deliveries WHERE action_id = $1`, [actionId]);
    expect(delivery.state).toBe('sent');
    expect(readdirSync(notifications.letterDir).filter((file) => file === `${delivery.id}.pdf`)).toHaveLength(1);
    const sent = await notifications.published(NotificationSentSchema, caseId);
    expect(sent).toHaveLength(1);
    const [{ count }] = await notifications.dataSource.query(`SELECT count(*)::int AS count FROM documents WHERE case_id = $1`, [caseId]);
    expect(count).toBe(1);

    // The letter is in the object store for the creditor, and NotificationSent says where.
    const sentOn = timestampDate(sent[0]!.sentAt!).toISOString().slice(0, 10);
    const document = sent[0]!.document!;
    expect(document).toEqual(expect.objectContaining({
      documentId: delivery.id, objectKey: `letters/${caseId}/${delivery.id}.pdf`, contentType: 'application/pdf', fileName: `letter-be.b2c.formal-notice-${sentOn}.pdf`,
    }));
    const stored = await notifications.app.get(ObjectStore).get(document.objectKey);
    expect(stored).toEqual(expect.objectContaining({ contentType: 'application/pdf', fileName: document.fileName, sizeBytes: Number(document.sizeBytes) }));
    expect(stored!.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: stored!.body }).toString();
    expect(text).toContain('Hélène Dubois');
    expect(text).toContain('Brasserie Lambic SA');
    // The operators' endpoint still serves the same letter.
    const served = await request(notifications.app.getHttpServer()).get(`/ops/documents/${delivery.id}`).set(OPERATOR).buffer(true).parse(binaryBody).expect(200);
    expect(Buffer.compare(served.body as Buffer, stored!.body)).toBe(0);
  });

  it('bounces an unknown mailbox for good, suppresses it, and answers the next request to it with a suppression', async () => {
    const caseId = await notifications.openCase();
    const first = await email(caseId, 'unknown@example.be');
    await notifications.deliver(first);
    const second = await email(caseId, 'UNKNOWN@example.be');
    await notifications.deliver(second);

    const failures = await notifications.published(NotificationFailedSchema, caseId);
    expect(failures).toEqual([
      expect.objectContaining({ actionId: first, failure: NotificationFailure.INVALID_RECIPIENT, permanent: true }),
      expect.objectContaining({ actionId: second, failure: NotificationFailure.SUPPRESSED, permanent: true }),
    ]);
  });

  it('sends nothing to a debtor whose case is disputed, and says why', async () => {
    const caseId = await notifications.openCase();
    await notifications.send('contact-center.interactions.v1', DisputeOpenedSchema, caseId, { caseId, disputeId: 'd-1', summary: 'goods not delivered' });
    await waitFor('dispute recorded', async () => (await notifications.dataSource.query(`SELECT 1 FROM case_suppressions WHERE case_id = $1`, [caseId])).length > 0);
    const sentBefore = notifications.smtp.received.length;
    const actionId = await email(caseId, 'helene.dubois@example.be');
    await notifications.deliver(actionId);

    expect(notifications.smtp.received.length).toBe(sentBefore);
    expect(await notifications.published(NotificationFailedSchema, caseId)).toEqual([expect.objectContaining({ actionId, failure: NotificationFailure.SUPPRESSED, detail: expect.stringContaining('dispute') })]);
  });

  it('retries while the SMTP server is down and reports NotificationFailed once the retries are spent', async () => {
    const caseId = await notifications.openCase();
    const port = notifications.smtp.port;
    await notifications.smtp.stop();
    try {
      const actionId = await email(caseId, 'helene.dubois@example.be');
      await notifications.deliver(actionId);
      expect((await notifications.dataSource.query(`SELECT state, attempts FROM deliveries WHERE action_id = $1`, [actionId]))[0]).toEqual({ state: 'pending', attempts: 1 });
      for (const wait of ['1m', '5m', '30m', '2h']) await notifications.advance(wait);

      expect(await notifications.published(NotificationFailedSchema, caseId)).toEqual([expect.objectContaining({ actionId, failure: NotificationFailure.PROVIDER_ERROR, permanent: false })]);
      expect((await notifications.dataSource.query(`SELECT state, attempts FROM deliveries WHERE action_id = $1`, [actionId]))[0]).toEqual({ state: 'failed', attempts: 5 });
    } finally {
      await notifications.smtp.start(port);
    }
  });

  it('writes to the creditor when the agency recommends closing a case, and reports a creditor without an address', async () => {
    const caseId = await notifications.openCase({ creditorEmail: 'credit.control@lambic.example' });
    const recommendationId = randomUUID();
    await notifications.send('dunning.actions.v1', ClosureRecommendedSchema, caseId, { caseId, recommendationId, reason: ClosureReason.UNREACHABLE, explanation: 'The debtor cannot be reached on any channel.' });
    await waitFor('creditor delivery recorded', async () => (await notifications.dataSource.query(`SELECT 1 FROM deliveries WHERE case_id = $1 AND audience = 'creditor'`, [caseId])).length > 0);
    await notifications.advance('1m');

    const mail = notifications.smtp.received.find((received) => JSON.stringify(received.to).includes('credit.control@lambic.example'));
    expect(mail?.text).toContain('The debtor cannot be reached on any channel.');
    expect(await notifications.published(NotificationSentSchema, caseId)).toEqual([expect.objectContaining({ audience: Audience.CREDITOR, channel: ContactChannel.EMAIL })]);

    const silent = await notifications.openCase();
    await notifications.send('dunning.actions.v1', ClosureRecommendedSchema, silent, { caseId: silent, recommendationId: randomUUID(), reason: ClosureReason.UNECONOMIC, explanation: 'Too small to pursue.' });
    await waitFor('failure reported', async () => (await notifications.published(NotificationFailedSchema, silent)).length > 0);
    expect((await notifications.published(NotificationFailedSchema, silent))[0]).toMatchObject({ audience: Audience.CREDITOR, failure: NotificationFailure.SUPPRESSED });
  });

  it('holds a creditor\'s messages for the daily digest: one e-mail in the creditor\'s language, with the remittance notice', async () => {
    const creditorId = randomUUID();
    const creditor = { creditorEmail: 'comptabilite@lambic.example', creditorId, creditorLanguage: 'fr', dailyDigest: true };
    const [first, second] = [await notifications.openCase(creditor), await notifications.openCase(creditor)];
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    await notifications.send('dunning.actions.v1', ClosureRecommendedSchema, first, { caseId: first, recommendationId: randomUUID(), reason: ClosureReason.UNREACHABLE, explanation: 'Le débiteur est injoignable.' });
    await notifications.send('payments.creditor-accounts.v1', RemittanceIssuedSchema, creditorId, {
      remittanceId: 'REM-TEST-1', creditorId, paidOn: '2026-11-20', statementId: randomUUID(),
      lines: [
        { caseId: first, paymentId: randomUUID(), collected: eur(10_000n), commission: eur(1_500n), costs: eur(0n), paidOut: eur(8_500n) },
        { caseId: second, paymentId: randomUUID(), collected: eur(20_000n), commission: eur(3_000n), costs: eur(250n), paidOut: eur(16_750n) },
      ],
      collected: eur(30_000n), commission: eur(4_500n), costs: eur(250n), paidOut: eur(25_250n),
    });
    await waitFor('both creditor messages held', async () => (await notifications.dataSource.query(`SELECT 1 FROM deliveries WHERE recipient = $1`, [creditor.creditorEmail])).length === 2);
    const toCreditor = () => notifications.smtp.received.filter((received) => JSON.stringify(received.to).includes(creditor.creditorEmail));

    await notifications.advance('1m');
    expect(toCreditor()).toHaveLength(0);
    await notifications.advance('1d');

    expect(toCreditor()).toHaveLength(1);
    const [digest] = toCreditor();
    expect(digest!.subject).toContain('votre récapitulatif du jour (2 messages)');
    expect(digest!.text).toContain('Le débiteur est injoignable.');
    expect(digest!.text).toContain('Reversement REM-TEST-1');
    expect(digest!.text).toMatch(/encaissé 200,00\s€, commission 30,00\s€, frais 2,50\s€, reversé 167,50\s€/);
    expect(digest!.text).toMatch(/Total : encaissé 300,00\s€, commission 45,00\s€, frais 2,50\s€, reversé 252,50\s€/);
    expect(await notifications.published(NotificationSentSchema, first)).toHaveLength(2);
  });

  it('reminds the creditor of an unanswered request two days before its deadline, and not once it is answered', async () => {
    const creditorId = randomUUID();
    const creditor = { creditorEmail: 'juridique@lambic.example', creditorId, creditorLanguage: 'fr' };
    const [unanswered, answered] = [await notifications.openCase(creditor), await notifications.openCase(creditor)];
    const today = (await notifications.app.get(Clock)).now();
    const answerBy = new Date(today.getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    const ask = (caseId: string, requestId: string) =>
      notifications.send('contact-center.interactions.v1', InformationRequestedSchema, caseId, { caseId, requestId, topic: InformationTopic.SUPPORTING_DOCUMENTS, question: 'Merci de nous envoyer le bon de livraison.', answerBy });
    const [first, second] = [randomUUID(), randomUUID()];
    await ask(unanswered, first);
    await ask(answered, second);
    // The answer may overtake the request (another topic): the reminder is withdrawn either way.
    await notifications.send('intake.cases.v1', CreditorInstructedSchema, answered, { caseId: answered, creditorId, instructionId: randomUUID(), kind: CreditorInstructionKind.PROVIDE_INFORMATION, inReplyTo: second, note: 'ci-joint' });
    await waitFor('both requests recorded', async () => (await notifications.dataSource.query(`SELECT 1 FROM deliveries WHERE recipient = $1 AND request_key LIKE 'event:%'`, [creditor.creditorEmail])).length === 2);
    await waitFor('the unanswered one\'s reminder scheduled', async () => (await notifications.dataSource.query(`SELECT state FROM deliveries WHERE request_key = $1`, [`reminder:${first}`]))[0]?.state === 'pending');
    await waitFor('the answered reminder withdrawn', async () => (await notifications.dataSource.query(`SELECT state FROM deliveries WHERE request_key = $1`, [`reminder:${second}`]))[0]?.state === 'suppressed');
    const toCreditor = () => notifications.smtp.received.filter((received) => JSON.stringify(received.to).includes(creditor.creditorEmail));

    await notifications.advance('1m');
    expect(toCreditor()).toHaveLength(2);
    expect(toCreditor().some((mail) => mail.subject?.startsWith('Rappel'))).toBe(false);
    await notifications.advance('9d'); // past day 8 at 06:00 UTC, whatever the hour now
    const reminders = toCreditor().filter((mail) => mail.subject?.startsWith('Rappel :'));
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.text).toContain('Merci de nous envoyer le bon de livraison.');
    expect(await notifications.published(NotificationFailedSchema, answered)).toEqual([]);
  });
});
