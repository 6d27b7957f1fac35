import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, sendFile } from '../../http/download.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  assembleBody,
  assemblyView,
  capacityQuery,
  capacityReport,
  paperListQuery,
  paperPdfQuery,
  paperSummary,
  paperView,
  planBody,
  planDefaults,
  planDefaultsQuery,
  planListQuery,
  planSummary,
  planView,
  printBody,
  printRun,
  publishResult,
  sealCheck,
} from '../../../shared/itembank-papers.js';
import { createPlan, getPlan, getPlanDefaults, listPlans, planCapacity, updatePlan } from './plans.service.js';
import { assemblePlan, assemblyReportPdf, getAssembly, publishAssembly } from './assembly.service.js';
import { getPaper, listPapers, paperPdf, recordPrint, verifyPaperSeal } from './papers.service.js';

/** 组卷方案、组卷与试卷 (R-BANK-02/03). */
export const papersRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['itembank'];
    const db = ctx.db;
    const fontPath = ctx.config.PDF_FONT_PATH;

    app.get(
      '/itembank/plans',
      { schema: { tags, summary: '组卷方案列表', querystring: planListQuery, response: { 200: paged(planSummary) } } },
      async (req) => listPlans(db, { actor: req.actor, blueprintId: req.query.blueprintId }),
    );
    app.get(
      '/itembank/plans/defaults',
      {
        schema: {
          tags,
          summary: '按鉴定比重生成的默认组卷方案',
          querystring: planDefaultsQuery,
          response: { 200: planDefaults },
        },
      },
      async (req) => getPlanDefaults(db, { actor: req.actor, ...req.query }),
    );
    app.post(
      '/itembank/plans',
      { schema: { tags, summary: '新增组卷方案', body: planBody, response: { 200: planView } } },
      async (req) => createPlan(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/itembank/plans/:id',
      { schema: { tags, summary: '组卷方案', params: idParam, response: { 200: planView } } },
      async (req) => getPlan(db, { actor: req.actor, id: req.params.id }),
    );
    app.put(
      '/itembank/plans/:id',
      { schema: { tags, summary: '修改组卷方案', params: idParam, body: planBody, response: { 200: planView } } },
      async (req) => updatePlan(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.get(
      '/itembank/plans/:id/capacity',
      {
        schema: {
          tags,
          summary: '题库容量报告',
          params: idParam,
          querystring: capacityQuery,
          response: { 200: capacityReport },
        },
      },
      async (req) => planCapacity(db, { actor: req.actor, id: req.params.id, formCount: req.query.formCount }),
    );
    app.post(
      '/itembank/plans/:id/assemblies',
      { schema: { tags, summary: '组卷', params: idParam, body: assembleBody, response: { 200: assemblyView } } },
      async (req) => assemblePlan(db, { actor: req.actor, planId: req.params.id, ...req.body }),
    );
    app.get(
      '/itembank/assemblies/:id',
      { schema: { tags, summary: '组卷结果', params: idParam, response: { 200: assemblyView } } },
      async (req) => getAssembly(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/itembank/assemblies/:id/publish',
      { schema: { tags, summary: '发布并封存试卷', params: idParam, response: { 200: publishResult } } },
      async (req) => publishAssembly(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/itembank/assemblies/:id/report.pdf',
      { schema: { tags, summary: '组卷报告（PDF）', params: idParam } },
      async (req, reply) =>
        sendFile(reply, await assemblyReportPdf(db, { actor: req.actor, id: req.params.id, fontPath }), PDF_MIME),
    );

    app.get(
      '/itembank/papers',
      { schema: { tags, summary: '试卷列表', querystring: paperListQuery, response: { 200: paged(paperSummary) } } },
      async (req) => listPapers(db, { actor: req.actor, query: req.query }),
    );
    app.get(
      '/itembank/papers/:id',
      { schema: { tags, summary: '试卷（含参考答案）', params: idParam, response: { 200: paperView } } },
      async (req) => getPaper(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/itembank/papers/:id/pdf',
      { schema: { tags, summary: '试卷、参考答案或答题卡（PDF）', params: idParam, querystring: paperPdfQuery } },
      async (req, reply) =>
        sendFile(
          reply,
          await paperPdf(db, { actor: req.actor, id: req.params.id, kind: req.query.kind, fontPath, files: ctx.files }),
          PDF_MIME,
        ),
    );
    app.get(
      '/itembank/papers/:id/seal',
      { schema: { tags, summary: '核验试卷封存', params: idParam, response: { 200: sealCheck } } },
      async (req) => verifyPaperSeal(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/itembank/papers/:id/prints',
      {
        schema: {
          tags,
          summary: '登记印制份数',
          params: idParam,
          body: printBody,
          response: { 200: z.object({ items: z.array(printRun), total: z.number().int() }) },
        },
      },
      async (req) => recordPrint(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
  };
