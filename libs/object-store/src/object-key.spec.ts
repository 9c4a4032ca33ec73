import { MAX_OBJECT_KEY_LENGTH, ObjectKeyInvalidError, assertValidObjectKey } from './object-key';

describe('assertValidObjectKey', () => {
  it.each([
    'letters/2026/case-123/reminder-1.pdf',
    'a',
    'attachments/msg_42/IMG.0001.JPG',
    '.hidden/file',
    'x'.repeat(MAX_OBJECT_KEY_LENGTH),
  ])('accepts %p', (key) => {
    expect(() => assertValidObjectKey(key)).not.toThrow();
  });

  it.each([
    ['', 'is empty'],
    ['x'.repeat(MAX_OBJECT_KEY_LENGTH + 1), 'is 513 characters long; the limit is 512'],
    ['/etc/passwd', 'starts with "/"'],
    ['../secrets', 'contains ".."'],
    ['letters/../../etc/passwd', 'contains ".."'],
    ['letters/..pdf', 'contains ".."'],
    ['letters/a b.pdf', 'contains " " at position 9'],
    ['letters\\a.pdf', 'contains "\\\\" at position 7'],
    ['Mahnung-für-Müller.pdf', 'contains "ü" at position 9'],
    ['letters/', 'ends with "/"'],
    ['letters//a.pdf', 'empty segment'],
    ['letters/./a.pdf', '"." segment'],
  ])('refuses %p because it %s', (key, reason) => {
    let caught: unknown;
    try {
      assertValidObjectKey(key);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ObjectKeyInvalidError);
    const error = caught as ObjectKeyInvalidError;
    expect(error.code).toBe('OBJECT_STORE.KEY_INVALID');
    expect(error.key).toBe(key);
    expect(error.message).toContain(reason);
  });

  it('names the key in the message, shortened when long', () => {
    expect(() => assertValidObjectKey('../x')).toThrow('object key "../x" contains ".."');
    expect(() => assertValidObjectKey(`${'y'.repeat(600)}`)).toThrow(`object key "${'y'.repeat(80)}…" is 600 characters long`);
  });
});
