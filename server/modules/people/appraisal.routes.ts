import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  appealBody,
  appealDecisionBody,
  appraisalRow,
  appraisalScore,
  appraisalScoreBody,
  finalizeResult,
  misconductBody,
  misconductRecord,
  yearQuery,
  appraisalQuery,
} from '../../../shared/people-appraisal.js';
import { exportAppraisals, finalizeAppraisalYear, listAppraisals, recordAppraisalScore } from './appraisal.service.js';
import { decideAppeal, fileAppeal, listMisconduct, recordMisconduct } from './misconduct.service.js';
import { XLSX_MIME, attachment } from '../../http/download.js';

/** R-PPL-09: examiner appraisal; R-PPL-10: exam-staff misconduct and appeals. */
export const appraisalRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['people'];
    app.get(
      '/appraisals',
      {
        schema: {
          tags,
          summary: '考评员年度考核（按年度）',
          querystring: appraisalQuery,
          response: { 200: paged(appraisalRow) },
        },
      },
      async (req) => listAppraisals(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.post(
      '/appraisals/scores',
      {
        schema: {
          tags,
          summary: '登记批次认定分数或缺席',
          body: appraisalScoreBody,
          response: { 200: appraisalScore },
        },
      },
      async (req) => recordAppraisalScore(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/appraisals/finalize',
      {
        schema: {
          tags,
          summary: '确定年度考核等次（聘期内两年不合格者解聘）',
          body: yearQuery,
          response: { 200: finalizeResult },
        },
      },
      async (req) => finalizeAppraisalYear(ctx.db, { actor: req.actor, year: req.body.year }),
    );
    app.get(
      '/appraisals/export',
      { schema: { tags, summary: '导出考评人员年度考核评议表', querystring: yearQuery } },
      async (req, reply) => {
        const x = await exportAppraisals(ctx.db, { actor: req.actor, year: req.query.year });
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', attachment(x.fileName))
          .send(x.bytes);
      },
    );
    app.get(
      '/misconduct',
      { schema: { tags, summary: '考务人员违纪记录', response: { 200: paged(misconductRecord) } } },
      async (req) => listMisconduct(ctx.db, { actor: req.actor }),
    );
    app.post(
      '/misconduct',
      {
        schema: {
          tags,
          summary: '登记考务人员违纪（终止其考务工作）',
          body: misconductBody,
          response: { 200: misconductRecord },
        },
      },
      async (req) => recordMisconduct(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/misconduct/:id/appeal',
      { schema: { tags, summary: '登记申诉', params: idParam, body: appealBody, response: { 200: misconductRecord } } },
      async (req) => fileAppeal(ctx.db, { actor: req.actor, id: req.params.id, text: req.body.text }),
    );
    app.post(
      '/misconduct/:id/decision',
      {
        schema: {
          tags,
          summary: '申诉处理结果',
          params: idParam,
          body: appealDecisionBody,
          response: { 200: misconductRecord },
        },
      },
      async (req) => decideAppeal(ctx.db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
  };
