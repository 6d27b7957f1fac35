import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../http/context.js';
import { idParam, paged } from '../../../shared/common.js';
import {
  batchQuery,
  expense,
  expenseBody,
  feeRates,
  ledger,
  ledgerQuery,
  staffFeesBody,
  statement,
  statementQuery,
  voidBody,
} from '../../../shared/finance.js';
import { z } from 'zod';
import { sendFile } from '../../http/download.js';
import {
  batchStatement,
  centreLedger,
  computeStaffFees,
  getFeeRates,
  listExpenses,
  recordExpense,
  updateFeeRates,
  voidExpense,
} from './finance.service.js';
import { exportStatement } from './statement.export.js';

/** R-FEE-01 (收支两条线): a batch's expenses beside its income, the statement, and the centre's ledger. */
export const financeRoutes =
  (ctx: AppContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['finance'];
    const db = ctx.db;
    app.get('/finance/rates', { schema: { tags, summary: '劳务费标准', response: { 200: feeRates } } }, async (req) =>
      getFeeRates(db, { actor: req.actor }),
    );
    app.put(
      '/finance/rates',
      { schema: { tags, summary: '修改劳务费标准', body: feeRates, response: { 200: feeRates } } },
      async (req) => updateFeeRates(db, { actor: req.actor, data: req.body }),
    );
    app.get(
      '/finance/expenses',
      { schema: { tags, summary: '批次支出列表', querystring: batchQuery, response: { 200: paged(expense) } } },
      async (req) => listExpenses(db, { actor: req.actor, batchId: req.query.batchId }),
    );
    app.post(
      '/finance/expenses',
      { schema: { tags, summary: '登记支出', body: expenseBody, response: { 200: expense } } },
      async (req) => recordExpense(db, { actor: req.actor, data: req.body }),
    );
    app.post(
      '/finance/expenses/:id/void',
      { schema: { tags, summary: '作废支出', params: idParam, body: voidBody, response: { 200: expense } } },
      async (req) => voidExpense(db, { actor: req.actor, id: req.params.id, reason: req.body.reason }),
    );
    app.post(
      '/finance/batches/:id/staff-fees',
      {
        schema: {
          tags,
          summary: '按考场编排计算劳务费',
          params: idParam,
          body: staffFeesBody,
          response: { 200: z.object({ created: z.number(), total: z.number() }) },
        },
      },
      async (req) => computeStaffFees(db, { actor: req.actor, batchId: req.params.id, spentOn: req.body.spentOn }),
    );
    app.get(
      '/finance/statement',
      { schema: { tags, summary: '批次收支明细', querystring: batchQuery, response: { 200: statement } } },
      async (req) => batchStatement(db, { actor: req.actor, batchId: req.query.batchId }),
    );
    app.get(
      '/finance/statement/file',
      { schema: { tags, summary: '导出批次收支明细表（Excel 或 PDF）', querystring: statementQuery } },
      async (req, reply) => {
        const f = await exportStatement(db, {
          actor: req.actor,
          batchId: req.query.batchId,
          format: req.query.format,
          fontPath: ctx.config.PDF_FONT_PATH,
        });
        return sendFile(reply, f, f.mime);
      },
    );
    app.get(
      '/finance/ledger',
      {
        schema: { tags, summary: '中心收支台账（按年度、批次）', querystring: ledgerQuery, response: { 200: ledger } },
      },
      async (req) => centreLedger(db, { actor: req.actor, year: req.query.year }),
    );
  };
