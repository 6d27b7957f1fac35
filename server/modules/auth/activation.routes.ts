import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import {
  activationCodeIssued,
  activationSheetQuery,
  candidateAccountList,
  candidateAccountQuery,
} from '../../../shared/activation.js';
import { sendFile } from '../../http/download.js';
import { activationSheet } from './activation.export.js';
import { listCandidateAccounts, replaceActivationCode } from './activation.service.js';

const batchParam = z.object({ id: z.string().uuid('批次编号格式不正确') });
const userParam = z.object({ id: z.string().uuid('账号编号格式不正确') });

/** Issue 8 item 4: imported candidate accounts and their one-time activation codes, per class of a batch. */
export const activationRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registration'];
    app.get(
      '/batches/:id/candidate-accounts',
      {
        schema: {
          tags,
          summary: '批次考生账号（激活状态，按班级）',
          params: batchParam,
          querystring: candidateAccountQuery,
          response: { 200: candidateAccountList },
        },
      },
      async (req) =>
        listCandidateAccounts(ctx.db, {
          actor: req.actor,
          batchId: req.params.id,
          className: req.query.className || undefined,
        }),
    );
    app.get(
      '/batches/:id/candidate-accounts/sheet',
      {
        schema: {
          tags,
          summary: '下载班级激活码单（PDF 或 Excel）',
          params: batchParam,
          querystring: activationSheetQuery,
        },
      },
      async (req, reply) => {
        const f = await activationSheet(ctx.db, {
          actor: req.actor,
          pii: ctx.pii,
          batchId: req.params.id,
          className: req.query.className,
          format: req.query.format,
          fontPath: ctx.config.PDF_FONT_PATH,
        });
        return sendFile(reply, f, f.mime);
      },
    );
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
