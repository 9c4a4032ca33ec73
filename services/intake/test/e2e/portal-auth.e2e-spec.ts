import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { createCreditor, OPERATOR, startIntake, type IntakeApp } from '../support/intake-app';

const PASSWORD = 'correct horse battery staple';

describe('the creditor portal: users, sign-in, sessions, CSRF and roles (real PostgreSQL)', () => {
  let intake: IntakeApp;
  let dist: string;
  let acme: Awaited<ReturnType<typeof createCreditor>>;
  let rival: Awaited<ReturnType<typeof createCreditor>>;
  const http = () => request(intake.app.getHttpServer());

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'portal-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>portal</title><script type="module" src="/portal/assets/app-1a2b.js"></script>');
    writeFileSync(join(dist, 'assets', 'app-1a2b.js'), 'console.log("portal")');
    intake = await startIntake({ PORTAL_DIST_DIR: dist, PORTAL_SIGN_IN_MAX_FAILURES_PER_CLIENT: '12' });
    acme = await createCreditor(intake, 'Acme Energy SA');
    rival = await createCreditor(intake, 'Rival Telecom NV');
  }, 60_000);
  afterAll(async () => {
    await intake?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const addUser = (creditorId: string, user: Partial<{ email: string; name: string; role: string; language: string; password: string }> = {}) =>
    http().post(`/ops/creditors/${creditorId}/users`).set(OPERATOR).send({ email: `${randomUUID()}@acme.example`, name: 'Ana López', role: 'manager', language: 'es', password: PASSWORD, ...user });
  const signIn = (email: string, password = PASSWORD) => http().post('/portal/api/session').send({ email, password });
  /** Signs in and returns what a browser would hold: the cookie and the CSRF token. */
  const session = async (email: string) => {
    const response = await signIn(email).expect(200);
    const cookie = (response.headers['set-cookie'] as unknown as string[])[0]!.split(';')[0]!;
    return { cookie, csrf: response.body.csrfToken as string, body: response.body };
  };
  const openCase = async (auth: Record<string, string>, reference: string) =>
    (await http().post('/v1/cases').set(auth).send(aCaseFileInput({ creditorReference: reference })).expect(201)).body.id as string;

  it('lets an operator create users, one per e-mail address, with a password of at least 12 characters', async () => {
    const created = await addUser(acme.creditorId, { email: ' Ana.Lopez@Acme.example ' }).expect(201);
    expect(created.body).toEqual({ id: expect.any(String), creditorId: acme.creditorId, email: 'ana.lopez@acme.example', name: 'Ana López', role: 'manager', language: 'es' });
    expect(JSON.stringify(created.body)).not.toContain(PASSWORD);
    await addUser(rival.creditorId, { email: 'ANA.LOPEZ@acme.example' }).expect(409);
    const refused = await addUser(acme.creditorId, { password: 'short-pass1', role: 'admin', language: 'it' }).expect(422);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['role', 'language', 'password']);
    await addUser(randomUUID()).expect(404);
    await http().post(`/ops/creditors/${acme.creditorId}/users`).send({ email: 'x@acme.example', name: 'X', role: 'viewer', language: 'en', password: PASSWORD }).expect(401);
    const [{ password_hash: stored }] = await intake.dataSource.query(`SELECT password_hash FROM portal_users WHERE email = 'ana.lopez@acme.example'`);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('signs in with an HttpOnly, Secure, SameSite=Strict cookie holding an opaque token stored only as a hash', async () => {
    const email = `${randomUUID()}@acme.example`;
    await addUser(acme.creditorId, { email, name: 'Jan Peeters', role: 'viewer', language: 'nl' }).expect(201);
    const response = await signIn(email.toUpperCase()).expect(200);
    expect(response.body).toEqual({
      user: { id: expect.any(String), email, name: 'Jan Peeters', role: 'viewer', creditorId: acme.creditorId, creditorName: 'Acme Energy SA', language: 'nl' },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const cookie = (response.headers['set-cookie'] as unknown as string[])[0]!;
    expect(cookie).toMatch(/^__Host-portal-session=[A-Za-z0-9_-]{43};/);
    for (const attribute of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/', 'Max-Age=43200']) expect(cookie.split('; ')).toContain(attribute);
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(JSON.stringify(await intake.dataSource.query(`SELECT encode(token_sha256, 'hex') AS hash, csrf_token FROM portal_sessions`))).not.toContain(token);

    const current = await http().get('/portal/api/session').set('Cookie', cookie.split(';')[0]!).expect(200);
    expect(current.body).toEqual(response.body);
    await http().get('/portal/api/session').expect(401);
    await http().get('/portal/api/session').set('Cookie', '__Host-portal-session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(401);
    // Credentials come as JSON only: a cross-site form cannot post them.
    await http().post('/portal/api/session').type('form').send({ email, password: PASSWORD }).expect(415);
  });

  it('answers a wrong password and an unknown address alike, then 429 with Retry-After after 5 failures, even for the right password', async () => {
    const email = `${randomUUID()}@acme.example`;
    await addUser(acme.creditorId, { email }).expect(201);
    const unknown = await signIn(`nobody-${randomUUID()}@acme.example`).expect(401);
    const failures = [];
    for (let attempt = 0; attempt < 5; attempt++) failures.push(await signIn(email, 'wrong password guess').expect(401));
    expect(new Set([unknown, ...failures].map((response) => response.body.detail))).toEqual(new Set(['wrong e-mail address or password']));
    const throttled = await signIn(email).expect(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);
    expect(throttled.headers['set-cookie']).toBeUndefined();
    // Kept in PostgreSQL, so every replica sees the same count.
    expect(await intake.dataSource.query(`SELECT count(*)::int AS failures FROM portal_sign_in_failures WHERE email = $1`, [email])).toEqual([{ failures: 5 }]);
  });

  it('accepts the session cookie on the /v1 API, and refuses a change without the X-CSRF-Token header', async () => {
    const email = `${randomUUID()}@acme.example`;
    await addUser(acme.creditorId, { email }).expect(201);
    const { cookie, csrf } = await session(email);
    await http().get('/v1/cases').set('Cookie', cookie).expect(200);
    const refused = await http().post('/v1/cases').set('Cookie', cookie).send(aCaseFileInput({ creditorReference: 'CSRF-1' })).expect(403);
    expect(refused.body.detail).toContain('X-CSRF-Token');
    await http().post('/v1/cases').set('Cookie', cookie).set('X-CSRF-Token', csrf.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))).send(aCaseFileInput({ creditorReference: 'CSRF-1' })).expect(403);
    const opened = await http().post('/v1/cases').set('Cookie', cookie).set('X-CSRF-Token', csrf).send(aCaseFileInput({ creditorReference: 'CSRF-1' })).expect(201);
    expect((await http().get(`/v1/cases/${opened.body.id}`).set(acme.auth).expect(200)).body.creditorReference).toBe('CSRF-1');
    // An API key needs no CSRF token.
    await http().post('/v1/cases').set(acme.auth).send(aCaseFileInput({ creditorReference: 'CSRF-2' })).expect(201);
  });

  it("shows another creditor's case through a portal session as absent (404)", async () => {
    const email = `${randomUUID()}@rival.example`;
    await addUser(rival.creditorId, { email }).expect(201);
    const { cookie } = await session(email);
    const acmeCase = await openCase(acme.auth, 'TENANT-1');
    await http().get(`/v1/cases/${acmeCase}`).set('Cookie', cookie).expect(404);
    await http().get(`/v1/cases/${acmeCase}/timeline`).set('Cookie', cookie).expect(404);
    await http().get(`/v1/cases/${acmeCase}/documents`).set('Cookie', cookie).expect(404);
    expect((await http().get('/v1/cases').set('Cookie', cookie).expect(200)).body.items).toEqual([]);
  });

  it('lets a viewer read and write to the consultant, but not answer a pending decision, withdraw or submit: 403 naming the role', async () => {
    const email = `${randomUUID()}@acme.example`;
    await addUser(acme.creditorId, { email, name: 'Jan Peeters', role: 'viewer' }).expect(201);
    const { cookie, csrf } = await session(email);
    const caseId = await openCase(acme.auth, 'VIEWER-1');
    await http().get(`/v1/cases/${caseId}`).set('Cookie', cookie).expect(200);
    await http().get('/v1/pending-decisions').set('Cookie', cookie).expect(200);
    const written = await http().post(`/v1/cases/${caseId}/messages`).set('Cookie', cookie).set('X-CSRF-Token', csrf).send({ body: 'Any news from the debtor?' }).expect(201);
    expect(written.body.author).toEqual({ role: 'creditor', name: 'Jan Peeters' });
    await http().post(`/v1/cases/${caseId}/messages/read`).set('Cookie', cookie).set('X-CSRF-Token', csrf).expect(204);
    await http().post(`/v1/cases/${caseId}/messages`).set('Cookie', cookie).send({ body: 'no CSRF token' }).expect(403);
    const answer = await http().post(`/v1/cases/${caseId}/instructions`).set('Cookie', cookie).set('X-CSRF-Token', csrf).send({ kind: 'approve', inReplyTo: randomUUID() }).expect(403);
    expect(answer.body.detail).toContain('viewer role');
    await http().post(`/v1/cases/${caseId}/withdrawal`).set('Cookie', cookie).set('X-CSRF-Token', csrf).send({ reason: 'paid' }).expect(403);
    await http().post('/v1/cases').set('Cookie', cookie).set('X-CSRF-Token', csrf).send(aCaseFileInput({ creditorReference: 'VIEWER-2' })).expect(403);
    expect(await intake.dataSource.query(`SELECT 1 FROM creditor_instructions WHERE case_id = $1`, [caseId])).toEqual([]);
  });

  it('signs out: the CSRF token is needed, the cookie is cleared and the session no longer works', async () => {
    const email = `${randomUUID()}@acme.example`;
    await addUser(acme.creditorId, { email }).expect(201);
    const { cookie, csrf } = await session(email);
    await http().delete('/portal/api/session').set('Cookie', cookie).expect(403);
    const signedOut = await http().delete('/portal/api/session').set('Cookie', cookie).set('X-CSRF-Token', csrf).expect(204);
    expect((signedOut.headers['set-cookie'] as unknown as string[])[0]).toMatch(/^__Host-portal-session=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Strict$/);
    await http().get('/portal/api/session').set('Cookie', cookie).expect(401);
    await http().get('/v1/cases').set('Cookie', cookie).expect(401);
  });

  it('serves the built portal with a strict Content-Security-Policy, client routes falling back to the page', async () => {
    const page = await http().get('/portal/').expect(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['content-security-policy']).toContain("script-src 'self';");
    expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' });
    expect((await http().get('/portal/cases/1234').expect(200)).text).toContain('<title>portal</title>');
    const asset = await http().get('/portal/assets/app-1a2b.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await http().get('/portal/assets/missing-0000.js').expect(404);
    await http().get('/portal/%2e%2e/%2e%2e/package.json').expect(404);
    await http().get('/portal/api/unknown').expect(404);
  });

  it('also limits failed sign-ins from one client address, whatever the accounts tried', async () => {
    let answer = 401;
    for (let attempt = 0; attempt < 13 && answer === 401; attempt++) answer = (await signIn(`guess-${attempt}@acme.example`, 'wrong password guess')).status;
    expect(answer).toBe(429);
    const fresh = `${randomUUID()}@acme.example`;
    await addUser(acme.creditorId, { email: fresh }).expect(201);
    await signIn(fresh).expect(429);
  });
});
