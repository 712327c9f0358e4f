// What the proxy decides about a request before any page or route sees it: the origin of an unsafe
// request, the type of an API body, and which paths need no session. Plain data in, a code out.
import type { ErrorCode } from '../contract/error-codes';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** API endpoints that take a file upload (multipart/form-data); every other API body is JSON. */
export const MULTIPART_ENDPOINTS: readonly RegExp[] = [/^\/api\/glossary\/import\/?$/u, /^\/api\/documents\/import\/?$/u];

/** Paths open without a session: signing in, and the sign-in page in every locale. */
export function isPublicPath(pathname: string): boolean {
  return pathname === '/api/session' || /^\/(?:en|ar|fa)\/sign-in\/?$/u.test(pathname);
}

/** Origins allowed besides the request's own (TARJUMAN_ALLOWED_ORIGINS, comma-separated, for deployments behind a proxy). */
export function allowedOrigins(env: string | undefined = process.env.TARJUMAN_ALLOWED_ORIGINS): Set<string> {
  return new Set((env ?? '').split(',').map((o) => o.trim().replace(/\/+$/u, '').toLowerCase()).filter(Boolean));
}

export interface GuardInput {
  method: string;
  pathname: string;
  /** The request's own origin as the client addressed it (scheme and Host). */
  ownOrigin: string;
  headers: { get(name: string): string | null };
  allowed?: Set<string>;
}

/**
 * Refuses with `cross-origin` an unsafe request (not GET, HEAD, OPTIONS) whose Origin is not the
 * site's own or an allowed one, or, without an Origin, whose Sec-Fetch-Site says cross-site; and
 * with `unsupported-media-type` an API body that is not JSON (multipart for the upload endpoints).
 * Null lets the request through.
 */
export function guardRequest(input: GuardInput): ErrorCode | null {
  const method = input.method.toUpperCase();
  if (SAFE_METHODS.has(method)) return null;
  const origin = input.headers.get('origin');
  const allowed = input.allowed ?? allowedOrigins();
  if (origin !== null) {
    const o = origin.trim().toLowerCase();
    if (o !== input.ownOrigin.toLowerCase() && !allowed.has(o)) return 'cross-origin';
  } else if (input.headers.get('sec-fetch-site') === 'cross-site') return 'cross-origin';
  if (!input.pathname.startsWith('/api/')) return null;
  const type = (input.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const hasBody = Number(input.headers.get('content-length') ?? 0) > 0 || input.headers.get('transfer-encoding') !== null || type !== '';
  if (!hasBody) return null;
  const multipart = MULTIPART_ENDPOINTS.some((re) => re.test(input.pathname));
  if (multipart ? type !== 'multipart/form-data' : type !== 'application/json') return 'unsupported-media-type';
  return null;
}

/** The origin the client addressed: X-Forwarded-Proto/Host when a proxy (or Next itself) set them, else the URL's. */
export function ownOrigin(url: URL, headers: { get(name: string): string | null }): string {
  const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(/:$/u, '');
  const host = headers.get('x-forwarded-host')?.split(',')[0]?.trim() || headers.get('host') || url.host;
  return `${proto}://${host}`;
}

/** A `next` parameter that stays on this site (a path), else the home page. */
export function safeNext(next: string | null | undefined, fallback = '/'): string {
  return typeof next === 'string' && /^\/(?![/\\])/u.test(next) ? next : fallback;
}
