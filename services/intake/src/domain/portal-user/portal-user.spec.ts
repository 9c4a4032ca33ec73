import { checkNewPortalUser, mayPerform, normaliseEmail, type NewPortalUser } from './portal-user';

const aUser = (overrides: Partial<NewPortalUser> = {}): NewPortalUser => ({
  creditorId: '6b1f3c0e-8a55-4b7e-9f59-2d3d5f1b2a10', email: 'Ana.Lopez@Acme.example ', name: 'Ana López', role: 'manager', language: 'es', password: 'correct horse battery', ...overrides,
});

describe('a portal user', () => {
  it('is accepted when complete', () => {
    expect(checkNewPortalUser(aUser())).toEqual([]);
  });

  it('needs a password of at least 12 characters, counted as characters rather than bytes', () => {
    expect(checkNewPortalUser(aUser({ password: 'short-pass1' }))).toEqual([expect.objectContaining({ field: 'password', code: 'TOO_SHORT' })]);
    expect(checkNewPortalUser(aUser({ password: 'åäöåäöåäöåäö' }))).toEqual([]);
  });

  it('names every bad field at once and never echoes the password', () => {
    const problems = checkNewPortalUser(aUser({ email: 'not-an-address', name: ' ', role: 'admin', language: 'it', password: 'hunter2' }));
    expect(problems.map((problem) => problem.field)).toEqual(['email', 'name', 'role', 'language', 'password']);
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });

  it('compares e-mail addresses without case or surrounding blanks', () => {
    expect(normaliseEmail(' Ana.Lopez@Acme.example ')).toBe('ana.lopez@acme.example');
  });

  it('lets a viewer read and talk with the consultant, and only a manager decide', () => {
    expect([mayPerform('viewer', 'read'), mayPerform('viewer', 'converse'), mayPerform('viewer', 'decide')]).toEqual([true, true, false]);
    expect([mayPerform('manager', 'read'), mayPerform('manager', 'converse'), mayPerform('manager', 'decide')]).toEqual([true, true, true]);
  });
});
