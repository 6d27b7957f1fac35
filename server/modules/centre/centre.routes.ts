import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { readUpload } from '../../http/upload.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  assessment,
  assessmentBody,
  assessmentSheet,
  centreBody,
  centreProfile,
  regulation,
  regulationsBody,
  venue,
  venuesBody,
} from '../../../shared/centre.js';
import {
  catalogueEdition,
  jobBody,
  jobsImportResult,
  occupation,
  occupationLevelsBody,
  occupationQuery,
} from '../../../shared/scope.js';
import { getAssessment, getAssessmentSheet, listAssessments, saveAssessment } from './assessment.service.js';
import {
  addOccupationJob,
  getOccupation,
  importOccupationJobs,
  listEditions,
  searchOccupations,
  setOccupationLevels,
} from './catalogue.service.js';
import { createCentre, describeSetup } from './setup.service.js';
import { setupStatus } from '../../../shared/setup.js';
import { getCentre, listRegulations, listVenues, saveRegulations, saveVenues, updateCentre } from './centre.service.js';

/** R-ORG-01/02/05/06: the centre's profile, catalogue, filing material and self-assessment. */
export const centreRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['centre'];
    app.get(
      '/centre',
      { schema: { tags, summary: '认定中心信息（含备案状态）', response: { 200: centreProfile } } },
      async (req) => getCentre(ctx.db, { actor: req.actor }),
    );
    app.put(
      '/centre',
      { schema: { tags, summary: '修改认定中心信息', body: centreBody, response: { 200: centreProfile } } },
      async (req) => updateCentre(ctx.db, { actor: req.actor, data: req.body }),
    );
    // First-run setup of a production install: the centre is created once, then its colleges (POST /colleges).
    app.get(
      '/setup',
      { schema: { tags, summary: '首次设置：认定中心是否已建立', response: { 200: setupStatus } } },
      async (req) => describeSetup(ctx.db, { actor: req.actor }),
    );
    app.post(
      '/setup/centre',
      { schema: { tags, summary: '首次设置：建立认定中心', body: centreBody, response: { 200: centreProfile } } },
      async (req) => createCentre(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/centre/regulations',
      { schema: { tags, summary: '文件、规章制度清单', response: { 200: z.array(regulation) } } },
      async (req) => listRegulations(ctx.db, { actor: req.actor }),
    );
    app.put(
      '/centre/regulations',
      {
        schema: {
          tags,
          summary: '保存文件、规章制度清单（整表）',
          body: regulationsBody,
          response: { 200: z.array(regulation) },
        },
      },
      async (req) => saveRegulations(ctx.db, { actor: req.actor, items: req.body.items }),
    );
    app.get(
      '/centre/venues',
      { schema: { tags, summary: '场地情况', response: { 200: z.array(venue) } } },
      async (req) => listVenues(ctx.db, { actor: req.actor }),
    );
    app.put(
      '/centre/venues',
      { schema: { tags, summary: '保存场地情况（整表）', body: venuesBody, response: { 200: z.array(venue) } } },
      async (req) => saveVenues(ctx.db, { actor: req.actor, items: req.body.items }),
    );
    const ctags = ['catalogue'];
    app.get(
      '/catalogue/editions',
      { schema: { tags: ctags, summary: '职业分类大典版本', response: { 200: z.array(catalogueEdition) } } },
      async (req) => listEditions(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/catalogue/occupations',
      {
        schema: {
          tags: ctags,
          summary: '查询职业（按编码或名称，分版本）',
          querystring: occupationQuery,
          response: { 200: paged(occupation) },
        },
      },
      async (req) => searchOccupations(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.get(
      '/catalogue/occupations/:id',
      { schema: { tags: ctags, summary: '职业详情（含工种）', params: idParam, response: { 200: occupation } } },
      async (req) => getOccupation(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.put(
      '/catalogue/occupations/:id/levels',
      {
        schema: {
          tags: ctags,
          summary: '修改国家职业技能标准规定的等级',
          params: idParam,
          body: occupationLevelsBody,
          response: { 200: occupation },
        },
      },
      async (req) => setOccupationLevels(ctx.db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
    app.post(
      '/catalogue/occupations/:id/jobs',
      { schema: { tags: ctags, summary: '添加工种', params: idParam, body: jobBody, response: { 200: occupation } } },
      async (req) => addOccupationJob(ctx.db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
    app.post(
      '/catalogue/jobs/import',
      {
        schema: {
          tags: ctags,
          summary: '从 Excel 导入工种（列：目录版本、职业编码、工种名称、等级）',
          consumes: ['multipart/form-data'],
          response: { 200: jobsImportResult },
        },
      },
      async (req) => importOccupationJobs(ctx.db, { actor: req.actor, bytes: (await readUpload(req)).bytes }),
    );

    const atags = ['assessments'];
    app.get(
      '/assessments/sheet',
      { schema: { tags: atags, summary: '备案技术评估评分表', response: { 200: assessmentSheet } } },
      async (req) => getAssessmentSheet(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/assessments',
      { schema: { tags: atags, summary: '自评记录', response: { 200: paged(assessment) } } },
      async (req) => listAssessments(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/assessments/:id',
      { schema: { tags: atags, summary: '自评详情', params: idParam, response: { 200: assessment } } },
      async (req) => getAssessment(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/assessments',
      { schema: { tags: atags, summary: '新建自评', body: assessmentBody, response: { 200: assessment } } },
      async (req) => saveAssessment(ctx.db, { actor: req.actor, body: req.body }),
    );
    app.put(
      '/assessments/:id',
      {
        schema: {
          tags: atags,
          summary: '修改自评',
          params: idParam,
          body: assessmentBody,
          response: { 200: assessment },
        },
      },
      async (req) => saveAssessment(ctx.db, { actor: req.actor, id: req.params.id, body: req.body }),
    );
  };
