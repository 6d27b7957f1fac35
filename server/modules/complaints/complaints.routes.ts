// 考生投诉 (R-CMP-01…04): the centre's routes under /api/v1/complaints/, the public form and lookup under
// /api/v1/public/complaints (no login, rate limited like the sign-up), the candidate's own under /api/v1/me/complaints.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, sendFile } from '../../http/download.js';
import {
  assignHandlerBody,
  complaintDetail,
  complaintIdParam,
  complaintList,
  complaintListQuery,
  complaintReceipt,
  complaintResultBody,
  complaintStatus,
  decideComplaintBody,
  extendComplaintBody,
  myComplaintList,
  portalComplaintBody,
  publicComplaintBody,
  recordComplaintBody,
  trackingQuery,
} from '../../../shared/complaints.js';
import {
  assignHandler,
  closeComplaint,
  decideComplaint,
  extendComplaint,
  getComplaint,
  listComplaints,
  recordComplaint,
  recordComplaintResult,
} from './complaints.service.js';
import { complaintStatusByCode, filePortalComplaint, filePublicComplaint, myComplaints } from './public.service.js';
import { complaintLetterPdf } from './letters.pdf.js';

export const complaintsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const fontPath = ctx.config.PDF_FONT_PATH;
    const tags = ['考生投诉'];
    const one = '/complaints/:id';

    app.get(
      '/complaints',
      {
        schema: {
          tags,
          summary: '考生投诉：列表（含期限与逾期标记）',
          querystring: complaintListQuery,
          response: { 200: complaintList },
        },
      },
      async (req) =>
        listComplaints(db, {
          actor: req.actor,
          state: req.query.state,
          overdue: req.query.overdue === 'true',
        }),
    );
    app.post(
      '/complaints',
      {
        schema: {
          tags,
          summary: '登记考生投诉（口头、电话、信件、网上）',
          body: recordComplaintBody,
          response: { 200: complaintReceipt },
        },
      },
      async (req) => recordComplaint(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      one,
      { schema: { tags, summary: '考生投诉详情', params: complaintIdParam, response: { 200: complaintDetail } } },
      async (req) => getComplaint(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      `${one}/handler`,
      {
        schema: {
          tags,
          summary: '指定承办人（被投诉人员不得承办）',
          params: complaintIdParam,
          body: assignHandlerBody,
          response: { 200: complaintDetail },
        },
      },
      async (req) => assignHandler(db, { actor: req.actor, id: req.params.id, handlerId: req.body.handlerId }),
    );
    app.post(
      `${one}/decision`,
      {
        schema: {
          tags,
          summary: '决定是否调查（3 个工作日内）',
          params: complaintIdParam,
          body: decideComplaintBody,
          response: { 200: complaintDetail },
        },
      },
      async (req) => decideComplaint(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      `${one}/extension`,
      {
        schema: {
          tags,
          summary: '延长处理期限（写明原因并通知投诉人）',
          params: complaintIdParam,
          body: extendComplaintBody,
          response: { 200: complaintDetail },
        },
      },
      async (req) => extendComplaint(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      `${one}/result`,
      {
        schema: {
          tags,
          summary: '登记处理结果',
          params: complaintIdParam,
          body: complaintResultBody,
          response: { 200: complaintDetail },
        },
      },
      async (req) => recordComplaintResult(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      `${one}/close`,
      {
        schema: { tags, summary: '办结归档', params: complaintIdParam, response: { 200: complaintDetail } },
      },
      async (req) => closeComplaint(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      `${one}/decision.pdf`,
      { schema: { tags, summary: '下载受理 / 不予调查通知书（PDF）', params: complaintIdParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await complaintLetterPdf(db, { actor: req.actor, id: req.params.id, kind: 'decision', fontPath }),
          PDF_MIME,
        ),
    );
    app.get(
      `${one}/result.pdf`,
      { schema: { tags, summary: '下载处理结果告知书（PDF）', params: complaintIdParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await complaintLetterPdf(db, { actor: req.actor, id: req.params.id, kind: 'result', fontPath }),
          PDF_MIME,
        ),
    );

    // ── The public page (no login): rate limited per address like the sign-up ──
    const ptags = ['考生投诉（公开）'];
    const readLimit = { max: ctx.config.LOGIN_RATE_PER_MINUTE * 6, timeWindow: '1 minute' };
    const writeLimit = { max: ctx.config.LOGIN_RATE_PER_MINUTE, timeWindow: '1 minute' };
    app.post(
      '/public/complaints',
      {
        schema: {
          tags: ptags,
          summary: '提交投诉（公开，返回查询码）',
          body: publicComplaintBody,
          response: { 200: complaintReceipt },
        },
        config: { public: true, rateLimit: writeLimit },
      },
      async (req) => filePublicComplaint(db, { ip: req.ip, data: req.body }),
    );
    app.get(
      '/public/complaints/status',
      {
        schema: {
          tags: ptags,
          summary: '凭查询码查询投诉办理进度（公开）',
          querystring: trackingQuery,
          response: { 200: complaintStatus },
        },
        config: { public: true, rateLimit: readLimit },
      },
      async (req) => complaintStatusByCode(db, { trackingCode: req.query.trackingCode }),
    );

    // ── The candidate's own complaints (portal) ──
    app.get(
      '/me/complaints',
      { schema: { tags: ['portal'], summary: '我的投诉', response: { 200: myComplaintList } } },
      async (req) => myComplaints(db, { actor: req.actor }),
    );
    app.post(
      '/me/complaints',
      {
        schema: {
          tags: ['portal'],
          summary: '提交投诉（考生本人）',
          body: portalComplaintBody,
          response: { 200: complaintReceipt },
        },
      },
      async (req) => filePortalComplaint(db, { actor: req.actor, data: req.body }),
    );
  };
