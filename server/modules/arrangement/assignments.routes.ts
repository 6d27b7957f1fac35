import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { sendFile } from '../../http/download.js';
import {
  assignmentDocumentParams,
  assignmentRunParams,
  myAssignments,
} from '../../../shared/arrangement.assignments.js';
import { listMyAssignments, myAssignmentDocument } from './assignments.service.js';

/** 我的考务安排: an examiner's or supervisor's own duties in the published arrangements, and their room documents. */
export const assignmentsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['arrangement'];
    const deps = { db: ctx.db, files: ctx.files, config: ctx.config };
    app.get(
      '/me/assignments',
      { schema: { tags, summary: '我的考务安排（考评员、督导员）', response: { 200: myAssignments } } },
      async (req) => listMyAssignments(ctx.db, { actor: req.actor }),
    );
    app.get(
      '/me/assignments/:runId',
      {
        schema: {
          tags,
          summary: '我在一次考场编排中的考务安排',
          params: assignmentRunParams,
          response: { 200: myAssignments },
        },
      },
      async (req) => listMyAssignments(ctx.db, { actor: req.actor, runId: req.params.runId }),
    );
    app.get(
      '/me/assignments/:runId/sittings/:sittingId/rooms/:roomId/:document',
      { schema: { tags, summary: '打印本人值守考场的门贴、座位表或签到表（PDF）', params: assignmentDocumentParams } },
      async (req, reply) =>
        sendFile(
          reply,
          await myAssignmentDocument(deps, {
            actor: req.actor,
            ...req.params,
            document: req.params.document.replace('.pdf', '') as 'door' | 'seats' | 'signin',
          }),
          'application/pdf',
        ),
    );
  };
