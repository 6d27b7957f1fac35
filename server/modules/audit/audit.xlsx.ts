import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db, DbOrTx } from '../../db/client.js';
import type { Actor } from '../../http/access.js';
import { roleNames, type Role } from '../../../shared/access.js';
import type { JobContext } from '../jobs/jobs.service.js';
import { listAudit, recordAudit, type AuditQuery } from './audit.service.js';
import { presentAuditRows } from './audit.present.js';
import type { AuditObjectNamer } from './audit.types.js';
import { downloadName } from '../../http/download.js';

const PAGE = 1000;

/**
 * What the export needs of the file store (`FileStore` fits): the files module records its uploads in the audit
 * trail, so the audit module names only this shape and does not import the files module back.
 */
export interface FileRecorder {
  record(
    tx: DbOrTx,
    f: { bytes: Buffer; name: string; mime: string; ownerId: string | null; purpose: string },
  ): Promise<{ id: string }>;
}

const fmt = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** Job `audit.export`: the filtered audit trail as an Excel file, written with ExcelJS's streaming writer. */
export async function exportAuditJob(
  deps: { db: Db; files: FileRecorder; objects?: AuditObjectNamer },
  ctx: JobContext,
) {
  const { filters, actor } = ctx.job.params as { filters: Omit<AuditQuery, 'page' | 'pageSize'>; actor: Actor };
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet('审计日志');
  ws.columns = [
    { header: '序号', key: 'seq', width: 10 },
    { header: '时间', key: 'at', width: 22 },
    { header: '操作人', key: 'actor', width: 14 },
    { header: '角色', key: 'role', width: 14 },
    { header: 'IP 地址', key: 'ip', width: 16 },
    { header: '操作', key: 'action', width: 12 },
    { header: '对象类型', key: 'entity', width: 12 },
    { header: '对象', key: 'object', width: 30 },
    { header: '对象编号', key: 'entityId', width: 38 },
    { header: '变更前', key: 'before', width: 50 },
    { header: '变更后', key: 'after', width: 50 },
    { header: '哈希', key: 'hash', width: 66 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).commit();
  let page = 1;
  let written = 0;
  for (;;) {
    const { items, total } = await listAudit(deps.db, { actor, query: { ...filters, page, pageSize: PAGE } });
    for (const r of await presentAuditRows(deps.db, items, deps.objects)) {
      ws.addRow({
        seq: r.seq,
        at: fmt(new Date(r.at)),
        actor: r.actorName ?? '',
        role: r.actorRole ? (roleNames[r.actorRole as Role] ?? r.actorRole) : '',
        ip: r.ip ?? '',
        action: r.actionName,
        entity: r.entityName,
        object: r.objectLabel ?? '',
        entityId: r.entityId ?? '',
        before: r.before == null ? '' : JSON.stringify(r.before),
        after: r.after == null ? '' : JSON.stringify(r.after),
        hash: r.hash,
      }).commit();
    }
    written += items.length;
    await ctx.progress(total ? (written / total) * 95 : 95, `已导出 ${written} / ${total} 条`);
    if (items.length < PAGE) break;
    page++;
  }
  ws.commit();
  await wb.commit();
  const bytes = Buffer.concat(chunks);
  const fileName = downloadName(new Date().toISOString().slice(0, 10), '审计日志', 'xlsx');
  const row = await deps.db.transaction(async (tx) => {
    const f = await deps.files.record(tx, {
      bytes,
      name: fileName,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ownerId: actor.userId,
      purpose: 'audit.export', // issue 8 item 14: only its maker, while allowed to read the audit, may fetch it
    });
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'file',
      entityId: f.id,
      after: { name: fileName, rows: written },
    });
    return f;
  });
  return { fileId: row.id, fileName, rows: written };
}
