import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  itemChoices,
  itemCreateBody,
  itemDetail,
  itemExportQuery,
  itemImportQuery,
  itemImportResult,
  itemQuery,
  itemReviewBody,
  itemRow,
  itemTemplateQuery,
  itemUpdateBody,
} from '../../../shared/itembank-items.js';
import { XLSX_MIME, sendFile } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import {
  createItem,
  getItem,
  itemChoicesOf,
  listItems,
  reviewItem,
  setItemState,
  updateItem,
} from './items.service.js';
import { importItems } from './items.import.js';
import { exportItems, itemTemplate } from './items.export.js';

/** 试题 (R-BANK-01/02). */
export const itemsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['itembank'];
    app.get(
      '/itembank/items',
      { schema: { tags, summary: '试题列表（不含答案）', querystring: itemQuery, response: { 200: paged(itemRow) } } },
      async (req) => listItems(ctx.db, { actor: req.actor, query: req.query }),
    );
    app.get(
      '/itembank/items/choices',
      { schema: { tags, summary: '可选的细目表与鉴定点', response: { 200: itemChoices } } },
      async (req) => itemChoicesOf(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/itembank/items/template',
      { schema: { tags, summary: '下载试题导入模板', querystring: itemTemplateQuery } },
      async (req, reply) => sendFile(reply, await itemTemplate(ctx.db, { actor: req.actor, ...req.query }), XLSX_MIME),
    );
    app.get(
      '/itembank/items/export',
      { schema: { tags, summary: '导出细目表的题库（年度审查，记录查看）', querystring: itemExportQuery } },
      async (req, reply) => sendFile(reply, await exportItems(ctx.db, { actor: req.actor, ...req.query }), XLSX_MIME),
    );
    for (const format of ['xlsx', 'docx'] as const)
      app.post(
        `/itembank/items/import/${format === 'xlsx' ? 'excel' : 'word'}`,
        {
          schema: {
            tags,
            summary:
              format === 'xlsx'
                ? '从 Excel 导入试题（先预览；确认时有错误则全部不导入）'
                : '从 Word 导入试题（先预览；确认时有错误则全部不导入）',
            consumes: ['multipart/form-data'],
            querystring: itemImportQuery,
            response: { 200: itemImportResult },
          },
        },
        async (req) => {
          const { bytes } = await readUploadedFile(req, { what: format === 'xlsx' ? ' Excel 文件' : ' Word 文件' });
          return importItems(ctx.db, ctx.files, { actor: req.actor, ...req.query, format, bytes });
        },
      );
    app.get(
      '/itembank/items/:id',
      { schema: { tags, summary: '试题详情（含答案，记录查看）', params: idParam, response: { 200: itemDetail } } },
      async (req) => getItem(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/itembank/items',
      { schema: { tags, summary: '新增试题（草稿）', body: itemCreateBody, response: { 200: itemDetail } } },
      async (req) => createItem(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/itembank/items/:id',
      {
        schema: {
          tags,
          summary: '修改试题（启用的试题生成新版本；已被试卷使用的版本不可修改）',
          params: idParam,
          body: itemUpdateBody,
          response: { 200: itemDetail },
        },
      },
      async (req) => updateItem(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/itembank/items/:id/review',
      {
        schema: {
          tags,
          summary: '审核试题（通过或退回；编写人不能审核）',
          params: idParam,
          body: itemReviewBody,
          response: { 200: itemDetail },
        },
      },
      async (req) => reviewItem(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    for (const [path, to, summary] of [
      ['activate', 'active', '启用试题'],
      ['retire', 'retired', '停用试题'],
    ] as const)
      app.post(
        `/itembank/items/:id/${path}`,
        { schema: { tags, summary, params: idParam, response: { 200: itemDetail } } },
        async (req) => setItemState(ctx.db, { actor: req.actor, id: req.params.id, to }),
      );
  };
