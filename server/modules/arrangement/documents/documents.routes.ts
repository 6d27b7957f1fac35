import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../http/context.js';
import { jobCreated } from '../../../../shared/jobs.js';
import { batchIdParam } from '../../../../shared/arrangement.js';
import {
  bulkTicketsBody,
  ownTicketQuery,
  printOverview as printOverviewSchema,
  roomDocumentParams,
  ticketVerification,
  ticketVerifyQuery,
} from '../../../../shared/arrangement.documents.js';
import { XLSX_MIME, sendFile } from '../../../http/download.js';
import {
  arrangedPlan,
  lotRecordPdf,
  ownTicketPdf,
  printOverview,
  roomDocumentPdf,
  startBulkTickets,
  verifyTicket,
  type RoomDocument,
} from './documents.service.js';

/** R-ARR-10/11: the arrangement's documents — room documents, lot record, plan, tickets (bulk and own), QR check. */
export const documentsRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['arrangement'];
    const deps = { db: ctx.db, files: ctx.files, config: ctx.config };
    app.get(
      '/arrangement/:batchId/print',
      {
        schema: {
          tags,
          summary: '打印：考场与准考证概况',
          params: batchIdParam,
          response: { 200: printOverviewSchema },
        },
      },
      async (req) => printOverview(deps, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.get(
      '/arrangement/:batchId/sittings/:sittingId/rooms/:roomId/:document',
      { schema: { tags, summary: '打印考场门贴、座位表或签到表（PDF）', params: roomDocumentParams } },
      async (req, reply) =>
        sendFile(
          reply,
          await roomDocumentPdf(deps, {
            actor: req.actor,
            ...req.params,
            document: req.params.document.replace('.pdf', '') as RoomDocument,
          }),
          'application/pdf',
        ),
    );
    app.get(
      '/arrangement/:batchId/lots.pdf',
      { schema: { tags, summary: '监考人员抽签记录（PDF）', params: batchIdParam } },
      async (req, reply) =>
        sendFile(reply, await lotRecordPdf(deps, { actor: req.actor, batchId: req.params.batchId }), 'application/pdf'),
    );
    app.get(
      '/arrangement/:batchId/plan.xlsx',
      { schema: { tags, summary: '认定计划（含考场、监考、考评、督导安排，Excel）', params: batchIdParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await arrangedPlan(deps, { actor: req.actor, batchId: req.params.batchId, format: 'xlsx' }),
          XLSX_MIME,
        ),
    );
    app.get(
      '/arrangement/:batchId/plan.pdf',
      { schema: { tags, summary: '认定计划（含考场、监考、考评、督导安排，PDF）', params: batchIdParam } },
      async (req, reply) =>
        sendFile(
          reply,
          await arrangedPlan(deps, { actor: req.actor, batchId: req.params.batchId, format: 'pdf' }),
          'application/pdf',
        ),
    );
    app.post(
      '/arrangement/:batchId/tickets',
      {
        schema: {
          tags,
          summary: '批量打印准考证（后台任务，按考场或按学院）',
          params: batchIdParam,
          body: bulkTicketsBody,
          response: { 200: jobCreated },
        },
      },
      async (req) =>
        startBulkTickets(
          { ...deps, jobs: ctx.jobs },
          {
            actor: req.actor,
            batchId: req.params.batchId,
            groupBy: req.body.groupBy,
            confirmMissingPhotos: req.body.confirmMissingPhotos,
          },
        ),
    );
    app.get(
      '/portal/ticket.pdf',
      { schema: { tags: ['portal'], summary: '下载本人准考证（PDF）', querystring: ownTicketQuery } },
      async (req, reply) =>
        sendFile(reply, await ownTicketPdf(deps, { actor: req.actor, batchId: req.query.batchId }), 'application/pdf'),
    );
    app.get(
      '/tickets/verify',
      {
        schema: {
          tags,
          summary: '核验准考证二维码（公开）',
          querystring: ticketVerifyQuery,
          response: { 200: ticketVerification },
        },
        config: { public: true },
      },
      async (req) => verifyTicket(deps, { ticketNumber: req.query.n, signature: req.query.s }),
    );
  };
