import type { Actor } from '../../http/access.js';
import type { AppContext } from '../../http/context.js';
import { AppError } from '../../http/errors.js';
import { writeWorkbook } from '../../http/sheet.js';
import type { ArchiveItemKey } from '../../../shared/archives.js';
import { outcomeNames } from '../../../shared/scoring.js';
import { arrangedPlan } from '../arrangement/documents/documents.service.js';
import { currentRunsOfBatches } from '../arrangement/arrangement.reads.js';
import { downloadCertificateRegister } from '../certificates/register.service.js';
import { certifiedApplicationsOfBatch } from '../certificates/certificates.reads.js';
import { complaintsOfBatch } from '../complaints/complaints.reads.js';
import { complaintLetterPdf } from '../complaints/letters.pdf.js';
import { roomRecordStates } from '../exams/exams.reads.js';
import { roomRecordPdf } from '../exams/room-record.pdf.js';
import { personsByIds } from '../people/people.reads.js';
import { exportBatchPlanPdf, exportNoticePdf } from '../plans/batch.export.js';
import { sittingsOfBatches, type BatchForResults } from '../plans/plans.reads.js';
import { finalResultsOfBatch } from '../publicity/publicity.reads.js';
import { applicationFormPdf } from '../registration/applications.pdf.js';
import { approvedCandidatesOfBatches } from '../registration/registration.reads.js';
import { scoreSheetStates } from '../scoring/scoring.reads.js';
import { scoreSheetPdf } from '../scoring/scoring.pdf.js';
import { reportStatesOfBatch } from '../supervision/supervision.reads.js';
import { reportPdf } from '../supervision/supervision.pdf.js';

/** One document of the package: its path inside the ZIP (the checklist item's folder) and bytes. */
export interface ArchiveDocument {
  path: string;
  bytes: Buffer;
}

/** What the product holds for one checklist item (R-ARC-01): ready or not, why, and how to produce its documents. */
export interface ProductSource {
  ready: boolean;
  detail: string;
  documents: string[];
  produce: () => Promise<ArchiveDocument[]>;
}

type Deps = Pick<AppContext, 'db' | 'config' | 'files' | 'pii'>;
const none: ProductSource['produce'] = async () => [];
const fileOf = (folder: string, f: { bytes: Buffer; name: string }): ArchiveDocument => ({
  path: `${folder}/${f.name}`,
  bytes: f.bytes,
});

/** The product's side of every checklist item of a batch, read now; documents are produced only when packaging. */
export async function productSources(
  deps: Deps,
  actor: Actor,
  batch: BatchForResults,
): Promise<Partial<Record<ArchiveItemKey, ProductSource>>> {
  const { db, config } = deps;
  const fontPath = config.PDF_FONT_PATH;
  const [sittings, runs, approved, reports, final, certified, complaints] = await Promise.all([
    sittingsOfBatches(db, [batch.id]),
    currentRunsOfBatches(db, [batch.id]),
    approvedCandidatesOfBatches(db, [batch.id]),
    reportStatesOfBatch(db, batch.id),
    finalResultsOfBatch(db, batch.id),
    certifiedApplicationsOfBatch(db, batch.id),
    complaintsOfBatch(db, batch.id),
  ]);
  const published = runs.some((r) => r.status === 'published');
  const rooms = (await Promise.all(sittings.map((s) => roomRecordStates(db, s.id)))).flat();
  const sheets = await scoreSheetStates(
    db,
    sittings.map((s) => s.id),
  );
  const seq = new Map(sittings.map((s) => [s.id, s.seq]));
  const passed = (final ?? []).filter((r) => r.outcome === 'pass');
  const uncertified = passed.filter((r) => !certified.includes(r.applicationId));
  const open = complaints.filter((c) => !c.closed);
  const pad = (n: number) => String(n).padStart(2, '0');

  return {
    notice: {
      ready: true,
      detail: '认定计划由系统生成；已发布的认定通知一并归档',
      documents: ['认定计划（PDF）', '认定通知（PDF，已发布时）'],
      produce: async () => {
        const out = [fileOf('notice', await exportBatchPlanPdf(db, { actor, id: batch.id, fontPath }))];
        try {
          out.push(fileOf('notice', await exportNoticePdf(db, { actor, id: batch.id, fontPath })));
        } catch (e) {
          if (!(e instanceof AppError)) throw e; // not published: the plan alone
        }
        return out;
      },
    },
    workplan: {
      ready: published,
      detail: published ? '考场编排已发布，实施安排表由系统生成' : '考场编排尚未发布',
      documents: published ? ['认定工作方案及实施安排表（PDF、Excel）'] : [],
      produce: published
        ? async () => [
            fileOf('workplan', await arrangedPlan(deps, { actor, batchId: batch.id, format: 'pdf' })),
            fileOf('workplan', await arrangedPlan(deps, { actor, batchId: batch.id, format: 'xlsx' })),
          ]
        : none,
    },
    applications: {
      ready: approved.length > 0,
      detail: approved.length ? `通过资格审核 ${approved.length} 人：花名册及每人的备案表` : '没有通过资格审核的报名',
      documents: approved.length
        ? ['申报人员花名册（Excel）', `职业技能等级认定备案表 ${approved.length} 份（PDF）`]
        : [],
      produce: async () => {
        const persons = await personsByIds(
          db,
          approved.map((a) => a.personId),
        );
        const roster = await writeWorkbook([
          {
            name: '花名册',
            title: `${batch.title} 申报人员花名册`,
            columns: [
              { header: '序号', key: 'no', width: 8 },
              { header: '姓名', key: 'name', width: 14 },
              { header: '证件号码', key: 'idMasked', width: 24 },
              { header: '工作单位', key: 'workUnit', width: 30 },
              { header: '申报职业', key: 'occupation', width: 24 },
              { header: '申报等级', key: 'level', width: 10 },
            ],
            rows: approved.map((a, i) => {
              const p = persons.find((x) => x.id === a.personId);
              return {
                no: String(i + 1),
                name: p?.name ?? '',
                idMasked: p?.idMasked ?? '',
                workUnit: p?.workUnit ?? '',
                occupation: batch.occupation,
                level: `${a.level} 级`,
              };
            }),
          },
        ]);
        const out: ArchiveDocument[] = [{ path: 'applications/申报人员花名册.xlsx', bytes: roster }];
        for (const [i, a] of approved.entries()) {
          const f = await applicationFormPdf(db, {
            actor,
            id: a.id,
            own: false,
            pii: deps.pii,
            store: deps.files,
            fontPath,
          });
          out.push({ path: `applications/${String(i + 1).padStart(3, '0')}-${f.name}`, bytes: f.bytes });
        }
        return out;
      },
    },
    records: {
      ready: rooms.length > 0 && rooms.every((r) => r.signed),
      detail: rooms.length
        ? `考场情况记录表 ${rooms.filter((r) => r.signed).length}/${rooms.length} 份已由监考人员签字`
        : '没有已发布编排的考场',
      documents: rooms.length ? [`考场情况记录表 ${rooms.length} 份（PDF）`] : [],
      produce: async () => {
        const out: ArchiveDocument[] = [];
        for (const r of rooms) {
          const f = await roomRecordPdf(db, { actor, sittingId: r.sittingId, roomId: r.roomId, fontPath });
          out.push({ path: `records/${pad(seq.get(r.sittingId) ?? 0)}-${f.name}`, bytes: f.bytes });
        }
        return out;
      },
    },
    supervision: {
      ready: reports.length > 0 && reports.every((r) => r.submitted),
      detail: reports.length
        ? `督导报告 ${reports.filter((r) => r.submitted).length}/${reports.length} 份已由督导组签字提交`
        : '没有督导组（考场编排未发布）',
      documents: reports.length ? reports.map((r) => `${r.siteName}质量督导报告（PDF）`) : [],
      produce: async () => {
        const out: ArchiveDocument[] = [];
        for (const r of reports.filter((x) => x.submitted))
          out.push(
            fileOf('supervision', await reportPdf(db, { actor, batchId: batch.id, siteId: r.siteId, fontPath })),
          );
        return out;
      },
    },
    scores: {
      ready: sheets.length > 0 && sheets.every((s) => s.signed),
      detail: sheets.length
        ? `成绩登记表 ${sheets.filter((s) => s.signed).length}/${sheets.length} 场已由考评组长和记分员签字`
        : '批次没有考试场次',
      documents: sheets.length ? [`成绩登记表 ${sheets.length} 份（PDF）`] : [],
      produce: async () => {
        const out: ArchiveDocument[] = [];
        for (const s of sheets) {
          const f = await scoreSheetPdf(db, { actor, sittingId: s.sittingId, fontPath });
          out.push({ path: `scores/${pad(seq.get(s.sittingId) ?? 0)}-${f.name}`, bytes: f.bytes });
        }
        return out;
      },
    },
    results: {
      ready: final !== null,
      detail: final
        ? `成绩已确认为最终结果：合格 ${passed.length} 人，共 ${final.length} 人`
        : '成绩尚未确认为最终结果',
      documents: final ? ['合格人员汇总表（Excel）'] : [],
      produce: async () => {
        if (!final) return [];
        const bytes = await writeWorkbook([
          {
            name: '合格人员汇总表',
            title: `${batch.title} 合格人员汇总表`,
            columns: [
              { header: '序号', key: 'no', width: 8 },
              { header: '姓名', key: 'name', width: 14 },
              { header: '证件号码', key: 'idMasked', width: 24 },
              { header: '职业（工种）', key: 'occupation', width: 24 },
              { header: '等级', key: 'level', width: 10 },
              { header: '认定结果', key: 'outcome', width: 12 },
            ],
            rows: passed.map((r, i) => ({
              no: String(i + 1),
              name: r.name,
              idMasked: r.idMasked,
              occupation: r.occupation,
              level: `${r.level} 级`,
              outcome: outcomeNames[r.outcome],
            })),
          },
        ]);
        return [{ path: 'results/合格人员汇总表.xlsx', bytes }];
      },
    },
    certificates: {
      ready: final !== null && uncertified.length === 0,
      detail: !final
        ? '成绩尚未确认为最终结果'
        : uncertified.length
          ? `合格 ${passed.length} 人中尚有 ${uncertified.length} 人未核发证书`
          : `合格 ${passed.length} 人均已核发证书`,
      documents: final ? ['证书核发名册（PDF、Excel）'] : [],
      produce: async () =>
        final
          ? [
              fileOf(
                'certificates',
                await downloadCertificateRegister(db, config, { actor, batchId: batch.id, format: 'pdf' }),
              ),
              fileOf(
                'certificates',
                await downloadCertificateRegister(db, config, { actor, batchId: batch.id, format: 'xlsx' }),
              ),
            ]
          : [],
    },
    complaints: {
      ready: open.length === 0,
      detail: complaints.length
        ? open.length
          ? `${open.length} 件投诉尚未办结归档`
          : `${complaints.length} 件投诉均已办结`
        : '本批次没有投诉',
      documents: complaints.length ? [`投诉告知书（${complaints.length} 件）`] : [],
      produce: async () => {
        const out: ArchiveDocument[] = [];
        for (const c of complaints.filter((x) => x.closed)) {
          if (c.decided)
            out.push(
              fileOf('complaints', await complaintLetterPdf(db, { actor, id: c.id, kind: 'decision', fontPath })),
            );
          if (c.resulted)
            out.push(fileOf('complaints', await complaintLetterPdf(db, { actor, id: c.id, kind: 'result', fontPath })));
        }
        return out;
      },
    },
  };
}
