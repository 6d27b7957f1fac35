import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { sendFile } from '../../http/download.js';
import {
  archiveBatchParams,
  archiveBatchSummary,
  archiveDecisionBody,
  archiveDetail,
  archiveEntryBody,
  archiveEntryParams,
  archiveRequest,
  archiveRequestBody,
  archiveRequestParams,
  archiveSettings,
} from '../../../shared/archives.js';
import {
  addArchiveEntry,
  closeArchive,
  downloadArchivePackage,
  getArchive,
  getArchiveSettings,
  listArchiveBatches,
  removeArchiveEntry,
  updateArchiveSettings,
} from './archives.service.js';
import { createArchiveRequest, decideArchiveRequest, returnArchiveRequest } from './requests.service.js';

/** R-ARC-01…03: each batch's archive checklist, its closing with the signed package, retention and the register. */
export const archivesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['archives'];
    const db = ctx.db;
    const one = '/archives/batches/:batchId';
    app.get(
      '/archives/settings',
      { schema: { tags, summary: '档案保存年限', response: { 200: archiveSettings } } },
      async (req) => getArchiveSettings(db, { actor: req.actor }),
    );
    app.put(
      '/archives/settings',
      { schema: { tags, summary: '设置档案保存年限', body: archiveSettings, response: { 200: archiveSettings } } },
      async (req) => updateArchiveSettings(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/archives/batches',
      {
        schema: { tags, summary: '批次档案一览', response: { 200: z.object({ items: z.array(archiveBatchSummary) }) } },
      },
      async (req) => listArchiveBatches(ctx, { actor: req.actor }),
    );
    app.get(
      one,
      { schema: { tags, summary: '批次档案清单', params: archiveBatchParams, response: { 200: archiveDetail } } },
      async (req) => getArchive(ctx, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      `${one}/entries`,
      {
        schema: {
          tags,
          summary: '登记档案材料（上传文件或填写存放位置）',
          params: archiveBatchParams,
          body: archiveEntryBody,
          response: { 200: archiveDetail },
        },
      },
      async (req) => addArchiveEntry(ctx, { actor: req.actor, batchId: req.params.batchId, data: req.body }),
    );
    app.delete(
      `${one}/entries/:entryId`,
      { schema: { tags, summary: '删除档案登记', params: archiveEntryParams, response: { 200: archiveDetail } } },
      async (req) => removeArchiveEntry(ctx, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${one}/close`,
      { schema: { tags, summary: '归档（生成档案包）', params: archiveBatchParams, response: { 200: archiveDetail } } },
      async (req) => closeArchive(ctx, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.get(
      `${one}/package.zip`,
      { schema: { tags, summary: '下载档案包（ZIP）', params: archiveBatchParams } },
      async (req, reply) =>
        sendFile(
          reply,
          await downloadArchivePackage(ctx, { actor: req.actor, batchId: req.params.batchId }),
          'application/zip',
        ),
    );
    app.post(
      `${one}/requests`,
      {
        schema: {
          tags,
          summary: '登记借阅、复制或销毁申请',
          params: archiveBatchParams,
          body: archiveRequestBody,
          response: { 200: archiveRequest },
        },
      },
      async (req) => createArchiveRequest(db, { actor: req.actor, batchId: req.params.batchId, data: req.body }),
    );
    app.post(
      `${one}/requests/:requestId/decision`,
      {
        schema: {
          tags,
          summary: '审批借阅、复制或销毁申请',
          params: archiveRequestParams,
          body: archiveDecisionBody,
          response: { 200: archiveRequest },
        },
      },
      async (req) =>
        decideArchiveRequest(db, {
          actor: req.actor,
          ...req.params,
          approve: req.body.approve,
          note: req.body.decisionNote,
        }),
    );
    app.post(
      `${one}/requests/:requestId/return`,
      { schema: { tags, summary: '登记借阅归还', params: archiveRequestParams, response: { 200: archiveRequest } } },
      async (req) => returnArchiveRequest(db, { actor: req.actor, ...req.params }),
    );
  };
