import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, okResponse, paged } from '../../../shared/common.js';
import {
  batchFees,
  feeStandard,
  feeStandardBody,
  feeStandardQuery,
  paymentBody,
  paymentResult,
  photoImportResult,
  refundBody,
} from '../../../shared/registration.js';
import { XLSX_MIME, sendFile } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import { createFeeStandard, deleteFeeStandard, listFeeStandards, updateFeeStandard } from './fees.service.js';
import { exportBatchFeesXlsx, listBatchFees, recordPayment, recordRefund } from './payments.service.js';
import { importBatchPhotos, PHOTO_ZIP_MAX_BYTES } from './photos.service.js';

/** R-FEE-01: fee standards, payments and refunds, a batch's income; R-REG-01: a batch's photos from a ZIP. */
export const feesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['fees'];
    const db = ctx.db;
    app.get(
      '/fee-standards',
      {
        schema: { tags, summary: '收费标准列表', querystring: feeStandardQuery, response: { 200: paged(feeStandard) } },
      },
      async (req) => listFeeStandards(db, { actor: req.actor, keyword: req.query.keyword }),
    );
    app.post(
      '/fee-standards',
      { schema: { tags, summary: '新增收费标准', body: feeStandardBody, response: { 200: feeStandard } } },
      async (req) => createFeeStandard(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/fee-standards/:id',
      {
        schema: {
          tags,
          summary: '修改收费标准',
          params: idParam,
          body: feeStandardBody,
          response: { 200: feeStandard },
        },
      },
      async (req) => updateFeeStandard(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.delete(
      '/fee-standards/:id',
      { schema: { tags, summary: '删除收费标准', params: idParam, response: { 200: okResponse } } },
      async (req) => deleteFeeStandard(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/payments',
      { schema: { tags, summary: '登记缴费（审核通过的报名）', body: paymentBody, response: { 200: paymentResult } } },
      async (req) => recordPayment(db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/refunds',
      { schema: { tags, summary: '登记退费', body: refundBody, response: { 200: paymentResult } } },
      async (req) => recordRefund(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/batches/:id/payments',
      { schema: { tags, summary: '批次缴费情况与收入汇总', params: idParam, response: { 200: batchFees } } },
      async (req) => listBatchFees(db, { actor: req.actor, batchId: req.params.id }),
    );
    app.get(
      '/batches/:id/payments/xlsx',
      { schema: { tags, summary: '导出批次缴费明细（Excel）', params: idParam } },
      async (req, reply) =>
        sendFile(reply, await exportBatchFeesXlsx(db, { actor: req.actor, batchId: req.params.id }), XLSX_MIME),
    );
    app.post(
      '/batches/:id/photos/import',
      {
        schema: {
          tags,
          summary: '照片批量导入（ZIP，按身份证号或学号命名）',
          params: idParam,
          consumes: ['multipart/form-data'],
          response: { 200: photoImportResult },
        },
      },
      async (req) => {
        // A photo ZIP may be larger than an ordinary upload; its own limit (and the entry limits) apply.
        const { bytes } = await readUploadedFile(req, {
          what: ' ZIP 文件',
          limits: { fileSize: PHOTO_ZIP_MAX_BYTES, files: 1 },
        });
        return importBatchPhotos(db, ctx.files, { actor: req.actor, pii: ctx.pii, batchId: req.params.id, zip: bytes });
      },
    );
  };
