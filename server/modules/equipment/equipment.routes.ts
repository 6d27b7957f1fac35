import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  checkBatchParam,
  checkBatches,
  checkLinesBody,
  decideBody,
  equipmentCheck,
  equipmentItem,
  equipmentRecord,
  equipmentRequest,
  itemBody,
  itemQuery,
  recordBody,
  requestBody,
  requestQuery,
} from '../../../shared/equipment.js';
import { getCheck, listCheckBatches, saveCheck, signCheck } from './check.service.js';
import {
  addRecord,
  createItem,
  createRequest,
  decideRequest,
  listItems,
  listRecords,
  listRequests,
  updateItem,
} from './equipment.service.js';
import type { EquipmentBatchReader } from './equipment.types.js';

/** 设备设施 (R-EQ-01…04): the ledger, records, requests and the pre-batch check. */
export const equipmentRoutes =
  (ctx: AppContext, reader: EquipmentBatchReader): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['equipment'];
    const db = ctx.db;
    app.get(
      '/equipment/ledger',
      { schema: { tags, summary: '设备台账', querystring: itemQuery, response: { 200: paged(equipmentItem) } } },
      async (req) => listItems(db, { actor: req.actor, occupationId: req.query.occupationId, reader }),
    );
    app.post(
      '/equipment/ledger',
      { schema: { tags, summary: '登记设备', body: itemBody, response: { 200: equipmentItem } } },
      async (req) => createItem(db, { actor: req.actor, data: req.body, reader }),
    );
    app.put(
      '/equipment/ledger/:id',
      { schema: { tags, summary: '修改设备信息', params: idParam, body: itemBody, response: { 200: equipmentItem } } },
      async (req) => updateItem(db, { actor: req.actor, id: req.params.id, data: req.body, reader }),
    );
    app.get(
      '/equipment/ledger/:id/records',
      {
        schema: { tags, summary: '维护、维修与检定记录', params: idParam, response: { 200: paged(equipmentRecord) } },
      },
      async (req) => listRecords(db, { actor: req.actor, itemId: req.params.id }),
    );
    app.post(
      '/equipment/ledger/:id/records',
      {
        schema: {
          tags,
          summary: '登记维护、维修或检定',
          params: idParam,
          body: recordBody,
          response: { 200: equipmentRecord },
        },
      },
      async (req) => addRecord(db, { actor: req.actor, itemId: req.params.id, data: req.body }),
    );
    app.get(
      '/equipment/requests',
      {
        schema: {
          tags,
          summary: '设备申请列表',
          querystring: requestQuery,
          response: { 200: paged(equipmentRequest) },
        },
      },
      async (req) => listRequests(db, { actor: req.actor, status: req.query.status }),
    );
    app.post(
      '/equipment/requests',
      {
        schema: {
          tags,
          summary: '提交借用、归还、损坏、丢失、购置或报废申请',
          body: requestBody,
          response: { 200: equipmentRequest },
        },
      },
      async (req) => createRequest(db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/equipment/requests/:id/decision',
      {
        schema: {
          tags,
          summary: '审批设备申请',
          params: idParam,
          body: decideBody,
          response: { 200: equipmentRequest },
        },
      },
      async (req) =>
        decideRequest(db, {
          actor: req.actor,
          id: req.params.id,
          decision: req.body.equipmentDecision,
          note: req.body.decisionNote,
        }),
    );
    app.get(
      '/equipment/checks',
      { schema: { tags, summary: '需设备核查的批次', response: { 200: checkBatches } } },
      async (req) => listCheckBatches(db, { actor: req.actor, reader }),
    );
    app.get(
      '/equipment/checks/:batchId',
      { schema: { tags, summary: '考前设备核查', params: checkBatchParam, response: { 200: equipmentCheck } } },
      async (req) => getCheck(db, { actor: req.actor, batchId: req.params.batchId, reader }),
    );
    app.put(
      '/equipment/checks/:batchId',
      {
        schema: {
          tags,
          summary: '保存考前设备核查',
          params: checkBatchParam,
          body: checkLinesBody,
          response: { 200: equipmentCheck },
        },
      },
      async (req) => saveCheck(db, { actor: req.actor, batchId: req.params.batchId, data: req.body, reader }),
    );
    app.post(
      '/equipment/checks/:batchId/sign',
      { schema: { tags, summary: '考前设备核查签字确认', params: checkBatchParam, response: { 200: equipmentCheck } } },
      async (req) => signCheck(db, { actor: req.actor, batchId: req.params.batchId, reader }),
    );
  };
