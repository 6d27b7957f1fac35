import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  batch,
  batchApprovalBody,
  batchBody,
  batchListItem,
  batchMoveBody,
  batchNotice,
  batchQuery,
  batchSubmitBody,
  noticeQuery,
} from '../../../shared/plans.js';
import { XLSX_MIME, sendFile } from '../../http/download.js';
import {
  batchMovers,
  createBatch,
  getBatch,
  listBatches,
  recordBatchApproval,
  submitBatch,
  updateBatch,
} from './batch.service.js';
import {
  exportBatchPlanPdf,
  exportBatchPlanXlsx,
  exportNoticePdf,
  getPublishedNotice,
  listPublishedNotices,
  previewNotice,
  publishNotice,
} from './batch.export.js';

/** Batches (R-PLAN-03/04) and their notices (R-PLAN-05). */
export const batchesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['batches'];
    const db = ctx.db;
    const fontPath = ctx.config.PDF_FONT_PATH;
    app.get(
      '/batches',
      {
        schema: {
          tags,
          summary: '认定批次列表（二级学院只看到本学院）',
          querystring: batchQuery,
          response: { 200: paged(batchListItem) },
        },
      },
      async (req) => listBatches(db, { actor: req.actor, ...req.query }),
    );
    app.get(
      '/batches/:id',
      { schema: { tags, summary: '认定批次详情（含报送截止日期）', params: idParam, response: { 200: batch } } },
      async (req) => getBatch(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/batches',
      { schema: { tags, summary: '新建认定批次（草稿）', body: batchBody, response: { 200: batch } } },
      async (req) => createBatch(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/batches/:id',
      {
        schema: { tags, summary: '修改认定批次（仅草稿）', params: idParam, body: batchBody, response: { 200: batch } },
      },
      async (req) => updateBatch(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/batches/:id/submit',
      {
        schema: {
          tags,
          summary: '报送认定计划（草稿 → 已报备）',
          params: idParam,
          body: batchSubmitBody,
          response: { 200: batch },
        },
      },
      async (req) => submitBatch(db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
    app.post(
      '/batches/:id/approval',
      {
        schema: {
          tags,
          summary: '登记鉴定指导中心批复',
          params: idParam,
          body: batchApprovalBody,
          response: { 200: batch },
        },
      },
      async (req) => recordBatchApproval(db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
    app.post(
      '/batches/:id/transitions',
      { schema: { tags, summary: '变更批次状态', params: idParam, body: batchMoveBody, response: { 200: batch } } },
      async (req) => batchMovers[req.body.to](db, { actor: req.actor, id: req.params.id, note: req.body.note }),
    );
    app.get(
      '/batches/:id/plan/xlsx',
      { schema: { tags, summary: '导出认定计划（Excel）', params: idParam } },
      async (req, reply) =>
        sendFile(reply, await exportBatchPlanXlsx(db, { actor: req.actor, id: req.params.id }), XLSX_MIME),
    );
    app.get(
      '/batches/:id/plan/pdf',
      { schema: { tags, summary: '导出认定计划（PDF）', params: idParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await exportBatchPlanPdf(db, { actor: req.actor, id: req.params.id, fontPath }),
          'application/pdf',
        ),
    );
    app.get(
      '/batches/:id/notice',
      { schema: { tags, summary: '认定通知（预览或已发布）', params: idParam, response: { 200: batchNotice } } },
      async (req) => previewNotice(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/batches/:id/notice/publish',
      { schema: { tags, summary: '发布认定通知', params: idParam, response: { 200: batchNotice } } },
      async (req) => publishNotice(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/notices',
      {
        schema: {
          tags,
          summary: '已发布的认定通知（考生门户）',
          querystring: noticeQuery,
          response: { 200: paged(batchNotice) },
        },
      },
      async (req) => listPublishedNotices(db, { actor: req.actor, keyword: req.query.keyword }),
    );
    app.get(
      '/notices/:id',
      { schema: { tags, summary: '已发布的认定通知', params: idParam, response: { 200: batchNotice } } },
      async (req) => getPublishedNotice(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/notices/:id/pdf',
      { schema: { tags, summary: '打印认定通知（PDF）', params: idParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await exportNoticePdf(db, { actor: req.actor, id: req.params.id, fontPath }),
          'application/pdf',
        ),
    );
  };
