// Exam day for every sitting (R-EXAM-01, R-EXAM-03, R-EXAM-04, R-VIOL-01…04 recorded): the rooms of one's duties,
// check-in, incidents with credit, violations, the room record. Routes under /api/v1/exams/.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { PDF_MIME, sendFile } from '../../http/download.js';
import { examSettings } from '../../../shared/exams.js';
import {
  absenceBody,
  checkinBody,
  checkinListResponse,
  checkinResult,
  examRoomsQuery,
  examRoomsResponse,
  examSettingsResponse,
  extensionBody,
  incidentList,
  incidentBody,
  incidentDecisionBody,
  incidentIdParam,
  incidentResult,
  observationBody,
  photoParams,
  roomParams,
  roomRecord,
  violation,
  violationList,
  violationBody,
} from '../../../shared/exams-day.js';
import { getExamSettings, putExamSettings } from './settings.service.js';
import { listMyRooms } from './rooms.service.js';
import { candidatePhoto, checkIn, listCheckins, markAbsent } from './checkin.service.js';
import { decideIncident, extendTime, listIncidents, recordIncident } from './incidents.service.js';
import { listViolations, recordViolation } from './violations.service.js';
import { addObservation, getRoomRecord, signRoomRecord } from './room-record.service.js';
import { roomRecordPdf } from './room-record.pdf.js';

export const examDayRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const { db } = ctx;
    const tags = ['考试实施'];
    const room = '/exams/rooms/:sittingId/:roomId';

    app.get(
      '/exams/settings',
      { schema: { tags, summary: '考试实施设置', response: { 200: examSettingsResponse } } },
      async (req) => getExamSettings(db, { actor: req.actor }),
    );
    app.put(
      '/exams/settings',
      {
        schema: { tags, summary: '修改考试实施设置', body: examSettings, response: { 200: examSettingsResponse } },
      },
      async (req) => putExamSettings(db, { actor: req.actor, data: req.body }),
    );

    app.get(
      '/exams/rooms',
      {
        schema: {
          tags,
          summary: '我的考场（当日）',
          querystring: examRoomsQuery,
          response: { 200: examRoomsResponse },
        },
      },
      async (req) => listMyRooms(db, { actor: req.actor, day: req.query.day }),
    );

    app.get(
      `${room}/checkins`,
      { schema: { tags, summary: '考场入场登记名单', params: roomParams, response: { 200: checkinListResponse } } },
      async (req) => listCheckins(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${room}/checkins`,
      {
        schema: {
          tags,
          summary: '入场核验（扫码或输入准考证号）',
          params: roomParams,
          body: checkinBody,
          response: { 200: checkinResult },
        },
      },
      async (req) => checkIn(db, { actor: req.actor, ...req.params, data: req.body, config: ctx.config }),
    );
    app.post(
      `${room}/absences`,
      {
        schema: { tags, summary: '登记缺考', params: roomParams, body: absenceBody, response: { 200: checkinResult } },
      },
      async (req) => markAbsent(db, { actor: req.actor, ...req.params, data: req.body }),
    );
    app.get(
      `${room}/photos/:applicationId`,
      { schema: { tags, summary: '考生照片（入场核验）', params: photoParams } },
      async (req, reply) => {
        const photo = await candidatePhoto(db, ctx.files, { actor: req.actor, ...req.params });
        return reply.header('content-type', photo.mime).header('cache-control', 'private, no-store').send(photo.bytes);
      },
    );

    app.get(
      `${room}/incidents`,
      { schema: { tags, summary: '考场突发事件', params: roomParams, response: { 200: incidentList } } },
      async (req) => listIncidents(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${room}/incidents`,
      {
        schema: {
          tags,
          summary: '记录突发事件',
          params: roomParams,
          body: incidentBody,
          response: { 200: incidentResult },
        },
      },
      async (req) => recordIncident(db, { actor: req.actor, ...req.params, data: req.body }),
    );
    app.post(
      '/exams/incidents/:id/decision',
      {
        schema: {
          tags,
          summary: '批准或驳回补时',
          params: incidentIdParam,
          body: incidentDecisionBody,
          response: { 200: incidentResult },
        },
      },
      async (req) => decideIncident(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      `${room}/extensions`,
      {
        schema: {
          tags,
          summary: '延时（补时）',
          params: roomParams,
          body: extensionBody,
          response: { 200: incidentResult },
        },
      },
      async (req) => extendTime(db, { actor: req.actor, ...req.params, data: req.body }),
    );

    app.get(
      `${room}/violations`,
      { schema: { tags, summary: '考场违纪记录', params: roomParams, response: { 200: violationList } } },
      async (req) => listViolations(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${room}/violations`,
      { schema: { tags, summary: '记录违纪', params: roomParams, body: violationBody, response: { 200: violation } } },
      async (req) => recordViolation(db, { actor: req.actor, ...req.params, data: req.body }),
    );

    app.get(
      `${room}/record`,
      { schema: { tags, summary: '考场情况记录表', params: roomParams, response: { 200: roomRecord } } },
      async (req) => getRoomRecord(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${room}/record/signatures`,
      { schema: { tags, summary: '监考员签字', params: roomParams, response: { 200: roomRecord } } },
      async (req) => signRoomRecord(db, { actor: req.actor, ...req.params }),
    );
    app.post(
      `${room}/record/observations`,
      {
        schema: { tags, summary: '督导意见', params: roomParams, body: observationBody, response: { 200: roomRecord } },
      },
      async (req) => addObservation(db, { actor: req.actor, ...req.params, data: req.body }),
    );
    app.get(
      `${room}/record.pdf`,
      { schema: { tags, summary: '考场情况记录表（PDF）', params: roomParams } },
      async (req, reply) => {
        const file = await roomRecordPdf(db, { actor: req.actor, ...req.params, fontPath: ctx.config.PDF_FONT_PATH });
        return sendFile(reply, file, PDF_MIME);
      },
    );
  };
