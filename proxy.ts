import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { httpStatus, type ErrorCode } from './lib/contract/error-codes';
import { routing } from './lib/i18n/routing';
import { guardRequest, isPublicPath, ownOrigin } from './lib/server/request-guard';
import { SESSION_COOKIE } from './lib/server/session-token';
import { resolveSession } from './lib/server/sessions';

const intl = createMiddleware(routing);
const LOCALE_PREFIX = /^\/(en|ar|fa)(?=\/|$)/u;

function refuse(code: ErrorCode): NextResponse {
  return NextResponse.json({ error: code, params: {} }, { status: httpStatus(code) });
}

/**
 * Every request but Next's own files: unsafe requests from another site are refused (403), API bodies
 * must be JSON (415), signed-out page requests go to the sign-in page and signed-out API calls get
 * 401; a session due for rotation gets a new token in its cookie; pages then go through next-intl.
 */
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, search } = request.nextUrl;
  const refused = guardRequest({ method: request.method, pathname, ownOrigin: ownOrigin(request.nextUrl, request.headers), headers: request.headers });
  if (refused) return refuse(refused);

  const isApi = pathname === '/api' || pathname.startsWith('/api/');
  const locale = LOCALE_PREFIX.exec(pathname)?.[1];
  // a path without a locale is only redirected by next-intl to one with it, which comes back here
  if (!isApi && !locale) return intl(request);

  let renewed: { token: string; expiresAt: Date } | null = null;
  if (!isPublicPath(pathname)) {
    const session = await resolveSession(request.cookies.get(SESSION_COOKIE)?.value, { rotate: true });
    if (!session) {
      if (isApi || (request.method !== 'GET' && request.method !== 'HEAD')) return refuse('unauthenticated');
      const url = request.nextUrl.clone();
      url.pathname = `/${locale}/sign-in`;
      url.search = pathname === `/${locale}` || pathname === `/${locale}/` ? '' : `?next=${encodeURIComponent(pathname + search)}`;
      const res = NextResponse.redirect(url);
      if (request.cookies.has(SESSION_COOKIE)) res.cookies.delete(SESSION_COOKIE);
      return res;
    }
    renewed = session.renewed;
  }
  const response = isApi ? NextResponse.next() : intl(request);
  if (renewed) {
    const https = (request.headers.get('x-forwarded-proto') ?? request.nextUrl.protocol.replace(/:$/u, '')) === 'https' || process.env.TARJUMAN_SECURE_COOKIES === '1';
    response.cookies.set(SESSION_COOKIE, renewed.token, { httpOnly: true, sameSite: 'lax', secure: https, path: '/', expires: renewed.expiresAt });
  }
  return response;
}

export const config = {
  // API routes, and everything but Next internals and files with an extension
  matcher: ['/api/:path*', '/((?!api|_next|_vercel|.*\\..*).*)'],
};
