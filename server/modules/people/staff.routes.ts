import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { idParam, okResponse, paged } from '../../../shared/common.js';
import {
  conflict,
  conflictBody,
  conflictQuery,
  disqualifyBody,
  examStaffBody,
  examStaffRow,
  examiner,
  examinerBody,
  examinerQuery,
  expert,
  expertBody,
  staffQuery,
  supervisor,
  supervisorBody,
  teacherClass,
  teacherClassBody,
} from '../../../shared/people-staff.js';
import {
  addExamStaff,
  createExpert,
  disqualifySupervisor,
  listExamStaff,
  listExaminers,
  listExperts,
  listSupervisors,
  saveExaminer,
  saveSupervisor,
} from './staff.service.js';
import {
  createConflict,
  createTeacherClass,
  deleteConflict,
  listConflicts,
  listTeacherClasses,
} from './conflicts.service.js';

/** R-PPL-04…08: examiners, supervisors, experts, proctors and exam staff; conflicts and teacher–class assignments. */
export const staffRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['people'];
    app.get(
      '/examiners',
      { schema: { tags, summary: '考评员列表', querystring: examinerQuery, response: { 200: paged(examiner) } } },
      async (req) => listExaminers(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.post(
      '/examiners',
      { schema: { tags, summary: '登记考评员（校验任职条件）', body: examinerBody, response: { 200: examiner } } },
      async (req) => saveExaminer(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/examiners/:id',
      { schema: { tags, summary: '修改考评员', params: idParam, body: examinerBody, response: { 200: examiner } } },
      async (req) => saveExaminer(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.get(
      '/supervisors',
      { schema: { tags, summary: '质量督导员列表', querystring: staffQuery, response: { 200: paged(supervisor) } } },
      async (req) => listSupervisors(ctx.db, { actor: req.actor, keyword: req.query.keyword }),
    );
    app.post(
      '/supervisors',
      { schema: { tags, summary: '登记质量督导员', body: supervisorBody, response: { 200: supervisor } } },
      async (req) => saveSupervisor(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/supervisors/:id',
      {
        schema: {
          tags,
          summary: '修改质量督导员',
          params: idParam,
          body: supervisorBody,
          response: { 200: supervisor },
        },
      },
      async (req) => saveSupervisor(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/supervisors/:id/disqualify',
      {
        schema: {
          tags,
          summary: '取消质量督导资格',
          params: idParam,
          body: disqualifyBody,
          response: { 200: supervisor },
        },
      },
      async (req) => disqualifySupervisor(ctx.db, { actor: req.actor, id: req.params.id, ...req.body }),
    );
    app.get(
      '/experts',
      { schema: { tags, summary: '专家列表', querystring: staffQuery, response: { 200: paged(expert) } } },
      async (req) => listExperts(ctx.db, { actor: req.actor, keyword: req.query.keyword }),
    );
    app.post(
      '/experts',
      { schema: { tags, summary: '聘任专家（新聘或续聘一个聘期）', body: expertBody, response: { 200: expert } } },
      async (req) => createExpert(ctx.db, { actor: req.actor, pii: ctx.pii, data: req.body }),
    );
    app.get(
      '/exam-staff',
      { schema: { tags, summary: '监考与考务人员', response: { 200: paged(examStaffRow) } } },
      async (req) => listExamStaff(ctx.db, { actor: req.actor }),
    );
    app.post(
      '/exam-staff',
      { schema: { tags, summary: '登记监考或考务人员', body: examStaffBody, response: { 200: examStaffRow } } },
      async (req) => addExamStaff(ctx.db, { actor: req.actor, ...req.body }),
    );
    app.get(
      '/conflicts',
      {
        schema: {
          tags,
          summary: '回避关系（登记的与按任教班级推出的）',
          querystring: conflictQuery,
          response: { 200: paged(conflict) },
        },
      },
      async (req) => listConflicts(ctx.db, { actor: req.actor, ...req.query }),
    );
    app.post(
      '/conflicts',
      { schema: { tags, summary: '登记回避关系', body: conflictBody, response: { 200: conflict } } },
      async (req) => createConflict(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.delete(
      '/conflicts/:id',
      { schema: { tags, summary: '删除登记的回避关系', params: idParam, response: { 200: okResponse } } },
      async (req) => deleteConflict(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/teacher-classes',
      {
        schema: {
          tags,
          summary: '教师任教班级',
          querystring: z.object({ teacherPersonId: z.string().uuid().optional() }),
          response: { 200: paged(teacherClass) },
        },
      },
      async (req) => listTeacherClasses(ctx.db, { actor: req.actor, teacherPersonId: req.query.teacherPersonId }),
    );
    app.post(
      '/teacher-classes',
      { schema: { tags, summary: '登记教师任教班级', body: teacherClassBody, response: { 200: teacherClass } } },
      async (req) => createTeacherClass(ctx.db, { actor: req.actor, data: req.body }),
    );
  };
