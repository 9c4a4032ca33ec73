import { parseDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  it('derives the maintenance URL and a display form without credentials', () => {
    const location = parseDatabaseUrl('postgres://svc:secret@127.0.0.1:5432/intake?sslmode=disable');
    expect(location.database).toBe('intake');
    expect(location.adminUrl).toBe('postgres://svc:secret@127.0.0.1:5432/postgres?sslmode=disable');
    expect(location.display).toBe('127.0.0.1:5432/intake');
    expect(location.display).not.toContain('secret');
  });

  it.each([
    ['not a url', /not a URL/],
    ['mysql://root@localhost/intake', /must use postgres/],
    ['postgres://localhost/Intake-DB', /lower-case letters/],
    ['postgres://localhost/x"; DROP DATABASE y', /lower-case letters/],
  ])('rejects %p', (url, message) => {
    expect(() => parseDatabaseUrl(url)).toThrow(message);
  });
});
