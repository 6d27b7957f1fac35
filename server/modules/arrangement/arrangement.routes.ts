import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  arrangementView,
  batchArrangement,
  batchIdParam,
  editBody,
  examinerOptions as examinerOptionsSchema,
  examinerOptionsParams,
  examinerOptionsQuery,
  portalSeats,
  room,
  roomBody,
  roomQuery,
  runBody,
  site,
  siteBody,
  unavailabilityBody,
  unavailabilityParams,
} from '../../../shared/arrangement.js';
import { editRun, getBatchArrangement, getRun, publishRun, runArrangement } from './arrangement.service.js';
import { examinerOptions } from './examiners.service.js';
import { listOwnSeats } from './portal.service.js';
import {
  addUnavailability,
  getRoom,
  listRooms,
  listSites,
  removeUnavailability,
  saveRoom,
  saveSite,
} from './venues.service.js';

/** Sites and rooms (R-ARR-01), the arrangement runs, hand edits and publishing (R-ARR-09/11), the candidate's seats. */
export const arrangementRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['arrangement'];
    const db = ctx.db;

    app.get('/sites', { schema: { tags, summary: '考点列表', response: { 200: paged(site) } } }, async (req) =>
      listSites(db, { actor: req.actor }),
    );
    app.post(
      '/sites',
      { schema: { tags, summary: '新增考点', body: siteBody, response: { 200: site } } },
      async (req) => saveSite(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/sites/:id',
      { schema: { tags, summary: '修改考点', params: idParam, body: siteBody, response: { 200: site } } },
      async (req) => saveSite(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );

    app.get(
      '/rooms',
      { schema: { tags, summary: '考场列表', querystring: roomQuery, response: { 200: paged(room) } } },
      async (req) => listRooms(db, { actor: req.actor, siteId: req.query.siteId }),
    );
    app.get(
      '/rooms/:id',
      { schema: { tags, summary: '考场', params: idParam, response: { 200: room } } },
      async (req) => getRoom(db, { actor: req.actor, id: req.params.id }),
    );
    app.post(
      '/rooms',
      { schema: { tags, summary: '新增考场', body: roomBody, response: { 200: room } } },
      async (req) => saveRoom(db, { actor: req.actor, data: req.body }),
    );
    app.put(
      '/rooms/:id',
      { schema: { tags, summary: '修改考场', params: idParam, body: roomBody, response: { 200: room } } },
      async (req) => saveRoom(db, { actor: req.actor, id: req.params.id, data: req.body }),
    );
    app.post(
      '/rooms/:id/unavailability',
      {
        schema: {
          tags,
          summary: '登记考场不可用时段',
          params: idParam,
          body: unavailabilityBody,
          response: { 200: room },
        },
      },
      async (req) => addUnavailability(db, { actor: req.actor, roomId: req.params.id, data: req.body }),
    );
    app.delete(
      '/rooms/:id/unavailability/:uid',
      { schema: { tags, summary: '删除考场不可用时段', params: unavailabilityParams, response: { 200: room } } },
      async (req) => removeUnavailability(db, { actor: req.actor, roomId: req.params.id, id: req.params.uid }),
    );

    app.post(
      '/arrangement/runs',
      {
        schema: {
          tags,
          summary: '自动编排（考场、座位、监考、考点工作人员、考评组）',
          body: runBody,
          response: { 200: arrangementView },
        },
      },
      async (req) =>
        runArrangement(db, {
          actor: req.actor,
          batchIds: req.body.batchIds,
          seed: req.body.seed,
          sittings: req.body.sittings,
        }),
    );
    app.get(
      '/arrangement/runs/:id',
      { schema: { tags, summary: '编排结果', params: idParam, response: { 200: arrangementView } } },
      async (req) => getRun(db, { actor: req.actor, id: req.params.id }),
    );
    app.get(
      '/arrangement/batches/:batchId',
      { schema: { tags, summary: '批次的当前编排', params: batchIdParam, response: { 200: batchArrangement } } },
      async (req) => getBatchArrangement(db, { actor: req.actor, batchId: req.params.batchId }),
    );
    app.post(
      '/arrangement/runs/:id/edits',
      {
        schema: {
          tags,
          summary: '手工调整（经规则校验）',
          params: idParam,
          body: editBody,
          response: { 200: arrangementView },
        },
      },
      async (req) => editRun(db, { actor: req.actor, id: req.params.id, edit: req.body }),
    );
    app.get(
      '/arrangement/runs/:id/sittings/:sittingId/examiners',
      {
        schema: {
          tags,
          summary: '可增加或更换的考评员（不符合条件的列出原因）',
          params: examinerOptionsParams,
          querystring: examinerOptionsQuery,
          response: { 200: examinerOptionsSchema },
        },
      },
      async (req) =>
        examinerOptions(db, {
          actor: req.actor,
          runId: req.params.id,
          sittingId: req.params.sittingId,
          replaceId: req.query.replaceId,
        }),
    );
    app.post(
      '/arrangement/runs/:id/publish',
      { schema: { tags, summary: '发布编排（终检通过后）', params: idParam, response: { 200: arrangementView } } },
      async (req) => publishRun(db, { actor: req.actor, id: req.params.id }),
    );

    app.get(
      '/portal/seats',
      { schema: { tags, summary: '本人的考场与座位（考前一天公布）', response: { 200: portalSeats } } },
      async (req) => listOwnSeats(db, { actor: req.actor }),
    );
  };
