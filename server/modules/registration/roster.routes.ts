import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { rosterImportResult } from '../../../shared/registration.js';
import { XLSX_MIME, attachment } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import { importRoster, rosterTemplate } from './roster.service.js';
import { startRosterImport } from './roster.job.js';

const batchParam = z.object({ id: z.string().uuid('批次编号格式不正确') });

/** R-REG-01: the roster (花名册) of a batch: its template, and the import (all rows or none). */
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
  };
