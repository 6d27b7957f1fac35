import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/client.js';
import { resolveSession } from '../modules/auth/auth.service.js';
import type { Actor } from './access.js';
import { AppError } from './errors.js';

export const SESSION_COOKIE = 'sc_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string | null;
    mustChangePassword: boolean;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health, public verification). */
    public?: boolean;
    /** Reachable while the account still has to change its first password. */
    pendingPasswordOk?: boolean;
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie on every /api request, then enforces: a session for non-public routes, the forced
 * first password change, and CSRF (a same-origin check plus the session's token in a header) on every state change.
 */
export const sessionPlugin = fp(async (app: FastifyInstance, opts: { db: Db }) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);

  // Every request counts against the rate limit, refused ones too: the session check is a route hook added after
  // @fastify/rate-limit's own (registered earlier in app.ts), so the limiter sees each request before it can be refused.
  app.addHook('onRoute', (route) => {
    const own = route.onRequest ? (Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest]) : [];
    route.onRequest = [...own, checkSession];
  });

  async function checkSession(request: FastifyRequest) {
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/docs')) return;
    const config = request.routeOptions.config ?? {};
    if (STATE_CHANGING.has(request.method)) assertSameOrigin(request);
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const s = await resolveSession(opts.db, token, request.ip);
      if (s) {
        request.actor = s.actor;
        request.sessionToken = token;
        request.csrfToken = s.csrfToken;
        request.mustChangePassword = s.mustChangePassword;
      }
    }
    // Unknown addresses fall through to the 404 handler.
    if (config.public || !request.routeOptions.url) return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED', '请先登录或登录已过期');
    if (request.mustChangePassword && !config.pendingPasswordOk)
      throw new AppError('PASSWORD_CHANGE_REQUIRED', '首次登录请先修改密码');
    if (STATE_CHANGING.has(request.method) && request.headers[CSRF_HEADER] !== request.csrfToken)
      throw new AppError('CSRF', '页面已过期，请刷新后重试');
  }
});

/** A browser always sends Origin on cross-site state changes; it must name this host. */
function assertSameOrigin(request: FastifyRequest) {
  const origin = request.headers.origin;
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('CSRF', '请求来源不正确');
  }
  if (host !== request.headers.host) throw new AppError('CSRF', '请求来源不正确');
}
