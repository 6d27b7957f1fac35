import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { XLSX_MIME, sendFile } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import { idParam, okResponse, paged } from '../../../shared/common.js';
import {
  bankSettings,
  bankSettingsBody,
  blueprintCreateBody,
  blueprintDetail,
  blueprintNodeBody,
  blueprintNodeParams,
  blueprintNodeUpdateBody,
  blueprintOccupation,
  blueprintQuery,
  blueprintSummary,
} from '../../../shared/itembank-blueprint.js';
import {
  addBlueprintNode,
  blueprintTemplate,
  createBlueprint,
  deleteBlueprint,
  deleteBlueprintNode,
  exportBlueprint,
  getBlueprint,
  importBlueprint,
  listBlueprintOccupations,
  listBlueprints,
  updateBlueprintNode,
} from './blueprint.service.js';
import { getBankSettings, updateBankSettings } from './settings.service.js';

/** 鉴定要素细目表 and the bank's settings (R-BANK-01). */
export const blueprintRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['itembank'];
    const db = ctx.db;

    app.get(
      '/itembank/blueprints',
      {
        schema: {
          tags,
          summary: '鉴定要素细目表列表',
          querystring: blueprintQuery,
          response: { 200: paged(blueprintSummary) },
        },
      },
      async (req) => listBlueprints(db, { actor: req.actor, query: req.query }),
    );
    app.get(
      '/itembank/blueprints/occupations',
      { schema: { tags, summary: '可建细目表的职业（认定范围）', response: { 200: paged(blueprintOccupation) } } },
      async (req) => listBlueprintOccupations(db, { actor: req.actor }),
    );
    app.get('/itembank/blueprints/template', { schema: { tags, summary: '下载细目表导入模板' } }, async (req, reply) =>
      sendFile(reply, await blueprintTemplate(db, { actor: req.actor }), XLSX_MIME),
    );
    app.post(
      '/itembank/blueprints',
      { schema: { tags, summary: '新建细目表', body: blueprintCreateBody, response: { 200: blueprintDetail } } },
      async (req) => createBlueprint(db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/itembank/blueprints/import',
      {
        schema: {
          tags,
          summary: '从 Excel 导入细目表（有错误则全部不导入）',
          consumes: ['multipart/form-data'],
          response: { 200: blueprintDetail },
        },
      },
      async (req) => {
        const { bytes, name, fields } = await readUploadedFile(req, { what: '细目表 Excel 文件' });
        return importBlueprint(db, { actor: req.actor, fields, bytes, fileName: name });
      },
    );
    app.get(
      '/itembank/blueprints/:id',
      { schema: { tags, summary: '细目表（树与检查提示）', params: idParam, response: { 200: blueprintDetail } } },
      async (req) => getBlueprint(db, { actor: req.actor, id: req.params.id }),
    );
    app.delete(
      '/itembank/blueprints/:id',
      { schema: { tags, summary: '删除细目表（无试题时）', params: idParam, response: { 200: okResponse } } },
      async (req) => deleteBlueprint(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/itembank/blueprints/:id/export',
      { schema: { tags, summary: '导出细目表（Excel，与导入格式相同）', params: idParam } },
      async (req, reply) =>
        sendFile(reply, await exportBlueprint(db, { actor: req.actor, id: req.params.id }), XLSX_MIME),
    );
    app.post(
      '/itembank/blueprints/:id/nodes',
      {
        schema: {
          tags,
          summary: '新增鉴定范围或鉴定点',
          params: idParam,
          body: blueprintNodeBody,
          response: { 200: blueprintDetail },
        },
      },
      async (req) => addBlueprintNode(db, { actor: req.actor, blueprintId: req.params.id, data: req.body }),
    );
    app.put(
      '/itembank/blueprints/:id/nodes/:nodeId',
      {
        schema: {
          tags,
          summary: '修改或移动节点',
          params: blueprintNodeParams,
          body: blueprintNodeUpdateBody,
          response: { 200: blueprintDetail },
        },
      },
      async (req) =>
        updateBlueprintNode(db, {
          actor: req.actor,
          blueprintId: req.params.id,
          nodeId: req.params.nodeId,
          data: req.body,
        }),
    );
    app.delete(
      '/itembank/blueprints/:id/nodes/:nodeId',
      {
        schema: {
          tags,
          summary: '删除节点（及其下级）',
          params: blueprintNodeParams,
          response: { 200: blueprintDetail },
        },
      },
      async (req) =>
        deleteBlueprintNode(db, { actor: req.actor, blueprintId: req.params.id, nodeId: req.params.nodeId }),
    );

    app.get(
      '/itembank/settings',
      { schema: { tags, summary: '题库设置', response: { 200: bankSettings } } },
      async (req) => getBankSettings(db, { actor: req.actor }),
    );
    app.put(
      '/itembank/settings',
      { schema: { tags, summary: '修改题库设置', body: bankSettingsBody, response: { 200: bankSettings } } },
      async (req) => updateBankSettings(db, { actor: req.actor, data: req.body }),
    );
  };
