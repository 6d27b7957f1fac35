import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { activationCodeIssued } from '../../../shared/activation.js';
import { replaceActivationCode } from './activation.service.js';
const userParam = z.object({ id: z.string().uuid('账号编号格式不正确') });

/**
 * Issue 8 item 4: a new one-time activation code for an imported candidate account (the per-class lists and sheets
 * are registration's, beside the roster import: `roster.routes.ts`).
 */
export const activationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registration'];
    app.post(
      '/candidate-accounts/:id/activation-code',
      {
        schema: {
          tags,
          summary: '重新生成激活码（旧码作废）',
          params: userParam,
          response: { 200: activationCodeIssued },
        },
      },
      async (req) => replaceActivationCode(ctx.db, { actor: req.actor, pii: ctx.pii, userId: req.params.id }),
    );
  };
