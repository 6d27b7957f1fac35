// 证书打印 (R-CERT-02, R-CERT-03): print settings and the trial sheet, one face as PDF, a batch's bulk printing as a
// job, print runs on blank stock with their settlement, and the distribution register. Under /api/v1/certificates/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, sendFile } from '../../http/download.js';
import { idParam } from '../../../shared/common.js';
import { certificateBatchIdParam } from '../../../shared/certificates.js';
import {
  bulkPrintBody,
  bulkPrintStarted,
  distributionBody,
  distributionList,
  facePdfQuery,
  printRun,
  printRunList,
  printSettings,
  printSettingsBody,
  settlePrintRunBody,
  trialPrintQuery,
} from '../../../shared/certificates.print.js';
import { distributionsOfBatch, recordDistribution } from './distribution.service.js';
import { certificateFacePdf, startBulkPrint } from './print.service.js';
import { listPrintRuns, settlePrintRun } from './print-runs.service.js';
import { getPrintSettings, putPrintSettings, trialPrint } from './settings.service.js';

export const certificatePrintRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db, config, files } = ctx;
    const tags = ['证书打印'];

    app.get(
      '/certificates/print-settings',
      { schema: { tags, summary: '证书打印设置', response: { 200: printSettings } } },
      async (req) => getPrintSettings(db, { actor: req.actor }),
    );
    app.put(
      '/certificates/print-settings',
      {
        schema: {
          tags,
          summary: '修改证书打印设置（版面、打印机偏移、印章、查询网址、字体）',
          body: printSettingsBody,
          response: { 200: printSettings },
        },
      },
      async (req) => putPrintSettings(db, files, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/certificates/print-settings/trial.pdf',
      { schema: { tags, summary: '试打印一张（套打，按打印机偏移）', querystring: trialPrintQuery } },
      async (req, reply) =>
        sendFile(reply, await trialPrint(db, files, { actor: req.actor, printer: req.query.printer }), PDF_MIME),
    );
    app.get(
      '/certificates/:id/face.pdf',
      { schema: { tags, summary: '打印一本证书（PDF）', params: idParam, querystring: facePdfQuery } },
      async (req, reply) =>
        sendFile(
          reply,
          await certificateFacePdf(db, files, config, {
            actor: req.actor,
            id: req.params.id,
            mode: req.query.mode,
            printer: req.query.printer,
          }),
          PDF_MIME,
        ),
    );
    app.post(
      '/certificates/batches/:batchId/print',
      {
        schema: {
          tags,
          summary: '批量打印本批次证书（后台任务；无照片的证书列出、不打印）',
          params: certificateBatchIdParam,
          body: bulkPrintBody,
          response: { 200: bulkPrintStarted },
        },
      },
      async (req) =>
        startBulkPrint(
          { db, files, jobs: ctx.jobs },
          {
            actor: req.actor,
            batchId: req.params.batchId,
            mode: req.body.mode,
            printer: req.body.printer,
            firstSerial: req.body.firstSerial,
          },
        ),
    );
    app.get(
      '/certificates/print-runs',
      { schema: { tags, summary: '证书打印批次（空白证书领用与结算）', response: { 200: printRunList } } },
      async (req) => listPrintRuns(db, { actor: req.actor }),
    );
    app.post(
      '/certificates/print-runs/:id/settle',
      {
        schema: {
          tags,
          summary: '打印批次结算（领用 = 打印成功 + 作废）',
          params: idParam,
          body: settlePrintRunBody,
          response: { 200: printRun },
        },
      },
      async (req) => settlePrintRun(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.get(
      '/certificates/batches/:batchId/distributions',
      {
        schema: {
          tags,
          summary: '证书发放登记（本批次）',
          params: certificateBatchIdParam,
          response: { 200: distributionList },
        },
      },
      async (req) => distributionsOfBatch(db, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      '/certificates/:id/distribution',
      {
        schema: {
          tags,
          summary: '登记证书发放（领取人、日期、签名）',
          params: idParam,
          body: distributionBody,
          response: { 200: distributionList },
        },
      },
      async (req) => recordDistribution(db, files, { actor: req.actor, id: req.params.id, data: req.body }),
    );
  };
