// 成绩公示 (R-PUB-01): the centre's routes under /api/v1/publicity/, the public page's under /api/v1/public/publicity/
// (no login, rate limited like the sign-up), and the candidate's own results under /api/v1/me/results.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { sendFile, XLSX_MIME } from '../../http/download.js';
import {
  batchIdParam,
  candidateObjectionBody,
  myResultList,
  objectionIdParam,
  objectionReceipt,
  publicityBatchList,
  publicityDetail,
  publicityObjection,
  publicitySettings,
  publicitySettingsResponse,
  publicObjectionBody,
  publicPublicityList,
  publicPublicityResults,
  resolveObjectionBody,
  staffObjectionBody,
  startPublicityBody,
} from '../../../shared/publicity.js';
import {
  getPublicityBatch,
  getPublicitySettings,
  listPublicityBatches,
  makeResultsFinal,
  putPublicitySettings,
  startPublicity,
} from './publicity.service.js';
import {
  fileCandidateObjection,
  filePublicObjection,
  recordStaffObjection,
  resolveObjection,
} from './objections.service.js';
import { getPublicPublicity, listPublicPublicity, myResults } from './public.service.js';
import { downloadResults, exportResults } from './export.service.js';

export const publicityRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['成绩公示'];
    const batch = '/publicity/batches/:batchId';

    app.get(
      '/publicity/settings',
      { schema: { tags, summary: '成绩公示设置', response: { 200: publicitySettingsResponse } } },
      async (req) => getPublicitySettings(db, { actor: req.actor }),
    );
    app.put(
      '/publicity/settings',
      {
        schema: {
          tags,
          summary: '修改成绩公示设置（公示工作日数）',
          body: publicitySettings,
          response: { 200: publicitySettingsResponse },
        },
      },
      async (req) => putPublicitySettings(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/publicity/batches',
      {
        schema: { tags, summary: '成绩公示：待公示、公示中与成绩已确定的批次', response: { 200: publicityBatchList } },
      },
      async (req) => listPublicityBatches(db, { actor: req.actor }),
    );
    app.get(
      batch,
      {
        schema: {
          tags,
          summary: '批次的成绩公示：名单与异议',
          params: batchIdParam,
          response: { 200: publicityDetail },
        },
      },
      async (req) => getPublicityBatch(db, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      `${batch}/start`,
      {
        schema: {
          tags,
          summary: '开始成绩公示',
          params: batchIdParam,
          body: startPublicityBody,
          response: { 200: publicityDetail },
        },
      },
      async (req) => startPublicity(db, { actor: req.actor, batchId: req.params.batchId, startsOn: req.body.startsOn }),
    );
    app.post(
      `${batch}/objections`,
      {
        schema: {
          tags,
          summary: '登记异议（来信、来电等）',
          params: batchIdParam,
          body: staffObjectionBody,
          response: { 200: publicityObjection },
        },
      },
      async (req) => recordStaffObjection(db, { actor: req.actor, batchId: req.params.batchId, data: req.body }),
    );
    app.post(
      '/publicity/objections/:id/resolve',
      {
        schema: {
          tags,
          summary: '处理异议（填写处理结果）',
          params: objectionIdParam,
          body: resolveObjectionBody,
          response: { 200: publicityObjection },
        },
      },
      async (req) => resolveObjection(db, { actor: req.actor, id: req.params.id, resolution: req.body.resolution }),
    );
    app.post(
      `${batch}/final`,
      {
        schema: { tags, summary: '公示期满，确定成绩', params: batchIdParam, response: { 200: publicityDetail } },
      },
      async (req) => makeResultsFinal(db, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      `${batch}/export`,
      {
        schema: { tags, summary: '导出成绩上报表', params: batchIdParam, response: { 200: publicityDetail } },
      },
      async (req) => exportResults(db, ctx, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.get(
      `${batch}/export.xlsx`,
      { schema: { tags, summary: '下载成绩上报表（Excel）', params: batchIdParam } },
      async (req, reply) =>
        sendFile(reply, await downloadResults(db, ctx, { actor: req.actor, batchId: req.params.batchId }), XLSX_MIME),
    );

    // ── The public page (no login): rate limited per address like the sign-up ──
    const ptags = ['成绩公示（公开）'];
    const readLimit = { max: ctx.config.LOGIN_RATE_PER_MINUTE * 6, timeWindow: '1 minute' };
    const writeLimit = { max: ctx.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' };
    app.get(
      '/public/publicity',
      {
        schema: { tags: ptags, summary: '正在公示的认定成绩（公开）', response: { 200: publicPublicityList } },
        config: { public: true, rateLimit: readLimit },
      },
      async () => listPublicPublicity(db),
    );
    app.get(
      '/public/publicity/:batchId',
      {
        schema: {
          tags: ptags,
          summary: '批次成绩公示名单（公开）',
          params: batchIdParam,
          response: { 200: publicPublicityResults },
        },
        config: { public: true, rateLimit: readLimit },
      },
      async (req) => getPublicPublicity(db, { batchId: req.params.batchId }),
    );
    app.post(
      '/public/publicity/:batchId/objections',
      {
        schema: {
          tags: ptags,
          summary: '对公示成绩提出异议（公开，公示期内）',
          params: batchIdParam,
          body: publicObjectionBody,
          response: { 200: objectionReceipt },
        },
        config: { public: true, rateLimit: writeLimit },
      },
      async (req) => filePublicObjection(db, { batchId: req.params.batchId, ip: req.ip, data: req.body }),
    );

    // ── The candidate's own results (portal) ──
    app.get(
      '/me/results',
      { schema: { tags: ['portal'], summary: '我的认定成绩（公示中与已确定）', response: { 200: myResultList } } },
      async (req) => myResults(db, { actor: req.actor }),
    );
    app.post(
      '/me/results/objections',
      {
        schema: {
          tags: ['portal'],
          summary: '对本人公示成绩提出异议（公示期内）',
          body: candidateObjectionBody,
          response: { 200: objectionReceipt },
        },
      },
      async (req) => fileCandidateObjection(db, { actor: req.actor, data: req.body }),
    );
  };
