import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app.js';
import { signupBody, signupResult } from '../../../shared/registration.js';
import { signup } from './signup.service.js';

/** R-REG-01: social learners sign up on the portal (public, rate limited like the login). */
export const signupRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/portal/signup',
      {
        schema: { tags: ['auth'], summary: '社会人员注册考生账号', body: signupBody, response: { 200: signupResult } },
        config: { public: true, rateLimit: { max: ctx.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' } },
      },
      async (req) => signup(ctx.db, { pii: ctx.pii, data: req.body, ip: req.ip }),
    );
  };
