import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  filing,
  filingApplication,
  filingApproveBody,
  filingBody,
  filingDetail,
  filingReturnBody,
  scopeApprovalBody,
  scopeCheckQuery,
  scopeCheckResult,
  scopeImportResult,
  scopeQuery,
  scopeRow,
  scopeRowBody,
  filingQuery,
} from '../../../shared/scope.js';
import { XLSX_MIME, sendFile } from '../../http/download.js';
import { readUpload } from '../../http/upload.js';
import { getFilingApplication } from './filing-application.service.js';
import { exportFilingPdf } from './filing.export.js';
import {
  addFilingRow,
  approveFiling,
  createFiling,
  getFiling,
  listFilings,
  removeFilingRow,
  returnFiling,
  submitFiling,
} from './filing.service.js';
import { exportFilingLists, exportScopeList, importScopeList } from './scope.import.js';
import { approveOtherCollege, checkScope, getScopeRow, listScope } from './scope.service.js';

const rowParams = z.object({ id: z.string().uuid('编号格式不正确'), rowId: z.string().uuid('编号格式不正确') });

/** R-ORG-02/03/04/05/07: the scope, approvals for other colleges, and filings with their documents. */
export const scopeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['scope'];
    app.get(
      '/scope',
      {
        schema: {
          tags,
          summary: '认定范围（二级学院只看到本学院）',
          querystring: scopeQuery,
          response: { 200: paged(scopeRow) },
        },
      },
      async (req) => listScope(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.get(
      '/scope/check',
      {
        schema: {
          tags,
          summary: '检查能否在认定范围内安排认定（备案有效、范围内、本学院或已获批准）',
          querystring: scopeCheckQuery,
          response: { 200: scopeCheckResult },
        },
      },
      async (req) => checkScope(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.get(
      '/scope/export',
      { schema: { tags, summary: '导出评价机构信息与认定范围清单（Excel）' } },
      async (req, reply) => sendFile(reply, await exportScopeList(ctx.db, { actor: req.actor }), XLSX_MIME),
    );
    app.post(
      '/scope/import',
      {
        schema: {
          tags,
          summary: '导入评价机构信息与认定范围清单（multipart：file，可选 filingId、collegeId）到备案申请',
          consumes: ['multipart/form-data'],
          response: { 200: scopeImportResult },
        },
      },
      async (req) => {
        const { bytes, fields } = await readUpload(req);
        return importScopeList(ctx.db, {
          actor: req.actor,
          bytes,
          filingId: fields.filingId,
          collegeId: fields.collegeId,
        });
      },
    );
    app.post(
      '/scope/approvals',
      {
        schema: {
          tags,
          summary: '批准其他二级学院使用某一认定范围',
          body: scopeApprovalBody,
          response: { 200: scopeRow },
        },
      },
      async (req) => approveOtherCollege(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/scope/:id',
      { schema: { tags, summary: '认定范围详情', params: idParam, response: { 200: scopeRow } } },
      async (req) => getScopeRow(ctx.db, { actor: req.actor, id: req.params.id }),
    );

    const ftags = ['filings'];
    app.get(
      '/filings',
      {
        schema: { tags: ftags, summary: '备案申请列表', querystring: filingQuery, response: { 200: paged(filing) } },
      },
      async (req) => listFilings(ctx.db, { actor: req.actor, keyword: req.query.keyword }),
    );
    app.post(
      '/filings',
      {
        schema: {
          tags: ftags,
          summary: '新建备案申请（初次备案或增量备案）',
          body: filingBody,
          response: { 200: filing },
        },
      },
      async (req) => createFiling(ctx.db, { actor: req.actor, ...req.body }),
    );
    app.get(
      '/filings/:id',
      { schema: { tags: ftags, summary: '备案申请详情', params: idParam, response: { 200: filingDetail } } },
      async (req) => getFiling(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/filings/:id/rows',
      {
        schema: {
          tags: ftags,
          summary: '添加申请认定的职业（工种）',
          params: idParam,
          body: scopeRowBody,
          response: { 200: filingDetail },
        },
      },
      async (req) => addFilingRow(ctx.db, { actor: req.actor, id: req.params.id, body: req.body }),
    );
    app.delete(
      '/filings/:id/rows/:rowId',
      {
        schema: {
          tags: ftags,
          summary: '删除申请认定的职业（工种）',
          params: rowParams,
          response: { 200: filingDetail },
        },
      },
      async (req) => removeFilingRow(ctx.db, { actor: req.actor, id: req.params.id, rowId: req.params.rowId }),
    );
    app.post(
      '/filings/:id/submit',
      { schema: { tags: ftags, summary: '报送备案申请', params: idParam, response: { 200: filingDetail } } },
      async (req) => submitFiling(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/filings/:id/approve',
      {
        schema: {
          tags: ftags,
          summary: '登记备案回执（文号、日期），认定范围生效',
          params: idParam,
          body: filingApproveBody,
          response: { 200: filingDetail },
        },
      },
      async (req) => approveFiling(ctx.db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
    app.post(
      '/filings/:id/return',
      {
        schema: {
          tags: ftags,
          summary: '登记退回',
          params: idParam,
          body: filingReturnBody,
          response: { 200: filingDetail },
        },
      },
      async (req) => returnFiling(ctx.db, { actor: req.actor, id: req.params.id, reason: req.body.reason }),
    );
    app.get(
      '/filings/:id/application',
      {
        schema: {
          tags: ftags,
          summary: '备案申请表（汇总数据与提示）',
          params: idParam,
          response: { 200: filingApplication },
        },
      },
      async (req) => getFilingApplication(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/filings/:id/pdf',
      { schema: { tags: ftags, summary: '下载备案申请表（PDF）', params: idParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await exportFilingPdf(ctx.db, { actor: req.actor, id: req.params.id, fontPath: ctx.config.PDF_FONT_PATH }),
          'application/pdf',
        ),
    );
    app.get(
      '/filings/:id/xlsx',
      { schema: { tags: ftags, summary: '下载汇总表及认定范围清单（Excel）', params: idParam } },
      async (req, reply) =>
        sendFile(reply, await exportFilingLists(ctx.db, { actor: req.actor, id: req.params.id }), XLSX_MIME),
    );
  };
