import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { arrangementRuns } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, notFound } from '../../http/errors.js';
import type { EditBody, ExaminerOptions } from '../../../shared/arrangement.js';
import { examinerStandings } from '../people/people.reads.js';
import { isBarredFromExamDuty } from '../people/misconduct.service.js';
import { getBatch } from '../plans/batch.service.js';
import { applyEdit, humanize, newViolationsSince } from './edits.rules.js';
import { buildInput, loadBatches } from './input.store.js';
import { checkArrangement } from './solver/checker.js';
import { sittingLabel } from './solver/text.js';

/**
 * R-ARR-09 hand edits, the examiner picker of one sitting: every examiner on record, each either offered (the
 * edit would bring no new hard-rule violation) or with the rules that exclude it — R-PPL-04 not listed or not
 * qualified for the occupation, R-PPL-05 grade below a level, R-ARR-05 certificate or dismissal, R-PPL-10
 * misconduct, and what the checker finds for the edit itself (R-ARR-06 rotation, R-ARR-07, R-ARR-08 conflicts,
 * R-ARR-09 two duties at once). The screen shows why nobody qualifies instead of an empty list.
 */
export async function examinerOptions(
  db: DbOrTx,
  opts: { actor: Actor | null; runId: string; sittingId: string; replaceId?: string },
): Promise<ExaminerOptions> {
  authorize(opts.actor, 'arrangement.manage');
  const [run] = await db.select().from(arrangementRuns).where(eq(arrangementRuns.id, opts.runId));
  if (!run) throw notFound('编排');
  for (const id of run.batchIds) await getBatch(db, { actor: opts.actor, id });
  const batches = await loadBatches(db, run.batchIds);
  const input = await buildInput(db, {
    batches,
    setups: run.input.setups,
    seed: run.seed,
    excludeRunId: run.id,
  });
  const sitting = input.sittings.find((s) => s.id === opts.sittingId);
  if (!sitting) throw notFound('场次');
  const group = run.result.examinerGroups.find((g) => g.sittingId === sitting.id);
  const members = new Set(group?.examinerIds ?? []);
  if (opts.replaceId && !members.has(opts.replaceId))
    throw new AppError('VALIDATION', '原考评员：不在本场考评组', [
      { field: 'replaceId', message: '原考评员：不在本场考评组' },
    ]);

  const had = checkArrangement(input, run.result);
  const items: ExaminerOptions['items'] = [];
  const offered = input.staff.filter((s) => s.duties.includes('examiner'));
  for (const st of offered) {
    if (members.has(st.id)) continue;
    const edit: EditBody = opts.replaceId
      ? { kind: 'replaceExaminer', sittingId: sitting.id, fromId: opts.replaceId, toId: st.id }
      : { kind: 'addExaminer', sittingId: sitting.id, staffId: st.id, leader: false };
    let reasons: { rule: string; text: string }[];
    try {
      const after = applyEdit(input, run.result, edit);
      reasons = newViolationsSince(input, had, after).map((v) => ({ rule: v.rule, text: humanize(input, v.message) }));
    } catch (e) {
      reasons = [{ rule: 'R-ARR-09', text: e instanceof Error ? e.message : '不能安排' }];
    }
    items.push({ id: st.id, name: st.name, eligible: !reasons.length, reasons: unique(reasons) });
  }

  // Examiners on record the arrangement could not offer at all: say which rule keeps each out.
  const batch = batches.find((b) => b.id === sitting.batchId)!;
  const known = new Set([...offered.map((s) => s.id), ...members]);
  const standings = await examinerStandings(db, {
    edition: batch.edition,
    occupationCode: batch.code,
    occupationName: sitting.occupationName,
    levels: sitting.levels,
    on: sitting.day,
  });
  for (const s of standings) {
    if (known.has(s.personId)) continue;
    let reasons = s.problems;
    if (!reasons.length)
      reasons = (await isBarredFromExamDuty(db, s.personId))
        ? [{ rule: 'R-PPL-10', text: '有考务违纪记录，暂停考务工作' }]
        : [{ rule: 'R-PPL-04', text: `未获准考评“${sitting.occupationName}”的本批次等级` }];
    items.push({ id: s.personId, name: s.name, eligible: false, reasons: unique(reasons) });
  }
  items.sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.name.localeCompare(b.name, 'zh'));
  return {
    sittingId: sitting.id,
    sittingLabel: sittingLabel(sitting),
    occupationName: sitting.occupationName,
    items,
  };
}

const unique = (list: { rule: string; text: string }[]) => [
  ...new Map(list.map((r) => [`${r.rule}|${r.text}`, r])).values(),
];
