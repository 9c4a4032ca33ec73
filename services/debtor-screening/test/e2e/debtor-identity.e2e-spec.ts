import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { fromBinary } from '@bufbuild/protobuf';
import { CaseOpenedSchema, CaseWithdrawnSchema, ContactChannel, DebtCategory, DebtorScreenedSchema, ScreeningVerdict } from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { loadConfig } from '@collections/observability';
import { createThrowawayDatabase, testBrokers, testKafka, waitFor, type ThrowawayDatabase } from '@collections/testing';
import type { Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { DebtorScreeningConfig } from '../../src/config/debtor-screening.config';
import { DebtorScreeningModule } from '../../src/debtor-screening.module';

type Party = { case: 'person'; value: Record<string, string> } | { case: 'company'; value: Record<string, string> };

describe('one debtor across cases and creditors, screened once per case (real PostgreSQL and Kafka)', () => {
  let database: ThrowawayDatabase;
  let app: INestApplication;
  let dataSource: DataSource;
  let producer: Producer;

  beforeAll(async () => {
    database = await createThrowawayDatabase('screening');
    const config = loadConfig(DebtorScreeningConfig, { NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn' });
    app = await NestFactory.create(DebtorScreeningModule.forRoot(config), { logger: false });
    await app.init();
    dataSource = app.get(DataSource);
    producer = testKafka().producer();
    await producer.connect();
  }, 60_000);
  afterAll(async () => {
    await producer?.disconnect();
    await app?.close();
    await database?.drop();
  });

  /** Publishes CaseOpened as intake would (CloudEvents headers, keyed by case id); returns the case id. */
  async function caseOpened(party: Party, postalCode: string, { creditorId = randomUUID(), times = 1 } = {}): Promise<string> {
    const caseId = randomUUID();
    const payload = Buffer.from(encodeEvent(CaseOpenedSchema, {
      caseId, creditorId, creditorReference: `REF-${caseId.slice(0, 8)}`, category: DebtCategory.CONSUMER,
      debtor: { party, addresses: [{ lines: ['Rue Haute 5'], postalCode, locality: 'Bruxelles', country: 'BE' }], language: 'fr', country: 'BE' },
    }));
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/intake', type: CaseOpenedSchema.typeName, specversion: '1.0', time: new Date().toISOString(), subject: caseId });
    for (let i = 0; i < times; i += 1) await producer.send({ topic: 'intake.cases.v1', messages: [{ key: caseId, value: payload, headers }] });
    return caseId;
  }

  const debtorOf = (caseId: string) =>
    waitFor(`case ${caseId} screened`, async () => (await dataSource.query(`SELECT debtor_identity_id FROM screened_cases WHERE case_id = $1`, [caseId]))[0]?.debtor_identity_id as string | undefined);

  const person = (value: Record<string, string>): Party => ({ case: 'person', value });

  it('gives cases of two creditors against the same national number one debtor, whatever the formatting', async () => {
    const first = await caseOpened(person({ givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30', nationalId: '85.07.30-033.28' }), '1000');
    const second = await caseOpened(person({ givenNames: 'MARIE', familyName: 'DUBOIS', nationalId: '85073003328' }), '4000');

    expect(await debtorOf(second)).toBe(await debtorOf(first));
  });

  it('matches on name, birth date and postcode when no identifier is given, across accents and word order', async () => {
    const first = await caseOpened(person({ givenNames: 'José María', familyName: 'García Márquez', birthDate: '1970-01-02' }), '1050');
    const second = await caseOpened(person({ givenNames: 'Jose Maria', familyName: 'Garcia Marquez', birthDate: '1970-01-02' }), '1050');
    const otherBirthday = await caseOpened(person({ givenNames: 'Jose Maria', familyName: 'Garcia Marquez', birthDate: '1971-01-02' }), '1050');

    expect(await debtorOf(second)).toBe(await debtorOf(first));
    expect(await debtorOf(otherBirthday)).not.toBe(await debtorOf(first));
  });

  it('keeps two people apart when their national numbers differ, even with the same name, birth date and postcode', async () => {
    const first = await caseOpened(person({ givenNames: 'Jan', familyName: 'Peeters', birthDate: '1985-07-30', nationalId: '85073003328' }), '2000');
    const namesake = await caseOpened(person({ givenNames: 'Jan', familyName: 'Peeters', birthDate: '1985-07-30', nationalId: '85073003427' }), '2000');

    expect(await debtorOf(namesake)).not.toBe(await debtorOf(first));
  });

  it('recognises a company by its VAT number under another legal form spelling', async () => {
    const first = await caseOpened({ case: 'company', value: { legalName: 'Brasserie Dubois SRL', companyNumber: '0403170701', vatNumber: 'BE0403170701' } }, '1050');
    const second = await caseOpened({ case: 'company', value: { legalName: 'BRASSERIE DUBOIS', vatNumber: 'BE 0403.170.701' } }, '1000');

    expect(await debtorOf(second)).toBe(await debtorOf(first));
  });

  it('records a CaseOpened delivered twice once, and closes the case on CaseWithdrawn', async () => {
    const caseId = await caseOpened(person({ givenNames: 'Els', familyName: 'Janssens', birthDate: '1990-03-03' }), '3000', { times: 2 });
    await debtorOf(caseId);
    const headers = toKafkaHeaders({ id: randomUUID(), source: '/collections/intake', type: CaseWithdrawnSchema.typeName, specversion: '1.0', subject: caseId });
    await producer.send({ topic: 'intake.cases.v1', messages: [{ key: caseId, value: Buffer.from(encodeEvent(CaseWithdrawnSchema, { caseId, creditorId: randomUUID(), reason: 'paid' })), headers }] });

    await waitFor('the case closed', async () => (await dataSource.query(`SELECT state FROM screened_cases WHERE case_id = $1`, [caseId]))[0]?.state === 'withdrawn');
    const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM screened_cases WHERE case_id = $1`, [caseId]);
    expect(count).toBe(1);
    const verdicts = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2`, [caseId, DebtorScreenedSchema.typeName]);
    expect(verdicts).toHaveLength(1);
  });

  it('publishes DebtorScreened with the debtor identity, normalised contacts and the usable channels', async () => {
    const caseId = await caseOpened(person({ givenNames: 'Lucas', familyName: 'Janssens', birthDate: '1990-04-12' }), '1000');
    const debtorIdentityId = await debtorOf(caseId);

    const [row] = await waitFor('DebtorScreened in the outbox', async () => {
      const rows = await dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2`, [caseId, DebtorScreenedSchema.typeName]);
      return rows.length > 0 && rows;
    });
    const screened = fromBinary(DebtorScreenedSchema, row.payload);
    expect(screened).toMatchObject({ caseId, debtorIdentityId, verdict: ScreeningVerdict.CLEAR, usableChannels: [ContactChannel.LETTER] });
    expect(screened.contacts?.addresses[0]).toMatchObject({ postalCode: '1000', country: 'BE' });
  });
});
