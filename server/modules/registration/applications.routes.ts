/**
 * Applications (R-REG-01/02/03, R-ELIG-00…07). Schemas in shared/registration.ts, section "applications".
 * Every route is under /api/v1. Errors: { error: { code, message (Chinese, names the field), details } }.
 *
 * Candidate portal (permission portal.apply; the candidate is the person with persons.user_id = the account):
 *   GET    /portal/me                              → portalMe: own person (masked ID, college, class, photo id), profile complete?, what is missing
 *   GET    /portal/batches                         → { items: portalBatch[] }: batches 报名中 with a published notice and the window open today, each with the engine's levels and reasons
 *   GET    /portal/applications                    → { items: applicationRow[], total }: own applications (status, fee)
 *   GET    /portal/applications/:id                → applicationDetail: with every decision (reason, reviewer role, time) and the engine's reasons
 *   POST   /portal/applications        applyBody   → applicationDetail: apply (refused: window closed, not 报名中, level not eligible, duplicate, banned)
 *   PUT    /portal/applications/:id    resubmitBody→ applicationDetail: correct a 已退回 application and resubmit it (back to 待学院初审 for a college's candidate, else 待中心复审)
 *   POST   /portal/applications/:id/withdraw withdrawBody → applicationDetail: withdraw before approval
 *   GET    /portal/applications/:id/form.pdf       → PDF: 职业技能等级认定备案表, two pages (第一联 考生留存 / 第二联 学校留存)
 *   GET    /portal/facts                           → candidateFacts: own 1+X certificates, contest results, bans
 *   POST   /portal/facts/x-certificates xCertificateBody → candidateFacts: add own 1+X certificate (evidence file required; checked by reviewers)
 *   POST   /portal/facts/contest-results contestResultBody → candidateFacts: add own contest result (evidence file required)
 *
 * Review (applications.read; college clerk: own college only, another college's application answers 404):
 *   GET    /applications               applicationQuery → { items: applicationRow[], total }: ProTable list (page, pageSize, batchId, status, collegeId, eligible, level, keyword)
 *   GET    /applications/:id                       → applicationDetail
 *   GET    /applications/:id/form.pdf              → PDF: the same 备案表 as the candidate prints
 *   GET    /applications/:id/files/:fileId         → the photo or an evidence file of this application (clerks have no general file access)
 *   POST   /applications/review        reviewBody  → reviewResult: bulk approve/reject by ids (≤ 1000) or filter; stage by role:
 *                                                    clerk (reviewCollege): 待学院初审 → 待中心复审 | 已退回; centre (reviewCentre): 待中心复审 → 审核通过 | 已退回.
 *                                                    All-or-nothing: one application not reviewable by this actor refuses the whole request (409, named).
 *   POST   /applications/:id/unlock    unlockBody  → applicationDetail: (applications.unlock) 审核通过 → 待中心复审, recorded
 *   POST   /applications/recheck       recheckBody → recheckResult: (reviewCentre) recompute every live application's eligibility snapshot of a batch
 *
 * Candidate facts (candidateFacts.manage; clerk: own college's persons):
 *   GET    /candidates/:personId/facts              → candidateFacts
 *   POST   /candidates/:personId/x-certificates     xCertificateBody → candidateFacts;  PUT/DELETE …/x-certificates/:id → candidateFacts
 *   POST   /candidates/:personId/contest-results    contestResultBody → candidateFacts; PUT/DELETE …/contest-results/:id → candidateFacts
 *   POST   /candidates/:personId/bans               banBody → candidateFacts;           PUT/DELETE …/bans/:id → candidateFacts
 *   PUT    /candidates/:personId/excellent          excellentBody → candidateFacts (R-ELIG-01 优秀中职毕业生, students only)
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { idParam } from '../../../shared/common.js';
import {
  applicationDetail,
  applicationQuery,
  applicationRow,
  applyBody,
  banBody,
  candidateFacts,
  contestResultBody,
  excellentBody,
  factIdParams,
  personIdParam,
  portalBatch,
  portalMe,
  recheckBody,
  recheckResult,
  resubmitBody,
  reviewBody,
  reviewResult,
  unlockBody,
  withdrawBody,
  xCertificateBody,
} from '../../../shared/registration.js';
import { sendFile } from '../../http/download.js';
import { applicationFormPdf } from './applications.pdf.js';
import {
  applyForBatch,
  getOwnApplication,
  listOwnApplications,
  portalBatches,
  portalMe as readPortalMe,
  resubmitApplication,
  withdrawApplication,
} from './portal.service.js';
import {
  getApplication,
  listApplications,
  openApplicationFile,
  recheckEligibility,
  reviewApplications,
  unlockApplication,
} from './review.service.js';
import {
  addFact,
  addOwnFact,
  deleteFact,
  getCandidateFacts,
  ownFacts,
  setExcellent,
  updateFact,
} from './candidate-facts.service.js';

const list = z.object({ items: z.array(applicationRow), total: z.number() });
const fileParams = z.object({ id: z.string().uuid('编号格式不正确'), fileId: z.string().uuid('文件编号格式不正确') });

export const applicationsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['registration'];
    const fontPath = ctx.config.PDF_FONT_PATH;
    const pdf =
      (own: boolean) =>
      async (
        req: { actor: Parameters<typeof applicationFormPdf>[1]['actor']; params: { id: string } },
        reply: Parameters<typeof sendFile>[0],
      ) =>
        sendFile(
          reply,
          await applicationFormPdf(db, {
            actor: req.actor,
            id: req.params.id,
            own,
            pii: ctx.pii,
            store: ctx.files,
            fontPath,
          }),
          'application/pdf',
        );

    // Candidate portal
    app.get('/portal/me', { schema: { tags, summary: '考生本人信息', response: { 200: portalMe } } }, async (req) =>
      readPortalMe(db, { actor: req.actor }),
    );
    app.get(
      '/portal/batches',
      {
        schema: {
          tags,
          summary: '可报名的认定批次（含本人各等级报名资格）',
          response: { 200: z.object({ items: z.array(portalBatch) }) },
        },
      },
      async (req) => portalBatches(db, { actor: req.actor }),
    );
    app.get('/portal/applications', { schema: { tags, summary: '本人的报名', response: { 200: list } } }, async (req) =>
      listOwnApplications(db, { actor: req.actor }),
    );
    app.get(
      '/portal/applications/:id',
      { schema: { tags, summary: '本人的报名详情', params: idParam, response: { 200: applicationDetail } } },
      async (req) => getOwnApplication(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/portal/applications',
      { schema: { tags, summary: '报名', body: applyBody, response: { 200: applicationDetail } } },
      async (req) => applyForBatch(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/portal/applications/:id',
      {
        schema: {
          tags,
          summary: '修改被退回的报名并重新提交',
          params: idParam,
          body: resubmitBody,
          response: { 200: applicationDetail },
        },
      },
      async (req) => resubmitApplication(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/portal/applications/:id/withdraw',
      {
        schema: {
          tags,
          summary: '撤回报名',
          params: idParam,
          body: withdrawBody,
          response: { 200: applicationDetail },
        },
      },
      async (req) => withdrawApplication(db, { actor: req.actor, id: req.params.id, reason: req.body.reason }),
    );
    app.get(
      '/portal/applications/:id/form.pdf',
      { schema: { tags, summary: '打印职业技能等级认定备案表（一式两份）', params: idParam } },
      pdf(true),
    );
    app.get(
      '/portal/facts',
      { schema: { tags, summary: '本人的 1+X 证书、竞赛成绩和禁考记录', response: { 200: candidateFacts } } },
      async (req) => ownFacts(db, { actor: req.actor }),
    );
    app.post(
      '/portal/facts/x-certificates',
      { schema: { tags, summary: '登记本人的 1+X 证书', body: xCertificateBody, response: { 200: candidateFacts } } },
      async (req) => addOwnFact(db, { actor: req.actor, kind: 'x-certificates', data: req.body }),
    );
    app.post(
      '/portal/facts/contest-results',
      { schema: { tags, summary: '登记本人的竞赛成绩', body: contestResultBody, response: { 200: candidateFacts } } },
      async (req) => addOwnFact(db, { actor: req.actor, kind: 'contest-results', data: req.body }),
    );

    // Review
    app.get(
      '/applications',
      { schema: { tags, summary: '报名审核列表', querystring: applicationQuery, response: { 200: list } } },
      async (req) => listApplications(db, { actor: req.actor, query: req.query }),
    );
    app.post(
      '/applications/review',
      {
        schema: { tags, summary: '批量审核（学院初审 / 中心复审）', body: reviewBody, response: { 200: reviewResult } },
      },
      async (req) => reviewApplications(db, { actor: req.actor, body: req.body }),
    );
    app.post(
      '/applications/recheck',
      { schema: { tags, summary: '重新判断报名资格', body: recheckBody, response: { 200: recheckResult } } },
      async (req) => recheckEligibility(db, { actor: req.actor, batchId: req.body.batchId }),
    );
    app.get(
      '/applications/:id',
      { schema: { tags, summary: '报名详情', params: idParam, response: { 200: applicationDetail } } },
      async (req) => getApplication(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/applications/:id/form.pdf',
      { schema: { tags, summary: '打印职业技能等级认定备案表', params: idParam } },
      pdf(false),
    );
    app.get(
      '/applications/:id/files/:fileId',
      { schema: { tags, summary: '报名照片或证明材料', params: fileParams } },
      async (req, reply) => {
        const { row, bytes } = await openApplicationFile(db, ctx.files, {
          actor: req.actor,
          id: req.params.id,
          fileId: req.params.fileId,
        });
        reply
          .header('content-type', row.mime)
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(row.name)}`)
          .header('cache-control', 'private, no-store');
        return reply.send(bytes);
      },
    );
    app.post(
      '/applications/:id/unlock',
      {
        schema: {
          tags,
          summary: '解除审核通过的锁定',
          params: idParam,
          body: unlockBody,
          response: { 200: applicationDetail },
        },
      },
      async (req) => unlockApplication(db, { actor: req.actor, id: req.params.id, reason: req.body.reason }),
    );

    // Candidate facts (R-ELIG-01/02/05/07)
    app.get(
      '/candidates/:personId/facts',
      {
        schema: {
          tags,
          summary: '考生的认定依据（1+X、竞赛、禁考、优秀毕业生）',
          params: personIdParam,
          response: { 200: candidateFacts },
        },
      },
      async (req) => getCandidateFacts(db, { actor: req.actor, personId: req.params.personId }),
    );
    const kinds = [
      ['x-certificates', xCertificateBody, '1+X 证书'],
      ['contest-results', contestResultBody, '竞赛成绩'],
      ['bans', banBody, '禁考记录'],
    ] as const;
    for (const [kind, body, name] of kinds) {
      app.post(
        `/candidates/:personId/${kind}`,
        { schema: { tags, summary: `登记${name}`, params: personIdParam, body, response: { 200: candidateFacts } } },
        async (req) => addFact(db, { actor: req.actor, personId: req.params.personId, kind, data: req.body }),
      );
      app.put(
        `/candidates/:personId/${kind}/:id`,
        { schema: { tags, summary: `修改${name}`, params: factIdParams, body, response: { 200: candidateFacts } } },
        async (req) =>
          updateFact(db, { actor: req.actor, personId: req.params.personId, kind, id: req.params.id, data: req.body }),
      );
      app.delete(
        `/candidates/:personId/${kind}/:id`,
        { schema: { tags, summary: `删除${name}`, params: factIdParams, response: { 200: candidateFacts } } },
        async (req) => deleteFact(db, { actor: req.actor, personId: req.params.personId, kind, id: req.params.id }),
      );
    }
    app.put(
      '/candidates/:personId/excellent',
      {
        schema: {
          tags,
          summary: '标记优秀中职毕业生',
          params: personIdParam,
          body: excellentBody,
          response: { 200: candidateFacts },
        },
      },
      async (req) =>
        setExcellent(db, { actor: req.actor, personId: req.params.personId, excellent: req.body.excellent }),
    );
  };
