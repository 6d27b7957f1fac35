import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBody, loginBody, meResponse } from '../../../shared/auth.js';
import type { AppContext } from '../../http/context.js';
import { SESSION_COOKIE } from '../../http/session.js';
import { SESSION_ABSOLUTE_MS, changePassword, describeMe, login, logout } from './auth.service.js';

const ok = z.object({ ok: z.literal(true) });

export const authRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/auth/login',
      {
        schema: { tags: ['auth'], summary: '登录', body: loginBody, response: { 200: meResponse } },
        config: { public: true, rateLimit: { max: ctx.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const r = await login(ctx.db, {
          ...request.body,
          pii: ctx.pii,
          client: { ip: request.ip, userAgent: request.headers['user-agent'] ?? null },
        });
        reply.setCookie(SESSION_COOKIE, r.token, {
          httpOnly: true,
          sameSite: 'strict',
          secure: ctx.config.COOKIE_SECURE,
          path: '/',
          maxAge: SESSION_ABSOLUTE_MS / 1000,
        });
        const actor = {
          userId: r.user.id,
          username: r.user.username,
          displayName: r.user.displayName,
          role: r.user.role as never,
          collegeId: r.user.collegeId,
          ip: request.ip,
        };
        return describeMe(ctx.db, { actor, csrfToken: r.csrfToken, mustChangePassword: r.user.mustChangePassword });
      },
    );

    app.get(
      '/auth/me',
      {
        schema: { tags: ['auth'], summary: '当前用户', response: { 200: meResponse } },
        config: { pendingPasswordOk: true },
      },
      async (request) =>
        describeMe(ctx.db, {
          actor: request.actor!,
          csrfToken: request.csrfToken!,
          mustChangePassword: request.mustChangePassword,
        }),
    );

    app.post(
      '/auth/logout',
      { schema: { tags: ['auth'], summary: '退出登录', response: { 200: ok } }, config: { pendingPasswordOk: true } },
      async (request, reply) => {
        await logout(ctx.db, { token: request.sessionToken!, actor: request.actor! });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      },
    );

    app.post(
      '/auth/password',
      {
        schema: { tags: ['auth'], summary: '修改密码', body: changePasswordBody, response: { 200: ok } },
        config: { pendingPasswordOk: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      },
      async (request) => {
        await changePassword(ctx.db, {
          actor: request.actor!,
          ...request.body,
          keepToken: request.sessionToken!,
          pii: ctx.pii,
        });
        return { ok: true as const };
      },
    );
  };
