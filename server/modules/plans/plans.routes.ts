import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  annualPlan,
  annualPlanBody,
  planSettings,
  planSettingsBody,
  reasonBody,
  semesterPlan,
  semesterPlanBody,
  semesterPlanQuery,
  annualPlanQuery,
  trainingClass,
  trainingClassBody,
  trainingDeadline,
  trainingDeadlineQuery,
  trainingFilingBody,
} from '../../../shared/plans.js';
import {
  decideSemesterPlan,
  getAnnualPlan,
  getPlanSettings,
  getSemesterPlan,
  issueAnnualPlan,
  listAnnualPlans,
  listSemesterPlans,
  saveAnnualPlan,
  savePlanSettings,
  saveSemesterPlan,
  submitSemesterPlan,
} from './plans.service.js';
import {
  getTrainingClass,
  listTrainingClasses,
  previewTrainingDeadline,
  recordTrainingFiling,
  saveTrainingClass,
} from './training.service.js';

/** Plans (R-PLAN-01/02/06) and the plan settings (R-PLAN-04). */
export const plansRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['plans'];
    const db = ctx.db;
    app.get(
      '/plans/settings',
      {
        schema: {
          tags,
          summary: '计划设置（报送提前工作日数、逾期处理、开班备案期限）',
          response: { 200: planSettings },
        },
      },
      async (req) => getPlanSettings(db, { actor: req.actor }),
    );
    app.put(
      '/plans/settings',
      { schema: { tags, summary: '修改计划设置', body: planSettingsBody, response: { 200: planSettings } } },
      async (req) => savePlanSettings(db, { actor: req.actor, data: req.body }),
    );

    app.get(
      '/plans/annual',
      {
        schema: {
          tags,
          summary: '年度认定计划列表',
          querystring: annualPlanQuery,
          response: { 200: paged(annualPlan) },
        },
      },
      async (req) => listAnnualPlans(db, { actor: req.actor, keyword: req.query.keyword }),
    );
    app.get(
      '/plans/annual/:id',
      { schema: { tags, summary: '年度认定计划', params: idParam, response: { 200: annualPlan } } },
      async (req) => getAnnualPlan(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/plans/annual',
      { schema: { tags, summary: '新建年度认定计划', body: annualPlanBody, response: { 200: annualPlan } } },
      async (req) => saveAnnualPlan(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/plans/annual/:id',
      {
        schema: {
          tags,
          summary: '修改年度认定计划',
          params: idParam,
          body: annualPlanBody,
          response: { 200: annualPlan },
        },
      },
      async (req) => saveAnnualPlan(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/plans/annual/:id/issue',
      { schema: { tags, summary: '下发年度认定计划', params: idParam, response: { 200: annualPlan } } },
      async (req) => issueAnnualPlan(db, { actor: req.actor, id: req.params.id }),
    );

    app.get(
      '/plans/semester',
      {
        schema: {
          tags,
          summary: '学期认定计划列表（二级学院只看到本学院）',
          querystring: semesterPlanQuery,
          response: { 200: paged(semesterPlan) },
        },
      },
      async (req) => listSemesterPlans(db, { actor: req.actor, ...req.query }),
    );
    app.get(
      '/plans/semester/:id',
      { schema: { tags, summary: '学期认定计划', params: idParam, response: { 200: semesterPlan } } },
      async (req) => getSemesterPlan(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/plans/semester',
      {
        schema: {
          tags,
          summary: '新建学期认定计划或临时项目',
          body: semesterPlanBody,
          response: { 200: semesterPlan },
        },
      },
      async (req) => saveSemesterPlan(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/plans/semester/:id',
      {
        schema: {
          tags,
          summary: '修改学期认定计划',
          params: idParam,
          body: semesterPlanBody,
          response: { 200: semesterPlan },
        },
      },
      async (req) => saveSemesterPlan(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/plans/semester/:id/submit',
      { schema: { tags, summary: '提交学期认定计划', params: idParam, response: { 200: semesterPlan } } },
      async (req) => submitSemesterPlan(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/plans/semester/:id/approve',
      { schema: { tags, summary: '批准学期认定计划', params: idParam, response: { 200: semesterPlan } } },
      async (req) => decideSemesterPlan(db, { actor: req.actor, id: req.params.id, approve: true }),
    );
    app.post(
      '/plans/semester/:id/return',
      {
        schema: {
          tags,
          summary: '退回学期认定计划（附原因）',
          params: idParam,
          body: reasonBody,
          response: { 200: semesterPlan },
        },
      },
      async (req) =>
        decideSemesterPlan(db, { actor: req.actor, id: req.params.id, approve: false, reason: req.body.reason }),
    );

    app.get(
      '/training-classes',
      { schema: { tags, summary: '培训班（开班备案期限与逾期）', response: { 200: paged(trainingClass) } } },
      async (req) => listTrainingClasses(db, { actor: req.actor }),
    );
    app.get(
      '/training-classes/deadline',
      {
        schema: {
          tags,
          summary: '开班备案期限预览（报名截止后 N 个工作日）',
          querystring: trainingDeadlineQuery,
          response: { 200: trainingDeadline },
        },
      },
      async (req) => previewTrainingDeadline(db, { actor: req.actor, ...req.query }),
    );
    app.get(
      '/training-classes/:id',
      { schema: { tags, summary: '培训班', params: idParam, response: { 200: trainingClass } } },
      async (req) => getTrainingClass(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/training-classes',
      { schema: { tags, summary: '新建培训班', body: trainingClassBody, response: { 200: trainingClass } } },
      async (req) => saveTrainingClass(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/training-classes/:id',
      {
        schema: {
          tags,
          summary: '修改培训班',
          params: idParam,
          body: trainingClassBody,
          response: { 200: trainingClass },
        },
      },
      async (req) => saveTrainingClass(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/training-classes/:id/filing',
      {
        schema: {
          tags,
          summary: '登记开班备案',
          params: idParam,
          body: trainingFilingBody,
          response: { 200: trainingClass },
        },
      },
      async (req) => recordTrainingFiling(db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
  };
