import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import proxy from '../../proxy';
import { closeSql, sql } from '../../lib/db/sql';
import { SYSTEM_ACTOR } from '../../lib/server/actor';
import { hashToken, SESSION_COOKIE } from '../../lib/server/session-token';
import { signIn } from '../../lib/server/sign-in';
import { addUser } from '../../lib/server/users';
import { unwrap } from './support';

// The proxy runs before every page and API route: these call it as Next does, with real sessions.
const BASE = 'http://127.0.0.1:3000';
let token = '';

beforeAll(async () => {
  const email = `requests-${Date.now()}@example.test`;
  await unwrap(addUser(SYSTEM_ACTOR, { email, role: 'editor', password: 'requests password' }));
  token = (await unwrap(signIn({ email, password: 'requests password' }, '127.0.0.1'))).token;
});
afterAll(() => closeSql());

function req(path: string, init: { method?: string; headers?: Record<string, string>; body?: string | FormData; cookie?: string | null } = {}): NextRequest {
  const headers = new Headers({ host: '127.0.0.1:3000', ...init.headers });
  const cookie = init.cookie === undefined ? token : init.cookie;
  if (cookie) headers.set('cookie', `${SESSION_COOKIE}=${cookie}`);
  return new NextRequest(new URL(path, BASE), { method: init.method ?? 'GET', headers, body: init.body });
}

const passes = (res: Response) => res.headers.get('x-middleware-next') === '1' || res.headers.has('x-middleware-rewrite');
/** A JSON POST with extra headers (an Origin, forwarded host and scheme). */
const json = (body: unknown, headers: Record<string, string> = {}) => ({ method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

describe('signed-out requests', () => {
  it('sends a page to the sign-in page of its locale, keeping where it was going', async () => {
    const res = await proxy(req('/fa/glossary?q=مقاومت', { cookie: null }));
    expect(res.status).toBe(307);
    const to = new URL(res.headers.get('location')!);
    expect(to.pathname).toBe('/fa/sign-in');
    expect(to.searchParams.get('next')).toBe('/fa/glossary?q=%D9%85%D9%82%D8%A7%D9%88%D9%85%D8%AA');
    expect(new URL((await proxy(req('/ar', { cookie: null }))).headers.get('location')!).pathname).toBe('/ar/sign-in');
  });

  it('answers an API call 401, an expired or made-up cookie too', async () => {
    for (const cookie of [null, 'x'.repeat(43), "'; drop table sessions; --"]) {
      const res = await proxy(req('/api/glossary?q=x', { cookie }));
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'unauthenticated', params: {} });
    }
  });

  it('lets the sign-in page and POST /api/session through', async () => {
    expect(passes(await proxy(req('/en/sign-in', { cookie: null })))).toBe(true);
    expect(passes(await proxy(req('/api/session', { cookie: null, ...json({ email: 'a', password: 'b' }) })))).toBe(true);
  });
});

describe('signed-in requests', () => {
  it('pass, pages and API alike', async () => {
    expect(passes(await proxy(req('/en/glossary')))).toBe(true);
    expect(passes(await proxy(req('/api/glossary?q=x')))).toBe(true);
    expect(passes(await proxy(req('/api/glossary', json({ concept: {} }, { origin: BASE }))))).toBe(true);
  });

  it('get a new cookie once the session is due for rotation', async () => {
    await sql`update sessions set rotated_at = now() - interval '2 hours' where token_hash = ${hashToken(token)}`;
    const res = await proxy(req('/en'));
    const set = res.headers.get('set-cookie') ?? '';
    expect(set).toContain(`${SESSION_COOKIE}=`);
    expect(set).not.toContain(token);
    expect(set).toMatch(/HttpOnly/iu);
    expect(set).toMatch(/SameSite=lax/iu);
    expect(set).not.toMatch(/Secure/iu);
    token = /tarjuman_session=([^;]+)/u.exec(set)![1]!;
    // over https (a proxy saying so), the cookie is Secure
    await sql`update sessions set rotated_at = now() - interval '2 hours' where token_hash = ${hashToken(token)}`;
    const https = await proxy(req('/en', { headers: { 'x-forwarded-proto': 'https' } }));
    const secure = https.headers.get('set-cookie') ?? '';
    expect(secure).toMatch(/Secure/iu);
    token = /tarjuman_session=([^;]+)/u.exec(secure)![1]!;
  });
});

describe('requests from another site', () => {
  it.each([
    ['a form posted from another origin to the API', '/api/glossary', { origin: 'https://evil.example' }],
    ['a server action posted from another origin', '/en/glossary', { origin: 'http://127.0.0.1:8080', 'next-action': 'abc' }],
    ['a request with a null origin', '/api/glossary/import', { origin: 'null' }],
    ['a request without Origin that the browser marks cross-site', '/api/glossary', { 'sec-fetch-site': 'cross-site' }],
  ])('refuses %s with 403, even with a valid cookie', async (_what, path, headers) => {
    const res = await proxy(req(path, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' }));
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: 'cross-origin', params: {} });
  });

  it('refuses DELETE from another origin too, and lets GET through', async () => {
    expect((await proxy(req('/api/glossary/x', { method: 'DELETE', headers: { origin: 'https://evil.example' } }))).status).toBe(403);
    expect(passes(await proxy(req('/api/glossary?q=x', { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } })))).toBe(true);
  });

  it('accepts an origin listed in TARJUMAN_ALLOWED_ORIGINS, and the origin a proxy forwards', async () => {
    const before = process.env.TARJUMAN_ALLOWED_ORIGINS;
    process.env.TARJUMAN_ALLOWED_ORIGINS = 'https://tarjuman.example.org, https://other.example';
    try {
      expect((await proxy(req('/api/glossary', json({}, { origin: 'https://third.example' })))).status).toBe(403);
      expect(passes(await proxy(req('/api/glossary', json({}, { origin: 'https://tarjuman.example.org' }))))).toBe(true);
    } finally {
      process.env.TARJUMAN_ALLOWED_ORIGINS = before;
    }
    const forwarded = { origin: 'https://tarjuman.example.org', 'x-forwarded-host': 'tarjuman.example.org', 'x-forwarded-proto': 'https' };
    expect(passes(await proxy(req('/api/glossary', json({}, forwarded))))).toBe(true);
  });
});

describe('request bodies', () => {
  it.each([
    ['text/plain', '/api/glossary'],
    ['application/x-www-form-urlencoded', '/api/glossary'],
    ['multipart/form-data; boundary=x', '/api/glossary'],
    ['application/json', '/api/glossary/import'],
    ['text/plain', '/api/session'],
  ])('refuses %s posted to %s with 415', async (type, path) => {
    const res = await proxy(req(path, { method: 'POST', headers: { origin: BASE, 'content-type': type }, body: 'x=1' }));
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({ error: 'unsupported-media-type', params: {} });
  });

  it('takes JSON (with a charset), a multipart upload where one is expected, and no body at all', async () => {
    expect(passes(await proxy(req('/api/glossary', { method: 'POST', headers: { origin: BASE, 'content-type': 'application/json; charset=utf-8' }, body: '{}' })))).toBe(true);
    const form = new FormData();
    form.set('file', new File(['<tbx/>'], 'g.tbx'));
    const upload = new Request(`${BASE}/api/glossary/import`, { method: 'POST', body: form });
    expect(passes(await proxy(req('/api/glossary/import', { method: 'POST', headers: { origin: BASE, 'content-type': upload.headers.get('content-type')! }, body: 'x' })))).toBe(true);
    expect(passes(await proxy(req('/api/glossary/x/restore', { method: 'POST', headers: { origin: BASE } })))).toBe(true);
  });
});
