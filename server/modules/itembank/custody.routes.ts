import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { sendFile } from '../../http/download.js';
import { idParam, okResponse, paged } from '../../../shared/common.js';
import {
  custodyBatchOption,
  custodyDuty,
  custodyDutyBody,
  custodyExportQuery,
  custodyQuery,
  documentTransfer,
  documentTransferBody,
} from '../../../shared/custody.js';
import { exportDuties, exportTransfers } from './custody.export.js';
import {
  deleteDuty,
  deleteTransfer,
  listCustodyBatches,
  listDuties,
  listTransfers,
  saveDuty,
  saveTransfer,
} from './custody.service.js';

/** 试卷保密室值班记录与文件移交登记表 (R-BANK-03). */
export const custodyRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const fontPath = ctx.config.PDF_FONT_PATH;
    const tags = ['试卷保管'];
    app.get(
      '/custody/batches',
      { schema: { tags, summary: '可登记的批次', response: { 200: paged(custodyBatchOption) } } },
      async (req) => listCustodyBatches(db, { actor: req.actor }),
    );

    app.get(
      '/custody/duties',
      {
        schema: {
          tags,
          summary: '试卷保密室值班记录',
          querystring: custodyQuery,
          response: { 200: paged(custodyDuty) },
        },
      },
      async (req) => listDuties(db, { actor: req.actor, query: req.query }),
    );
    app.post(
      '/custody/duties',
      { schema: { tags, summary: '新增值班记录', body: custodyDutyBody, response: { 200: custodyDuty } } },
      async (req) => saveDuty(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/custody/duties/:id',
      {
        schema: {
          tags,
          summary: '修改值班记录',
          params: idParam,
          body: custodyDutyBody,
          response: { 200: custodyDuty },
        },
      },
      async (req) => saveDuty(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.delete(
      '/custody/duties/:id',
      { schema: { tags, summary: '删除值班记录', params: idParam, response: { 200: okResponse } } },
      async (req) => deleteDuty(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/custody/duties/export',
      { schema: { tags, summary: '导出试卷保密室值班记录（PDF/Excel）', querystring: custodyExportQuery } },
      async (req, reply) => {
        const { format, ...query } = req.query;
        const file = await exportDuties(db, { actor: req.actor, query, format, fontPath });
        return sendFile(reply, file, file.mime);
      },
    );

    app.get(
      '/custody/transfers',
      {
        schema: {
          tags,
          summary: '文件移交登记表',
          querystring: custodyQuery,
          response: { 200: paged(documentTransfer) },
        },
      },
      async (req) => listTransfers(db, { actor: req.actor, query: req.query }),
    );
    app.post(
      '/custody/transfers',
      {
        schema: { tags, summary: '新增文件移交登记', body: documentTransferBody, response: { 200: documentTransfer } },
      },
      async (req) => saveTransfer(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/custody/transfers/:id',
      {
        schema: {
          tags,
          summary: '修改文件移交登记',
          params: idParam,
          body: documentTransferBody,
          response: { 200: documentTransfer },
        },
      },
      async (req) => saveTransfer(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.delete(
      '/custody/transfers/:id',
      { schema: { tags, summary: '删除文件移交登记', params: idParam, response: { 200: okResponse } } },
      async (req) => deleteTransfer(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/custody/transfers/export',
      { schema: { tags, summary: '导出文件移交登记表（PDF/Excel）', querystring: custodyExportQuery } },
      async (req, reply) => {
        const { format, ...query } = req.query;
        const file = await exportTransfers(db, { actor: req.actor, query, format, fontPath });
        return sendFile(reply, file, file.mime);
      },
    );
  };
