import type { Db } from './db/client.js';
import type { FileStore } from './modules/files/files.service.js';
import type { JobRunner } from './modules/jobs/jobs.service.js';
import { exportAuditJob } from './modules/audit/audit.xlsx.js';
import { auditObjectNamer } from './audit-objects.js';
import type { Config } from './config.js';
import { bulkTicketsJob } from './modules/arrangement/documents/documents.service.js';
import { rosterImportJob } from './modules/registration/roster.job.js';
import { bulkPrintJob } from './modules/certificates/print.job.js';
import { loadPiiCipher } from './http/pii.js';

/** Every kind of durable job, with its Chinese name shown in the UI. Modules add theirs here. */
export function registerJobHandlers(runner: JobRunner, deps: { db: Db; files: FileStore; config: Config }) {
  runner.register('audit.export', '导出审计日志', (ctx) => exportAuditJob({ ...deps, objects: auditObjectNamer }, ctx));
  runner.register('tickets.bulk', '批量打印准考证', (ctx) => bulkTicketsJob(deps, ctx));
  runner.register('certificates.print', '批量打印证书', (ctx) => bulkPrintJob(deps, ctx));
  const pii = loadPiiCipher(deps.config);
  runner.register('roster.import', '导入花名册', (ctx) => rosterImportJob({ ...deps, pii }, ctx));
}
