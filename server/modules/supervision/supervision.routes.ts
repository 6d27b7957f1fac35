// 质量督导 (R-SUP-01…03) under /api/v1/supervision/: the plan, the teams' reports, observations and breaches, and
// the external supervision records.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, sendFile } from '../../http/download.js';
import { idParam } from '../../../shared/common.js';
import {
  externalBody,
  externalSupervision,
  externalSupervisionList,
  observationBody,
  planBody,
  reportBody,
  supervisionObservation,
  supervisionObservationList,
  supervisionPlan,
  supervisionPlanList,
  supervisionReport,
  supervisionTeamList,
  teamParams,
} from '../../../shared/supervision.js';
import { addExternal, approvePlan, createPlan, listExternal, listPlans, updatePlan } from './plan.service.js';
import {
  addObservation,
  getTeamReport,
  listBreaches,
  listTeams,
  saveReport,
  signReport,
  submitReport,
} from './supervision.service.js';
import { reportPdf } from './supervision.pdf.js';

export const supervisionRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['质量督导'];
    const fontPath = ctx.config.PDF_FONT_PATH;
    const team = '/supervision/batches/:batchId/sites/:siteId';

    app.get(
      '/supervision/plans',
      { schema: { tags, summary: '质量督导计划', response: { 200: supervisionPlanList } } },
      async (req) => listPlans(db, { actor: req.actor }),
    );
    app.post(
      '/supervision/plans',
      { schema: { tags, summary: '制定质量督导计划', body: planBody, response: { 200: supervisionPlan } } },
      async (req) => createPlan(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/supervision/plans/:id',
      {
        schema: {
          tags,
          summary: '修改质量督导计划',
          params: idParam,
          body: planBody,
          response: { 200: supervisionPlan },
        },
      },
      async (req) => updatePlan(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/supervision/plans/:id/approve',
      { schema: { tags, summary: '批准质量督导计划', params: idParam, response: { 200: supervisionPlan } } },
      async (req) => approvePlan(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/supervision/teams',
      {
        schema: {
          tags,
          summary: '督导组与督导报告（中心：全部；督导员：本人所在督导组）',
          response: { 200: supervisionTeamList },
        },
      },
      async (req) => listTeams(db, { actor: req.actor }),
    );
    app.get(
      team,
      {
        schema: {
          tags,
          summary: '督导报告、督导记录与外部督导',
          params: teamParams,
          response: { 200: supervisionReport },
        },
      },
      async (req) => getTeamReport(db, { actor: req.actor, ...req.params }),
    );
    app.put(
      `${team}/report`,
      {
        schema: {
          tags,
          summary: '填写督导报告',
          params: teamParams,
          body: reportBody,
          response: { 200: supervisionReport },
        },
      },
      async (req) => saveReport(db, { actor: req.actor, ...req.params, data: req.body }),
    );
    app.post(
      `${team}/report/sign`,
      { schema: { tags, summary: '督导组成员签名', params: teamParams, response: { 200: supervisionReport } } },
      async (req) => signReport(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${team}/report/submit`,
      {
        schema: {
          tags,
          summary: '提交督导报告（全体成员签名后）',
          params: teamParams,
          response: { 200: supervisionReport },
        },
      },
      async (req) => submitReport(db, { actor: req.actor, ...req.params }),
    );
    app.get(
      `${team}/report.pdf`,
      { schema: { tags, summary: '质量督导报告（PDF）', params: teamParams } },
      async (req, reply) =>
        sendFile(reply, await reportPdf(db, { actor: req.actor, ...req.params, fontPath }), PDF_MIME),
    );
    app.post(
      `${team}/observations`,
      {
        schema: {
          tags,
          summary: '记录督导情况（检查清单、记录、照片，制止并报告违规）',
          params: teamParams,
          body: observationBody,
          response: { 200: supervisionObservation },
        },
      },
      async (req) => addObservation(db, { actor: req.actor, ...req.params, data: req.body }),
    );
    app.get(
      '/supervision/breaches',
      { schema: { tags, summary: '督导员制止并报告的违规行为', response: { 200: supervisionObservationList } } },
      async (req) => listBreaches(db, { actor: req.actor }),
    );
    app.get(
      '/supervision/external',
      { schema: { tags, summary: '外部质量督导记录', response: { 200: externalSupervisionList } } },
      async (req) => listExternal(db, { actor: req.actor }),
    );
    app.post(
      '/supervision/external',
      {
        schema: {
          tags,
          summary: '登记外部质量督导（双随机一公开）',
          body: externalBody,
          response: { 200: externalSupervision },
        },
      },
      async (req) => addExternal(db, { actor: req.actor, data: req.body }),
    );
  };
