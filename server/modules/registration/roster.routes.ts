import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { rosterImportResult } from '../../../shared/registration.js';
import { activationSheetQuery, candidateAccountList, candidateAccountQuery } from '../../../shared/activation.js';
import { XLSX_MIME, attachment, sendFile } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import { importRoster, rosterTemplate } from './roster.service.js';
import { startRosterImport } from './roster.job.js';
import { listCandidateAccounts } from './accounts.service.js';
import { activationSheet } from './accounts.export.js';

const batchParam = z.object({ id: z.string().uuid('批次编号格式不正确') });

/**
 * R-REG-01: the roster (花名册) of a batch: its template, and the import (all rows or none); issue 8 item 4: the
 * candidate accounts it created and their one-time activation codes, per class.
 */
export const rosterRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registration'];
    app.get(
      '/batches/:id/roster/template',
      { schema: { tags, summary: '下载花名册模板', params: batchParam } },
      async (req, reply) => {
        const t = await rosterTemplate(ctx.db, { actor: req.actor, batchId: req.params.id });
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', attachment(t.fileName))
          .send(t.bytes);
      },
    );
    app.post(
      '/batches/:id/roster/import',
      {
        schema: {
          tags,
          summary: '导入花名册（任何一行有错误则全部不导入）',
          params: batchParam,
          consumes: ['multipart/form-data'],
          response: { 200: rosterImportResult },
        },
      },
      async (req) => {
        const { bytes, name } = await readUploadedFile(req);
        return importRoster(ctx.db, ctx.files, {
          actor: req.actor,
          pii: ctx.pii,
          batchId: req.params.id,
          bytes,
          fileName: name,
        });
      },
    );
    app.post(
      '/batches/:id/roster/import-jobs',
      {
        schema: {
          tags,
          summary: '以后台任务导入花名册（大文件用；结果与进度见任务）',
          params: batchParam,
          consumes: ['multipart/form-data'],
          response: { 200: z.object({ jobId: z.string() }) },
        },
      },
      async (req) => {
        const { bytes, name } = await readUploadedFile(req);
        return startRosterImport(
          { db: ctx.db, files: ctx.files, pii: ctx.pii, jobs: ctx.jobs },
          { actor: req.actor, batchId: req.params.id, bytes, fileName: name },
        );
      },
    );
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
  };
