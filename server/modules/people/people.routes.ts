import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { idParam, okResponse, paged } from '../../../shared/common.js';
import {
  appointment,
  appointmentBody,
  documentBody,
  fullIdNumber,
  person,
  personAccount,
  personAccountBody,
  personBody,
  personQuery,
  personSearchBody,
  personUpdateBody,
} from '../../../shared/people.js';
import { expiringList, ownRecord, peopleSettingsBody, personDetail } from '../../../shared/people-staff.js';
import { importKindQuery, importResult } from '../../../shared/people-appraisal.js';
import { readUploadedFile } from '../../http/upload.js';
import { XLSX_MIME, attachment } from '../../http/download.js';
import {
  addPersonDocument,
  createPerson,
  describePersonAccount,
  getOwnRecord,
  getPerson,
  linkPersonAccount,
  listPersons,
  revealIdNumber,
  updatePerson,
} from './people.service.js';
import { openPersonPhoto, setPersonPhoto } from './photo.service.js';
import { importPeople, importTemplate } from './people.import.js';
import { listExpiring } from './expiring.service.js';
import { createAppointment, getPeopleSettings, savePeopleSettings } from './staff.service.js';
import { staffRoutes } from './staff.routes.js';
import { appraisalRoutes } from './appraisal.routes.js';

/** R-PPL-01…03: persons, their photo and file (档案); the roster import; expiry reminders; module settings. */
export const peopleRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['people'];
    app.get(
      '/persons',
      {
        schema: {
          tags,
          summary: '人员列表（证件号码脱敏）',
          querystring: personQuery,
          response: { 200: paged(person) },
        },
      },
      async (req) => listPersons(ctx.db, { actor: req.actor, pii: ctx.pii, query: req.query }),
    );
    // R-PPL-02: a search by ID number is a POST: the number stays out of URLs and request logs.
    app.post(
      '/persons/search',
      {
        schema: {
          tags,
          summary: '按证件号码等条件查找人员（证件号码脱敏）',
          body: personSearchBody,
          response: { 200: paged(person) },
        },
      },
      async (req) => listPersons(ctx.db, { actor: req.actor, pii: ctx.pii, query: req.body }),
    );
    app.get(
      '/persons/:id/account',
      {
        schema: {
          tags,
          summary: '人员的登录账户及可关联的账户（仅系统管理员）',
          params: idParam,
          response: { 200: personAccount },
        },
      },
      async (req) => describePersonAccount(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/persons/:id/account',
      {
        schema: {
          tags,
          summary: '关联或解除人员的考生登录账户（仅系统管理员，记入审计日志）',
          params: idParam,
          body: personAccountBody,
          response: { 200: person },
        },
      },
      async (req) => linkPersonAccount(ctx.db, { actor: req.actor, id: req.params.id, userId: req.body.userId }),
    );
    app.post(
      '/persons',
      { schema: { tags, summary: '登记人员', body: personBody, response: { 200: person } } },
      async (req) => createPerson(ctx.db, { actor: req.actor, pii: ctx.pii, data: req.body }),
    );
    app.get(
      '/persons/:id',
      { schema: { tags, summary: '人员详情与档案', params: idParam, response: { 200: personDetail } } },
      async (req) => getPerson(ctx.db, { actor: req.actor, id: req.params.id }),
    );
    app.put(
      '/persons/:id',
      { schema: { tags, summary: '修改人员信息', params: idParam, body: personUpdateBody, response: { 200: person } } },
      async (req) => updatePerson(ctx.db, { actor: req.actor, pii: ctx.pii, id: req.params.id, data: req.body }),
    );
    app.get(
      '/persons/:id/id-number',
      {
        schema: {
          tags,
          summary: '查看完整证件号码（每次查看均记入审计日志）',
          params: idParam,
          response: { 200: fullIdNumber },
        },
      },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return revealIdNumber(ctx.db, { actor: req.actor, pii: ctx.pii, id: req.params.id });
      },
    );
    app.post(
      '/persons/:id/photo',
      {
        schema: {
          tags,
          summary: '上传证件照（JPEG/PNG，自动裁剪为一寸照 295×413）',
          params: idParam,
          consumes: ['multipart/form-data'],
          response: { 200: z.object({ ok: z.literal(true), width: z.number(), height: z.number(), size: z.number() }) },
        },
      },
      async (req) => {
        const { bytes } = await readUploadedFile(req);
        return setPersonPhoto(ctx.db, ctx.files, { actor: req.actor, id: req.params.id, bytes });
      },
    );
    app.get('/persons/:id/photo', { schema: { tags, summary: '证件照', params: idParam } }, async (req, reply) => {
      const photo = await openPersonPhoto(ctx.db, ctx.files, { actor: req.actor, id: req.params.id });
      return reply.header('content-type', photo.mime).header('cache-control', 'private, no-store').send(photo.bytes);
    });
    app.post(
      '/persons/:id/documents',
      {
        schema: {
          tags,
          summary: '将已上传的文件加入人员档案',
          params: idParam,
          body: documentBody,
          response: { 200: okResponse },
        },
      },
      async (req) => addPersonDocument(ctx.db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.get(
      '/people/me',
      {
        schema: { tags, summary: '我的档案：人员信息、资格与年度考核（考评员、督导员）', response: { 200: ownRecord } },
      },
      async (req) => getOwnRecord(ctx.db, { actor: req.actor }),
    );
    app.post(
      '/appointments',
      { schema: { tags, summary: '登记聘书/聘任合同', body: appointmentBody, response: { 200: appointment } } },
      async (req) => createAppointment(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/reminders/expiring',
      { schema: { tags, summary: '即将到期的考评员证、督导员证和专家聘期', response: { 200: expiringList } } },
      async (req) => listExpiring(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/people/settings',
      { schema: { tags, summary: '人员管理设置', response: { 200: peopleSettingsBody } } },
      async (req) => getPeopleSettings(ctx.db, { actor: req.actor }),
    );
    app.put(
      '/people/settings',
      {
        schema: { tags, summary: '修改人员管理设置', body: peopleSettingsBody, response: { 200: peopleSettingsBody } },
      },
      async (req) => savePeopleSettings(ctx.db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/people/import-template',
      { schema: { tags, summary: '下载人员导入模板', querystring: importKindQuery } },
      async (req, reply) => {
        const t = await importTemplate({ actor: req.actor, kind: req.query.kind });
        return reply
          .header('content-type', XLSX_MIME)
          .header('content-disposition', attachment(t.fileName))
          .send(t.bytes);
      },
    );
    app.post(
      '/people/import',
      {
        schema: {
          tags,
          summary: '从 Excel 批量导入工作人员或考评员（有错误则全部不导入）',
          querystring: importKindQuery,
          consumes: ['multipart/form-data'],
          response: { 200: importResult },
        },
      },
      async (req) => {
        const { bytes } = await readUploadedFile(req);
        return importPeople(ctx.db, { actor: req.actor, pii: ctx.pii, kind: req.query.kind, bytes });
      },
    );
    await app.register(staffRoutes(ctx));
    await app.register(appraisalRoutes(ctx));
  };
