// The computer-based theory exam (R-EXAM-02): the candidate API under /api/v1/exam/ (public routes, the device
// token in `x-exam-token`), and the proctor's and the centre's actions on computer-based rooms under /api/v1/exams/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { okResponse } from '../../../shared/common.js';
import { examModeBody, examSittingsResponse, prepareResponse, sittingParam } from '../../../shared/exams-console.js';
import { listExamSittings, prepareSitting, setExamMode } from './prepare.service.js';

export const cbtRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['机考'];

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
  };
