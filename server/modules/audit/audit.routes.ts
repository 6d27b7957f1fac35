import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context.js';
import { auditQuery, auditRow } from '../../../shared/audit.js';
import { jobCreated } from '../../../shared/jobs.js';
import { paged } from '../../../shared/common.js';
import { listAudit, listAuditEntities, requestAuditExport } from './audit.service.js';
import { auditCheckpointStatus } from '../../../shared/audit.checkpoint.js';
import { createAuditCheckpoint, describeAuditCheckpoint, exportAuditCheckpoints } from './checkpoint.service.js';
import { attachment } from '../../http/download.js';
import { presentAuditRows } from './audit.present.js';
import type { AuditObjectNamer } from './audit.types.js';

const exportBody = auditQuery.omit({ page: true, pageSize: true });

/** `objects` names other modules' objects in the rows (issue 9); see `AuditObjectNamer`. */
export const auditRoutes =
  (ctx: AppContext, objects?: AuditObjectNamer): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['audit'];
    app.get(
      '/audit',
      { schema: { tags, summary: '查询审计日志', querystring: auditQuery, response: { 200: paged(auditRow) } } },
      async (req) => {
        const r = await listAudit(ctx.db, { actor: req.actor, query: req.query });
        return { total: r.total, items: await presentAuditRows(ctx.db, r.items, objects) };
      },
    );
    app.get(
      '/audit/entities',
      { schema: { tags, summary: '审计对象类型', response: { 200: z.array(z.string()) } } },
      async (req) => listAuditEntities(ctx.db, { actor: req.actor }),
    );
    app.post(
      '/audit/exports',
      { schema: { tags, summary: '导出审计日志（后台任务）', body: exportBody, response: { 200: jobCreated } } },
      async (req) => requestAuditExport(ctx, { actor: req.actor, filters: req.body }),
    );
    app.get(
      '/audit/checkpoints/latest',
      { schema: { tags, summary: '审计日志最近的签名检查点及其校验结果', response: { 200: auditCheckpointStatus } } },
      async (req) => describeAuditCheckpoint(ctx.db, { actor: req.actor, config: ctx.config }),
    );
    app.post(
      '/audit/checkpoints',
      { schema: { tags, summary: '立即签署审计日志检查点', response: { 200: auditCheckpointStatus } } },
      async (req) => createAuditCheckpoint(ctx.db, { actor: req.actor, config: ctx.config }),
    );
    app.get(
      '/audit/checkpoints/file',
      { schema: { tags, summary: '下载审计日志检查点文件（JSON Lines）' } },
      async (req, reply) => {
        const file = await exportAuditCheckpoints(ctx.db, { actor: req.actor, config: ctx.config });
        return reply
          .header('content-type', 'application/jsonl; charset=utf-8')
          .header('content-disposition', attachment(file.name))
          .header('cache-control', 'private, no-store')
          .send(file.bytes);
      },
    );
  };
