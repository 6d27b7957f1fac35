import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { archiveEntries, archiveSettings, batchArchives, files } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import type { AppContext } from '../../http/context.js';
import { downloadName } from '../../http/download.js';
import { AppError, notFound } from '../../http/errors.js';
import {
  archiveChecklist,
  archiveMedia,
  archiveMediumNames,
  type ArchiveBatchSummary,
  type ArchiveDetail,
  type ArchiveEntryBody,
  type ArchiveItem,
  type ArchiveSettings,
} from '../../../shared/archives.js';
import { chinaToday } from '../../../shared/dates.js';
import { batchStateNames } from '../../../shared/plans.js';
import { recordAudit } from '../audit/audit.service.js';
import { loadAuditSigningKey } from '../audit/checkpoint.service.js';
import { loadCentre } from '../centre/centre.service.js';
import { archiveBatch } from '../plans/batch.service.js';
import { batchesForResults, type BatchForResults } from '../plans/plans.reads.js';
import { finalResultsOfBatch } from '../publicity/publicity.reads.js';
import { closeRefusal, itemComplete, retentionUntil } from './archives.rules.js';
import { listRequests, pendingRequestCounts, userNames } from './requests.service.js';
import { buildArchivePackage } from './package.export.js';
import { productSources, type ArchiveDocument } from './sources.export.js';

export type ArchiveDeps = Pick<AppContext, 'db' | 'config' | 'files' | 'pii'>;
type Opts = { actor: Actor | null };
type BatchOpts = Opts & { batchId: string };

/** The batches an archive is kept for: from 成绩公示 on (the ones before have nothing to close yet). */
const ARCHIVE_STATES = ['publicity', 'archived'] as const;

const DEFAULT_SETTINGS: ArchiveSettings = { paperYears: 3, electronicYears: 5, videoYears: 5 };

export async function loadArchiveSettings(db: DbOrTx): Promise<ArchiveSettings> {
  const [row] = await db.select().from(archiveSettings).where(eq(archiveSettings.id, 1));
  return row
    ? { paperYears: row.paperYears, electronicYears: row.electronicYears, videoYears: row.videoYears }
    : DEFAULT_SETTINGS;
}

export async function getArchiveSettings(db: DbOrTx, opts: Opts): Promise<ArchiveSettings> {
  authorize(opts.actor, 'archives.read');
  return loadArchiveSettings(db);
}

/** R-ARC-03: the retention years (the schema refuses less than the minimum of each medium); for later closings. */
export async function updateArchiveSettings(db: ArchiveDeps['db'], opts: Opts & { data: ArchiveSettings }) {
  authorize(opts.actor, 'archives.approve');
  const actor = opts.actor;
  return db.transaction(async (tx) => {
    const before = await loadArchiveSettings(tx);
    await tx
      .insert(archiveSettings)
      .values({ id: 1, ...opts.data, updatedBy: actor.userId })
      .onConflictDoUpdate({
        target: archiveSettings.id,
        set: { ...opts.data, updatedBy: actor.userId, updatedAt: new Date() },
      });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'archive_settings',
      entityId: '1',
      before,
      after: opts.data,
    });
    return opts.data;
  });
}

async function batchOf(db: DbOrTx, batchId: string): Promise<BatchForResults> {
  const [b] = await batchesForResults(db, { ids: [batchId] });
  if (!b || !(ARCHIVE_STATES as readonly string[]).includes(b.state)) throw notFound('可归档的认定批次');
  return b;
}

async function entriesOf(db: DbOrTx, batchIds: readonly string[]) {
  if (!batchIds.length) return [];
  return db
    .select({
      id: archiveEntries.id,
      batchId: archiveEntries.batchId,
      itemKey: archiveEntries.itemKey,
      medium: archiveEntries.medium,
      fileId: archiveEntries.fileId,
      fileName: files.name,
      location: archiveEntries.location,
      note: archiveEntries.note,
      recordedBy: archiveEntries.recordedBy,
      recordedAt: archiveEntries.recordedAt,
    })
    .from(archiveEntries)
    .leftJoin(files, eq(files.id, archiveEntries.fileId))
    .where(inArray(archiveEntries.batchId, [...batchIds]))
    .orderBy(asc(archiveEntries.recordedAt));
}

/** R-ARC-01: the checklist of a batch with the product's documents and the entries added by hand. */
async function composeItems(deps: ArchiveDeps, actor: Actor, batch: BatchForResults): Promise<ArchiveItem[]> {
  const [sources, entries] = await Promise.all([productSources(deps, actor, batch), entriesOf(deps.db, [batch.id])]);
  const names = await userNames(
    deps.db,
    entries.map((e) => e.recordedBy),
  );
  return archiveChecklist(batch.method).map((def) => {
    const src = def.source === 'product' ? sources[def.key] : undefined;
    const own = entries
      .filter((e) => e.itemKey === def.key)
      .map((e) => ({
        id: e.id,
        itemKey: e.itemKey,
        medium: e.medium,
        mediumName: archiveMediumNames[e.medium],
        fileId: e.fileId,
        fileName: e.fileName,
        location: e.location,
        note: e.note,
        recordedByName: e.recordedBy ? (names.get(e.recordedBy) ?? null) : null,
        recordedAt: e.recordedAt.toISOString(),
      }));
    const productReady = src?.ready ?? false;
    return {
      key: def.key,
      name: def.name,
      basis: def.basis,
      source: def.source,
      productReady,
      productDetail: src?.detail ?? '须上传文件或登记纸质、视频资料的存放位置',
      documents: src?.documents ?? [],
      entries: own,
      complete: itemComplete(def, productReady, own.length),
    };
  });
}

async function closingOf(db: DbOrTx, batchId: string) {
  const [row] = await db.select().from(batchArchives).where(eq(batchArchives.batchId, batchId));
  return row ?? null;
}

export async function listArchiveBatches(deps: ArchiveDeps, opts: Opts): Promise<{ items: ArchiveBatchSummary[] }> {
  authorize(opts.actor, 'archives.read');
  const actor = opts.actor;
  const batches = await batchesForResults(deps.db, { states: [...ARCHIVE_STATES] });
  const ids = batches.map((b) => b.id);
  const [closings, pending] = await Promise.all([
    ids.length ? deps.db.select().from(batchArchives).where(inArray(batchArchives.batchId, ids)) : [],
    pendingRequestCounts(deps.db, ids),
  ]);
  const items: ArchiveBatchSummary[] = [];
  for (const b of batches) {
    const closed = closings.find((c) => c.batchId === b.id);
    const list = closed ? null : await composeItems(deps, actor, b);
    const total = archiveChecklist(b.method).length;
    items.push({
      batchId: b.id,
      title: b.title,
      state: b.state,
      stateName: batchStateNames[b.state],
      method: b.method,
      itemsTotal: total,
      itemsComplete: list ? list.filter((i) => i.complete).length : total,
      closedOn: closed?.closedOn ?? null,
      pendingRequests: pending.get(b.id) ?? 0,
    });
  }
  return { items };
}

export async function getArchive(deps: ArchiveDeps, opts: BatchOpts): Promise<ArchiveDetail> {
  authorize(opts.actor, 'archives.read');
  const actor = opts.actor;
  const batch = await batchOf(deps.db, opts.batchId);
  const [items, closing, final, requests] = await Promise.all([
    composeItems(deps, actor, batch),
    closingOf(deps.db, batch.id),
    finalResultsOfBatch(deps.db, batch.id),
    listRequests(deps.db, batch.id),
  ]);
  const names = await userNames(deps.db, [closing?.closedBy ?? null]);
  return {
    batchId: batch.id,
    title: batch.title,
    state: batch.state,
    stateName: batchStateNames[batch.state],
    method: batch.method,
    itemsTotal: items.length,
    itemsComplete: items.filter((i) => i.complete).length,
    closedOn: closing?.closedOn ?? null,
    pendingRequests: requests.filter((r) => r.state === 'pending').length,
    items,
    closeRefusal: closeRefusal(batch.state, final !== null, items, !!closing),
    closing: closing
      ? {
          closedOn: closing.closedOn,
          closedAt: closing.closedAt.toISOString(),
          closedByName: closing.closedBy ? (names.get(closing.closedBy) ?? null) : null,
          packageSha256: closing.packageSha256,
          manifestSha256: closing.manifestSha256,
          signatureKeyId: closing.signatureKeyId,
          documentCount: closing.documentCount,
          retention: archiveMedia.map((m) => ({
            medium: m,
            mediumName: archiveMediumNames[m],
            until: closing[`${m}Until`],
            destroyedOn: closing[`${m}DestroyedOn`],
          })),
        }
      : null,
    requests,
  };
}

const closedRefusal = () => new AppError('CONFLICT', '该批次已归档，档案清单不能再修改');

/** R-ARC-01: an upload (the caller's own, just uploaded) or the place of a paper original or recording. */
export async function addArchiveEntry(deps: ArchiveDeps, opts: BatchOpts & { data: ArchiveEntryBody }) {
  authorize(opts.actor, 'archives.manage');
  const actor = opts.actor;
  const batch = await batchOf(deps.db, opts.batchId);
  const def = archiveChecklist(batch.method).find((d) => d.key === opts.data.itemKey);
  if (!def)
    throw new AppError('VALIDATION', '清单项目：该批次的档案清单没有此项', [
      { field: 'itemKey', message: '该批次的档案清单没有此项' },
    ]);
  await deps.db.transaction(async (tx) => {
    if (await closingOf(tx, batch.id)) throw closedRefusal();
    if (opts.data.fileId) {
      const [f] = await tx.select().from(files).where(eq(files.id, opts.data.fileId));
      if (!f || f.ownerId !== actor.userId || f.purpose !== 'archive.document')
        throw new AppError('VALIDATION', '文件：未找到您上传的档案文件，请重新上传', [
          { field: 'fileId', message: '未找到您上传的档案文件' },
        ]);
    }
    const [row] = await tx
      .insert(archiveEntries)
      .values({
        batchId: batch.id,
        itemKey: def.key,
        medium: opts.data.medium,
        fileId: opts.data.fileId ?? null,
        location: opts.data.storageLocation || null,
        note: opts.data.entryNote || null,
        recordedBy: actor.userId,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'archive.entry',
      entity: 'batch',
      entityId: batch.id,
      after: { item: def.name, medium: row.medium, fileId: row.fileId, location: row.location, note: row.note },
    });
  });
  return getArchive(deps, opts);
}

export async function removeArchiveEntry(deps: ArchiveDeps, opts: BatchOpts & { entryId: string }) {
  authorize(opts.actor, 'archives.manage');
  const actor = opts.actor;
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(archiveEntries)
      .where(and(eq(archiveEntries.id, opts.entryId), eq(archiveEntries.batchId, opts.batchId)));
    if (!row) throw notFound('档案登记');
    if (await closingOf(tx, opts.batchId)) throw closedRefusal();
    await tx.delete(archiveEntries).where(eq(archiveEntries.id, row.id));
    await recordAudit(tx, actor, {
      action: 'archive.entry.remove',
      entity: 'batch',
      entityId: opts.batchId,
      before: { itemKey: row.itemKey, medium: row.medium, fileId: row.fileId, location: row.location },
    });
  });
  return getArchive(deps, opts);
}

/**
 * R-ARC-02: closes the batch (成绩公示 → 已归档) when its checklist is complete: one action produces the package
 * (every document, the checklist, the signed SHA-256 manifest), stores it, starts the retention of each medium
 * (R-ARC-03, from the closing day) and moves the batch, all or nothing.
 */
export async function closeArchive(deps: ArchiveDeps, opts: BatchOpts & { today?: string }) {
  authorize(opts.actor, 'archives.approve');
  const actor = opts.actor;
  const batch = await batchOf(deps.db, opts.batchId);
  const items = await composeItems(deps, actor, batch);
  const final = await finalResultsOfBatch(deps.db, batch.id);
  const refusal = closeRefusal(batch.state, final !== null, items, !!(await closingOf(deps.db, batch.id)));
  if (refusal) throw new AppError('CONFLICT', refusal);

  const sources = await productSources(deps, actor, batch);
  const documents: (ArchiveDocument & { itemKey: string })[] = [];
  for (const it of items) {
    const src = it.source === 'product' ? sources[it.key] : undefined;
    if (src?.ready) for (const d of await src.produce()) documents.push({ ...d, itemKey: it.key });
    for (const e of it.entries) {
      if (!e.fileId) continue;
      const [f] = await deps.db.select().from(files).where(eq(files.id, e.fileId));
      if (f) documents.push({ path: `entries/${f.name}`, bytes: await deps.files.read(f), itemKey: it.key });
    }
  }
  const today = opts.today ?? chinaToday();
  const settings = await loadArchiveSettings(deps.db);
  const key = loadAuditSigningKey(deps.config, { create: true })!;
  const centre = await loadCentre(deps.db);
  const pkg = await buildArchivePackage({
    items,
    documents,
    batch: { id: batch.id, title: batch.title },
    centre: centre.name,
    closedOn: today,
    key,
  });
  const packageSha256 = createHash('sha256').update(pkg.zip).digest('hex');

  await deps.db.transaction(async (tx) => {
    const stored = await deps.files.record(tx, {
      bytes: pkg.zip,
      name: downloadName(batch.title, '认定档案', 'zip'),
      mime: 'application/zip',
      ownerId: actor.userId,
      purpose: 'archive.package',
    });
    const inserted = await tx
      .insert(batchArchives)
      .values({
        batchId: batch.id,
        closedOn: today,
        closedBy: actor.userId,
        packageFileId: stored.id,
        packageSha256,
        manifestSha256: pkg.manifestSha256,
        signatureKeyId: key.keyId,
        documentCount: pkg.manifest.files.length,
        paperUntil: retentionUntil(today, settings.paperYears),
        electronicUntil: retentionUntil(today, settings.electronicYears),
        videoUntil: retentionUntil(today, settings.videoYears),
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) throw new AppError('CONFLICT', '该批次已归档');
    await archiveBatch(tx, { actor, id: batch.id, note: `档案清单齐全，档案包 ${pkg.manifest.files.length} 个文件` });
    await recordAudit(tx, actor, {
      action: 'archive.close',
      entity: 'batch',
      entityId: batch.id,
      after: {
        closedOn: today,
        files: pkg.manifest.files.length,
        packageSha256,
        manifestSha256: pkg.manifestSha256,
        keyId: key.keyId,
      },
    });
  });
  return getArchive(deps, opts);
}

/** The package of a closed batch (audited); gone once its electronic copy is destroyed (R-ARC-03). */
export async function downloadArchivePackage(deps: ArchiveDeps, opts: BatchOpts) {
  authorize(opts.actor, 'archives.read');
  const actor = opts.actor;
  const closing = await closingOf(deps.db, opts.batchId);
  if (!closing?.packageFileId) throw notFound('档案包');
  if (closing.electronicDestroyedOn)
    throw new AppError('CONFLICT', `电子档案已于 ${closing.electronicDestroyedOn} 经批准销毁，不能再下载`);
  const [f] = await deps.db.select().from(files).where(eq(files.id, closing.packageFileId));
  if (!f) throw notFound('档案包');
  const bytes = await deps.files.read(f);
  await deps.db.transaction((tx) =>
    recordAudit(tx, actor, {
      action: 'archive.download',
      entity: 'batch',
      entityId: opts.batchId,
      after: { file: f.name, size: bytes.length },
    }),
  );
  return { bytes, name: f.name };
}
