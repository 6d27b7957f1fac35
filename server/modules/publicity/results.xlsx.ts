// R-PUB-01: the final results of a batch in the authority's result-sheet layout (成绩上报表), Chinese headers, one
// row per candidate. R-PPL-02: the authority's form needs the full ID number; the caller audits the export.
import { writeWorkbook } from '../../http/sheet.js';
import type { PartState, ScorePart } from '../../../shared/scoring.js';
import { outcomeNames } from '../../../shared/scoring.js';
import { levelName } from './publicity.present.js';
import type { StoredEntry } from './publicity.store.js';

/** A part as the sheet writes it: the score, 缺考, 0 for cheating, blank where the part is not taken. */
function partCell(e: StoredEntry, part: ScorePart): string {
  const p = e.parts.find((x) => x.part === part);
  if (!p) return '';
  const states: Partial<Record<PartState, string>> = {
    absent: '缺考',
    cancelled: '成绩取消',
    exempt: '免考',
    missing: '',
  };
  if (p.state === 'cheating') return '0';
  if (p.state in states) return states[p.state]!;
  return p.score === null ? '' : String(p.score);
}

export async function resultSheetXlsx(
  batch: { title: string },
  entries: readonly StoredEntry[],
  idNumbers: ReadonlyMap<string, string>,
): Promise<Buffer> {
  return writeWorkbook([
    {
      name: '成绩上报表',
      title: `${batch.title} 职业技能等级认定成绩上报表`,
      columns: [
        { header: '序号', key: 'no', width: 6 },
        { header: '姓名', key: 'name', width: 12 },
        { header: '证件号码', key: 'idNumber', width: 22 },
        { header: '准考证号', key: 'ticketNumber', width: 20 },
        { header: '职业(工种)', key: 'occupation', width: 24 },
        { header: '等级', key: 'level', width: 16 },
        { header: '理论成绩', key: 'theory', width: 10 },
        { header: '技能成绩', key: 'skill', width: 10 },
        { header: '综合评审', key: 'review', width: 10 },
        { header: '结果', key: 'result', width: 10 },
      ],
      rows: entries.map((e, i) => ({
        no: String(i + 1),
        name: e.name,
        idNumber: idNumbers.get(e.personId) ?? '',
        ticketNumber: e.ticketNumber ?? '',
        occupation: e.occupation,
        level: levelName(e.level),
        theory: partCell(e, 'theory'),
        skill: partCell(e, 'skill'),
        review: partCell(e, 'review'),
        result: outcomeNames[e.outcome],
      })),
    },
  ]);
}
