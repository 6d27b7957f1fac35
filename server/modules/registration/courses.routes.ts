import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import {
  courseImportResult,
  courseResultQuery,
  courseResultRow,
  eligibilityCheckBody,
  eligibilityResponse,
  requiredCourseQuery,
  requiredCoursesBody,
  requiredCoursesResponse,
} from '../../../shared/courses.js';
import { z } from 'zod';
import { XLSX_MIME, attachment } from '../../http/download.js';
import { readUploadedFile } from '../../http/upload.js';
import {
  courseTemplate,
  getRequiredCourses,
  importCourseResults,
  listCourseResults,
  setRequiredCourses,
} from './courses.service.js';
import { eligibilityFor } from './eligibility.service.js';

/** R-ELIG-03/04: course results and required courses; R-ELIG-00…07: the eligibility check for reviewers. */
export const coursesRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registration'];
    app.get(
      '/courses/results',
      {
        schema: {
          tags,
          summary: '某学生的课程成绩',
          querystring: courseResultQuery,
          response: { 200: z.object({ items: z.array(courseResultRow) }) },
        },
      },
      async (req) => listCourseResults(ctx.db, { actor: req.actor, personId: req.query.personId }),
    );
    app.get('/courses/template', { schema: { tags, summary: '下载课程成绩导入模板' } }, async (req, reply) => {
      const t = await courseTemplate({ actor: req.actor });
      return reply
        .header('content-type', XLSX_MIME)
        .header('content-disposition', attachment(t.fileName))
        .send(t.bytes);
    });
    app.post(
      '/courses/import',
      {
        schema: {
          tags,
          summary: '从 Excel 导入课程成绩（有错误则全部不导入）',
          consumes: ['multipart/form-data'],
          response: { 200: courseImportResult },
        },
      },
      async (req) => {
        const { bytes } = await readUploadedFile(req);
        return importCourseResults(ctx.db, { actor: req.actor, pii: ctx.pii, bytes });
      },
    );
    app.get(
      '/courses/required',
      {
        schema: {
          tags,
          summary: '职业的应修课程',
          querystring: requiredCourseQuery,
          response: { 200: requiredCoursesResponse },
        },
      },
      async (req) => getRequiredCourses(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.put(
      '/courses/required',
      {
        schema: {
          tags,
          summary: '设置职业的应修课程',
          body: requiredCoursesBody,
          response: { 200: requiredCoursesResponse },
        },
      },
      async (req) => setRequiredCourses(ctx.db, { actor: req.actor, ...req.body }),
    );
    app.post(
      '/eligibility/check',
      {
        schema: {
          tags,
          summary: '报名资格判断（各等级是否可报及理由）',
          body: eligibilityCheckBody,
          response: { 200: eligibilityResponse },
        },
      },
      async (req) => eligibilityFor(ctx.db, { actor: req.actor, ...req.body }),
    );
  };
