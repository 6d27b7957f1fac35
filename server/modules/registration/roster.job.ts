import fsp from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../db/client.js';
import { files } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { batchStateNames } from '../../../shared/plans.js';
import type { RosterImportResult } from '../../../shared/registration.js';
import { recordAudit } from '../audit/audit.service.js';
import type { FileStore } from '../files/files.service.js';
import type { JobContext } from '../jobs/jobs.service.js';
import { getBatch } from '../plans/batch.service.js';
import { importRoster } from './roster.service.js';

/**
 * R-REG-01 for large rosters: the same all-or-nothing import (roster.service.ts `importRoster`) as a durable job, so a
 * college's 20,000-row 花名册 does not hang on one HTTP request. The upload holds ID numbers, so it is stored
 * encrypted with the PII key (R-PPL-02), never as the plain file. A refused file is the job's result (its problems by
 * row and column), not a failure: the job did its work.
 */

export interface RosterJobParams {
  actor: Actor;
  batchId: string;
  fileId: string;
  fileName: string;
}

export type RosterJobResult =
  ({ outcome: 'imported' } & RosterImportResult) | { outcome: 'refused'; message: string; issues: unknown[] };

interface Deps {
  db: Db;
  files: FileStore;
  pii: PiiCipher;
  jobs: { enqueue: (tx: DbOrTx, kind: string, params: object, ownerId: string | null) => Promise<string> };
}

/** Checks what can be told at once (permission, scope, state), stores the upload encrypted and queues `roster.import`. */
export async function startRosterImport(
  deps: Deps,
  opts: { actor: Actor | null; batchId: string; bytes: Buffer; fileName: string },
) {
  authorize(opts.actor, 'applications.import');
  const actor = opts.actor;
  const batch = await getBatch(deps.db, { actor, id: opts.batchId }); // R-ORG-07: another college's batch is 404
  if (batch.state !== 'registering')
    throw new AppError(
      'CONFLICT',
      `认定批次当前状态为“${batchStateNames[batch.state]}”，只有“报名中”的批次可以导入花名册`,
    );
  if (!opts.bytes.length) throw new AppError('VALIDATION', '文件：内容为空', [{ field: 'file', message: '内容为空' }]);
  const sealed = deps.pii.sealBytes(opts.bytes);
  return deps.db.transaction(async (tx) => {
    const file = await deps.files.record(tx, {
      bytes: sealed,
      name: `${opts.fileName}.sealed`,
      mime: 'application/octet-stream',
      ownerId: actor.userId,
      purpose: 'roster.upload',
    });
    const jobId = await deps.jobs.enqueue(
      tx,
      'roster.import',
      { actor, batchId: batch.id, fileId: file.id, fileName: opts.fileName } satisfies RosterJobParams,
      actor.userId,
    );
    await recordAudit(tx, actor, {
      action: 'upload',
      entity: 'roster',
      entityId: batch.id,
      after: { fileName: opts.fileName, size: opts.bytes.length, jobId },
    });
    return { jobId };
  });
}

/** Job `roster.import`: decrypts the upload and runs the import; a refused file becomes the result with its problems. */
export async function rosterImportJob(deps: Omit<Deps, 'jobs'>, ctx: JobContext): Promise<RosterJobResult> {
  const p = ctx.job.params as RosterJobParams;
  const [row] = await deps.db.select().from(files).where(eq(files.id, p.fileId));
  if (!row) throw notFound('上传的花名册');
  await ctx.progress(5, '正在校验花名册');
  const bytes = deps.pii.unsealBytes(await fsp.readFile(deps.files.pathOf(row.sha256)));
  try {
    const result = await importRoster(deps.db, deps.files, {
      actor: p.actor,
      pii: deps.pii,
      batchId: p.batchId,
      bytes,
      fileName: p.fileName,
    });
    return { outcome: 'imported', ...result };
  } catch (e) {
    if (e instanceof AppError && e.status < 500)
      return { outcome: 'refused', message: e.message, issues: Array.isArray(e.details) ? e.details : [] };
    throw e;
  }
}
