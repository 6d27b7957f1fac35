// The computer-based theory exam (R-EXAM-02): the candidate API under /api/v1/exam/ (public routes, the device
// token in `x-exam-token`), and the proctor's and the centre's actions on computer-based rooms under /api/v1/exams/.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { okResponse } from '../../../shared/common.js';
import {
  attemptEventsResponse,
  attemptIdParam,
  collectBody,
  collectResponse,
  consoleSnapshot,
  examModeBody,
  examSittingsResponse,
  prepareResponse,
  releaseBody,
  sittingParam,
  roomIpRangesBody,
  sittingRoomParams,
} from '../../../shared/exams-console.js';
import {
  EXAM_TOKEN_HEADER,
  examClock,
  examEventsBody,
  examLoginBody,
  examLoginResponse,
  examPaperResponse,
  examResumeResponse,
  examSaveBody,
  examSaveResponse,
  examStartResponse,
  examSubmitBody,
  examSubmitResponse,
} from '../../../shared/exams.js';
import { AppError } from '../../http/errors.js';
import { itemImage } from '../files/files.reads.js';
import { listExamSittings, prepareSitting, setExamMode } from './prepare.service.js';
import { LiveHub } from './live.service.js';
import {
  attemptEvents,
  collectAttempt,
  getConsole,
  openRoom,
  pauseRoom,
  releaseAttempt,
  resumeRoom,
  setRoomIpRanges,
} from './console.service.js';
import {
  examClock as readClock,
  examEventsLog,
  examImageAllowed,
  examLogin,
  examPaper,
  examResume,
  examSave,
  examStart,
  examSubmit,
} from './cbt.service.js';

const tokenOf = (req: FastifyRequest) => {
  const h = req.headers[EXAM_TOKEN_HEADER];
  return typeof h === 'string' ? h : undefined;
};
/** Rate limits of the candidate API keyed by the device token (a whole room may share one address). */
const perToken = (max: number) => ({
  max,
  timeWindow: '1 minute',
  keyGenerator: (req: FastifyRequest) => `exam:${tokenOf(req) ?? req.ip}`,
});
const imageQuery = z.object({ token: z.string().max(100).optional() });
const fileIdParam = z.object({ fileId: z.string().uuid('文件编号格式不正确') });

export const cbtRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['机考'];
    // Server push (R-EXAM-02): one hub per process; streams end before the server closes.
    const hub = new LiveHub(db);
    app.addHook('preClose', async () => hub.stop());

    app.get(
      '/exams/sittings',
      {
        schema: {
          tags,
          summary: '已发布编排的考核场次（考试方式与机考准备）',
          response: { 200: examSittingsResponse },
        },
      },
      async (req) => listExamSittings(db, { actor: req.actor }),
    );
    app.put(
      '/exams/sittings/:sittingId/mode',
      {
        schema: {
          tags,
          summary: '设置考试方式（纸笔或机考）',
          params: sittingParam,
          body: examModeBody,
          response: { 200: okResponse },
        },
      },
      async (req) => setExamMode(db, { actor: req.actor, sittingId: req.params.sittingId, mode: req.body.mode }),
    );
    app.post(
      '/exams/sittings/:sittingId/prepare',
      {
        schema: {
          tags,
          summary: '机考准备：为每个座位生成加密试卷',
          params: sittingParam,
          response: { 200: prepareResponse },
        },
      },
      async (req) => prepareSitting(db, { actor: req.actor, sittingId: req.params.sittingId }),
    );

    // ── The proctor's console of a computer-based room ──
    app.get(
      '/exams/rooms/:sittingId/:roomId/console',
      {
        schema: {
          tags,
          summary: '机考监考台：座位、时钟与考生状态',
          params: sittingRoomParams,
          response: { 200: consoleSnapshot },
        },
      },
      async (req) => getConsole(db, { actor: req.actor, ...req.params }),
    );
    const roomAction = (path: string, summary: string, fn: typeof openRoom) =>
      app.post(
        `/exams/rooms/:sittingId/:roomId/${path}`,
        { schema: { tags, summary, params: sittingRoomParams, response: { 200: okResponse } } },
        async (req) => fn(db, { actor: req.actor, ...req.params }),
      );
    app.put(
      '/exams/rooms/:sittingId/:roomId/ip-ranges',
      {
        schema: {
          tags,
          summary: '设置考场允许登录的网络地址范围（空为不限）',
          params: sittingRoomParams,
          body: roomIpRangesBody,
          response: { 200: okResponse },
        },
      },
      async (req) => setRoomIpRanges(db, { actor: req.actor, ...req.params, ranges: req.body.ipRanges }),
    );
    roomAction('open', '开考（允许考生开始作答）', openRoom);
    roomAction('pause', '暂停全场考试', pauseRoom);
    roomAction('resume', '继续考试（暂停时间顺延）', resumeRoom);
    app.post(
      '/exams/attempts/:id/release',
      {
        schema: {
          tags,
          summary: '释放座位（更换考试机）',
          params: attemptIdParam,
          body: releaseBody,
          response: { 200: okResponse },
        },
      },
      async (req) => releaseAttempt(db, { actor: req.actor, id: req.params.id, reason: req.body.reason }),
    );
    app.post(
      '/exams/attempts/:id/collect',
      {
        schema: {
          tags,
          summary: '监考员收卷',
          params: attemptIdParam,
          body: collectBody,
          response: { 200: collectResponse },
        },
      },
      async (req) => collectAttempt(db, { actor: req.actor, id: req.params.id, reason: req.body.reason }),
    );
    app.get(
      '/exams/attempts/:id/events',
      { schema: { tags, summary: '考生端事件记录', params: attemptIdParam, response: { 200: attemptEventsResponse } } },
      async (req) => attemptEvents(db, { actor: req.actor, id: req.params.id }),
    );

    app.get(
      '/exams/rooms/:sittingId/:roomId/stream',
      {
        logLevel: 'warn',
        // A server-sent event stream, not a JSON operation: left out of the API document (the crawl and the fuzz
        // call every operation there and would wait on it forever); tested in console.test.ts.
        schema: { hide: true, tags, summary: '机考监考台实时推送（text/event-stream）', params: sittingRoomParams },
      },
      async (req, reply) => hub.consoleStream(req, reply, { actor: req.actor, ...req.params }),
    );

    // ── The candidate API (public: the device token is the credential) ──
    const ctags = ['机考（考生端）'];
    app.post(
      '/exam/login',
      {
        logLevel: 'warn',
        config: {
          public: true,
          // Keyed by ticket number: a whole room signs in from one address at the start.
          rateLimit: {
            max: 30,
            timeWindow: '1 minute',
            hook: 'preHandler',
            keyGenerator: (req: FastifyRequest) => {
              const b = req.body as { ticketNumber?: unknown } | undefined;
              return `exam-login:${typeof b?.ticketNumber === 'string' ? b.ticketNumber : req.ip}`;
            },
          },
        },
        schema: {
          tags: ctags,
          summary: '考生登录机考（准考证号、身份证号、考场码）',
          body: examLoginBody,
          response: { 200: examLoginResponse },
        },
      },
      async (req) => examLogin(db, ctx.pii, { body: req.body, ip: req.ip }),
    );
    app.get(
      '/exam/paper',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(60) },
        schema: { tags: ctags, summary: '下载加密试卷（预加载）', response: { 200: examPaperResponse } },
      },
      async (req) => examPaper(db, { token: tokenOf(req) }),
    );
    app.post(
      '/exam/start',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(120) },
        schema: { tags: ctags, summary: '开始作答（取得试卷密钥）', response: { 200: examStartResponse } },
      },
      async (req) => examStart(db, { token: tokenOf(req) }),
    );
    app.post(
      '/exam/answers',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(600) },
        schema: { tags: ctags, summary: '保存答案', body: examSaveBody, response: { 200: examSaveResponse } },
      },
      async (req) => examSave(db, { token: tokenOf(req), answers: req.body.answers }),
    );
    app.get(
      '/exam/resume',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(120) },
        schema: { tags: ctags, summary: '恢复作答（已保存的答案与时钟）', response: { 200: examResumeResponse } },
      },
      async (req) => examResume(db, { token: tokenOf(req) }),
    );
    app.post(
      '/exam/submit',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(120) },
        schema: {
          tags: ctags,
          summary: '交卷（可重复提交，只交一次）',
          body: examSubmitBody,
          response: { 200: examSubmitResponse },
        },
      },
      async (req) => examSubmit(db, { token: tokenOf(req), body: req.body }),
    );
    app.post(
      '/exam/events',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(120) },
        schema: {
          tags: ctags,
          summary: '记录考生端事件（切屏、复制粘贴等）',
          body: examEventsBody,
          response: { 200: okResponse },
        },
      },
      async (req) => examEventsLog(db, { token: tokenOf(req), body: req.body }),
    );
    app.get(
      '/exam/clock',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(240) },
        schema: { tags: ctags, summary: '考试时钟（服务器时间）', response: { 200: examClock } },
      },
      async (req) => readClock(db, { token: tokenOf(req) }),
    );
    app.get(
      '/exam/stream',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(60) },
        // A server-sent event stream (see the console's): left out of the API document; tested in cbt.test.ts.
        schema: { hide: true, tags: ctags, summary: '考试时钟实时推送（text/event-stream：clock、released）' },
      },
      async (req, reply) => hub.candidateStream(req, reply, tokenOf(req)),
    );
    app.get(
      '/exam/images/:fileId',
      {
        logLevel: 'warn',
        config: { public: true, rateLimit: perToken(600) },
        schema: { tags: ctags, summary: '试题图片', params: fileIdParam, querystring: imageQuery },
      },
      async (req, reply) => {
        // An <img> cannot send a header: the token may come as `?token=`.
        await examImageAllowed(db, { token: tokenOf(req) ?? req.query.token });
        const img = await itemImage(db, ctx.files, req.params.fileId);
        if (!img) throw new AppError('NOT_FOUND', '图片不存在');
        reply.header('content-type', img.mime).header('cache-control', 'private, max-age=3600');
        return reply.send(img.bytes);
      },
    );
  };
