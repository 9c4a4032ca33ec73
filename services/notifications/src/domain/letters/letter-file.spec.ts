import { letterFileName, letterObjectKey } from './letter-file';

describe('where a letter is filed', () => {
  it('keys a letter by its case and notification: letters/<caseId>/<notificationId>.pdf', () => {
    expect(letterObjectKey('0b8f2a54-1c2d-4e5f-8a9b-0c1d2e3f4a5b', 'b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e')).toBe(
      'letters/0b8f2a54-1c2d-4e5f-8a9b-0c1d2e3f4a5b/b4c5d6e7-f8a9-4b0c-9d1e-2f3a4b5c6d7e.pdf',
    );
  });

  it('names the download after the template and the day it was sent', () => {
    expect(letterFileName('be.b2c.formal-notice', '2026-11-20')).toBe('letter-be.b2c.formal-notice-2026-11-20.pdf');
  });

  it('keeps a file name free of separators and spaces whatever the template key holds', () => {
    expect(letterFileName('creditor/../x y', '2026-11-20')).toBe('letter-creditor-..-x-y-2026-11-20.pdf');
    expect(letterFileName('///', '2026-11-20')).toBe('letter-letter-2026-11-20.pdf');
  });
});
