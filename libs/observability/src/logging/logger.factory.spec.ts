import { createLogger } from './logger.factory';
import { LogCaptureStream } from './log-capture.stream';
import { REDACTED } from './pii-redaction.paths';

function captureLogger(level = 'info') {
  const stream = new LogCaptureStream();
  return { logger: createLogger({ service: 'payments', level, destination: stream }), stream };
}

describe('createLogger', () => {
  it('writes JSON lines with the service, a text level and an ISO-8601 UTC time', () => {
    const { logger, stream } = captureLogger();

    logger.info({ caseId: 'case-1' }, 'payment recorded');

    const [line] = stream.lines();
    expect(line).toMatchObject({ service: 'payments', level: 'info', caseId: 'case-1', msg: 'payment recorded' });
    expect(line?.['time']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('honours the level', () => {
    const { logger, stream } = captureLogger('warn');

    logger.info('dropped');
    logger.warn('kept');

    expect(stream.lines().map((l) => l['msg'])).toEqual(['kept']);
  });

  it('redacts debtor PII at the top level and up to three objects deep, keeping ids', () => {
    const { logger, stream } = captureLogger();

    logger.info(
      {
        caseId: 'case-7',
        email: 'top@example.com',
        debtor: {
          id: 'debtor-9',
          firstName: 'Ada',
          last_name: 'Lovelace',
          iban: 'DE89370400440532013000',
          addresses: [{ street: 'Main St 1', postcode: '10115' }],
          contact: { phone: '+49 30 1234567', details: { dateOfBirth: '1815-12-10', national_id: 'X123' } },
        },
      },
      'debtor imported',
    );

    const raw = stream.raw();
    for (const secret of ['top@example.com', 'Ada', 'Lovelace', 'DE8937', 'Main St', '10115', '1234567', '1815', 'X123']) {
      expect(raw).not.toContain(secret);
    }
    const [line] = stream.lines();
    expect(line).toMatchObject({
      caseId: 'case-7',
      email: REDACTED,
      debtor: {
        id: 'debtor-9',
        firstName: REDACTED,
        last_name: REDACTED,
        iban: REDACTED,
        addresses: REDACTED,
        contact: { phone: REDACTED, details: { dateOfBirth: REDACTED, national_id: REDACTED } },
      },
    });
  });

  it('redacts PII bound on a child logger', () => {
    const { logger, stream } = captureLogger();

    logger.child({ debtor: { fullName: 'Grace Hopper', companyNumber: 'HRB 1234' } }).info('screening started');

    expect(stream.raw()).not.toContain('Grace Hopper');
    expect(stream.raw()).not.toContain('HRB 1234');
    expect(stream.lines()[0]).toMatchObject({ debtor: { fullName: REDACTED, companyNumber: REDACTED } });
  });

  it('redacts PII inside arrays of objects', () => {
    const { logger, stream } = captureLogger();

    logger.info({ batch: { debtors: [{ id: 'd-1', email: 'one@example.com' }] } }, 'batch parsed');

    expect(stream.raw()).not.toContain('one@example.com');
    expect(stream.lines()[0]).toMatchObject({ batch: { debtors: [{ id: 'd-1', email: REDACTED }] } });
  });

  it('does not redact look-alike keys that are not personal data', () => {
    const { logger, stream } = captureLogger();

    logger.info({ emailTemplateId: 'tpl-1', topicName: 'payments.ledger.v1' }, 'sent');

    expect(stream.lines()[0]).toMatchObject({ emailTemplateId: 'tpl-1', topicName: 'payments.ledger.v1' });
  });
});
