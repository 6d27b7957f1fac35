import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { signupBody, signupResult } from '../../../shared/registration.js';
import { signupRequest, signupRequestList } from '../../../shared/activation.js';
import { decideSignupRequest, listSignupRequests, signup } from './signup.service.js';

const idParam = z.object({ id: z.string().uuid('编号格式不正确') });

/** R-REG-01: social learners sign up on the portal (public, rate limited like the login); R-PPL-02: staff decide sign-ups of persons on record. */
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
    app.get(
      '/signup-requests',
      {
        schema: {
          tags: ['users'],
          summary: '待核对的注册申请（证件号码已登记的人员）',
          response: { 200: signupRequestList },
        },
      },
      async (req) => listSignupRequests(ctx.db, { actor: req.actor }),
    );
    for (const action of ['confirm', 'reject'] as const)
      app.post(
        `/signup-requests/:id/${action}`,
        {
          schema: {
            tags: ['users'],
            summary: action === 'confirm' ? '核对无误，开通考生账号' : '拒绝注册申请',
            params: idParam,
            response: { 200: signupRequest },
          },
        },
        async (req) => decideSignupRequest(ctx.db, { actor: req.actor, id: req.params.id, action }),
      );
  };
