import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import {
  assemblies,
  assemblyPlans,
  blueprints,
  occupations,
  paperPrints,
  papers,
  users,
} from '../../db/schema/index.js';
import type { Actor } from '../../http/access.js';
import { AppError } from '../../http/errors.js';
import { downloadName } from '../../http/download.js';
import { printKindNames, type PaperState, type PrintKind } from '../../../shared/itembank.js';
import { recordAudit } from '../audit/audit.service.js';
import { latestAuditOf } from '../audit/audit.reads.js';
import { personsByIds } from '../people/people.reads.js';
import { bankScope, scopeFilter } from './bank.access.js';
import { paperInScope, paperVersions, sealVersions } from './papers.store.js';
import { presentPaperItems, presentPaperSummary, presentPrint } from './papers.present.js';
import { sealOf } from './papers.rules.js';
import sharp from 'sharp';
import { buildPaperPdf, type PaperImage } from './papers.pdf.js';
import { openFile, type FileStore } from '../files/files.service.js';

/** Papers (R-BANK-02/03): list, the audited views of a paper and its key, the seal check, print runs. */

export async function listPapers(
  db: Db,
  opts: {
    actor: Actor | null;
    query: { occupationId?: string; state?: PaperState; assemblyId?: string; page: number; pageSize: number };
  },
) {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const q = opts.query;
  const where = and(
    scopeFilter(scope, blueprints.occupationId),
    q.occupationId ? eq(blueprints.occupationId, q.occupationId) : undefined,
    q.state ? eq(papers.state, q.state) : undefined,
    q.assemblyId ? eq(papers.assemblyId, q.assemblyId) : undefined,
  );
  const base = () =>
    db
      .select({
        paper: papers,
        kind: assemblies.kind,
        occupationName: occupations.name,
        level: blueprints.level,
      })
      .from(papers)
      .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
      .innerJoin(assemblyPlans, eq(assemblyPlans.id, assemblies.planId))
      .innerJoin(blueprints, eq(blueprints.id, assemblyPlans.blueprintId))
      .innerJoin(occupations, eq(occupations.id, blueprints.occupationId));
  const [{ n }] = await db
    .select({ n: count() })
    .from(papers)
    .innerJoin(assemblies, eq(assemblies.id, papers.assemblyId))
    .innerJoin(assemblyPlans, eq(assemblyPlans.id, assemblies.planId))
    .innerJoin(blueprints, eq(blueprints.id, assemblyPlans.blueprintId))
    .where(where);
  const rows = await base()
    .where(where)
    .orderBy(desc(papers.createdAt), papers.label)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const names = new Map(
    (
      await personsByIds(
        db,
        rows.flatMap((r) => (r.paper.personId ? [r.paper.personId] : [])),
      )
    ).map((p) => [p.id, p.name]),
  );
  return {
    items: rows.map((r) =>
      presentPaperSummary(r.paper, {
        occupationName: r.occupationName,
        level: r.level,
        kind: r.kind,
        personName: r.paper.personId ? (names.get(r.paper.personId) ?? null) : null,
      }),
    ),
    total: n,
  };
}

async function loadPaper(db: Db, actor: Actor | null, id: string) {
  const scope = await bankScope(db, actor, 'itembank.read');
  const found = await paperInScope(db, scope, id);
  const versions = await paperVersions(
    db,
    found.paper.entries.map((e) => e.versionId),
  );
  const person = found.paper.personId ? (await personsByIds(db, [found.paper.personId]))[0] : undefined;
  const summary = presentPaperSummary(found.paper, {
    occupationName: found.tree.blueprint.occupationName,
    level: found.tree.blueprint.level,
    kind: found.assembly.kind,
    personName: person?.name ?? null,
  });
  return { ...found, versions, summary };
}

/** R-BANK-02: a paper with its items and answers (bank roles only); every view is audited (R-AUD-01). */
export async function getPaper(db: Db, opts: { actor: Actor | null; id: string }) {
  const { paper, assembly, versions, summary } = await loadPaper(db, opts.actor, opts.id);
  const prints = await db
    .select({ print: paperPrints, by: users.displayName })
    .from(paperPrints)
    .leftJoin(users, eq(users.id, paperPrints.printedBy))
    .where(eq(paperPrints.paperId, paper.id))
    .orderBy(desc(paperPrints.printedAt));
  await db.transaction(async (tx) => {
    await recordAudit(tx, opts.actor!, { action: 'view', entity: 'paper', entityId: paper.id, after: { key: true } });
  });
  return {
    ...summary,
    sections: assembly.spec.sections,
    items: presentPaperItems(paper, versions),
    prints: prints.map((p) => presentPrint(p.print, p.by)),
  };
}

/** R-BANK-02/R-AUD-01: the paper, its answer key or its answer sheet as PDF; every download is audited. */
export async function paperPdf(
  db: Db,
  opts: { actor: Actor | null; id: string; kind: PrintKind; fontPath: string; files: FileStore },
) {
  const { paper, assembly, versions, summary } = await loadPaper(db, opts.actor, opts.id);
  const items = presentPaperItems(paper, versions);
  // The paper shows the items' images; the key and the answer sheet do not need them.
  const images = new Map<string, PaperImage>();
  if (opts.kind === 'paper')
    for (const id of new Set(
      items.flatMap((i) => [
        ...i.stemImageFileIds,
        ...i.options.flatMap((o) => (o.imageFileId ? [o.imageFileId] : [])),
      ]),
    )) {
      // Any image the upload accepted becomes PNG, so PDFKit can draw it.
      const png = await sharp((await openFile(db, opts.files, { actor: opts.actor, id })).bytes)
        .png()
        .toBuffer({ resolveWithObject: true });
      images.set(id, { png: png.data, width: png.info.width, height: png.info.height });
    }
  const bytes = await buildPaperPdf(opts.fontPath, {
    kind: opts.kind,
    title: paper.title,
    label: paper.label,
    personName: summary.personName,
    durationMinutes: paper.durationMinutes,
    totalPoints: Number(paper.totalPoints),
    sections: assembly.spec.sections,
    items,
    sealHash: paper.sealHash,
    images,
  });
  await db.transaction(async (tx) => {
    await recordAudit(tx, opts.actor!, {
      action: 'download',
      entity: 'paper',
      entityId: paper.id,
      after: { document: printKindNames[opts.kind], kind: opts.kind },
    });
  });
  return { bytes, name: downloadName(paper.title, printKindNames[opts.kind], 'pdf') };
}

/**
 * R-BANK-02: recomputes the seal of a published paper from the database (its entries and each version's content)
 * and compares it with the stored seal and the one the audit trail recorded at publication.
 */
export async function verifyPaperSeal(db: Db, opts: { actor: Actor | null; id: string }) {
  const scope = await bankScope(db, opts.actor, 'itembank.read');
  const { paper } = await paperInScope(db, scope, opts.id);
  const versions = await sealVersions(
    db,
    paper.entries.map((e) => e.versionId),
  );
  const recomputed = sealOf(paper, versions);
  if (paper.state !== 'published')
    return {
      state: paper.state,
      intact: false,
      sealHash: null,
      recomputed,
      auditHash: null,
      message: '试卷尚未发布，未封存',
    };
  const audit = await latestAuditOf(db, { entity: 'paper', entityId: paper.id, action: 'publish' });
  const auditHash = (audit?.after as { sealHash?: string } | null)?.sealHash ?? null;
  const intact = recomputed === paper.sealHash && paper.sealHash === auditHash;
  const message = intact
    ? '封存完好：试卷内容与发布时审计记录的封存值一致'
    : auditHash !== paper.sealHash
      ? '封存值与审计记录不一致：试卷的封存值在发布后被改动'
      : '封存已被破坏：试卷或其试题内容在发布后被改动';
  return { state: paper.state, intact, sealHash: paper.sealHash, recomputed, auditHash, message };
}

/** R-BANK-03: a print run of a published paper — which document, how many copies, by whom. */
export async function recordPrint(
  db: Db,
  opts: { actor: Actor | null; id: string; data: { kind: PrintKind; copies: number; note?: string } },
) {
  const scope = await bankScope(db, opts.actor, 'itembank.manage');
  const { paper } = await paperInScope(db, scope, opts.id);
  if (paper.state !== 'published') throw new AppError('CONFLICT', '试卷发布（封存）后才能印制');
  await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(paperPrints)
      .values({
        paperId: paper.id,
        kind: opts.data.kind,
        copies: opts.data.copies,
        note: opts.data.note || null,
        printedBy: opts.actor!.userId,
      })
      .returning();
    await recordAudit(tx, opts.actor!, {
      action: 'print',
      entity: 'paper',
      entityId: paper.id,
      after: { printId: row.id, document: printKindNames[opts.data.kind], copies: row.copies, note: row.note },
    });
  });
  const prints = await db
    .select({ print: paperPrints, by: users.displayName })
    .from(paperPrints)
    .leftJoin(users, eq(users.id, paperPrints.printedBy))
    .where(inArray(paperPrints.paperId, [paper.id]))
    .orderBy(desc(paperPrints.printedAt));
  return { items: prints.map((p) => presentPrint(p.print, p.by)), total: prints.length };
}
