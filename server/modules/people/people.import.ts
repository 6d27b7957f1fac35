import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { colleges, examStaff, examiners } from '../../db/schema/index.js';
import { authorize, type Actor } from '../../http/access.js';
import { AppError, type FieldIssue } from '../../http/errors.js';
import type { PiiCipher } from '../../http/pii.js';
import { assertClean, columnLetter, readSheet, writeWorkbook, type SheetColumn } from '../../http/sheet.js';
import { idTypeNames, idTypes, normalizeIdNumber, type IdType } from '../../../shared/idcard.js';
import { examModules, occupationCode, personBody, type PersonBody } from '../../../shared/people.js';
import type { ExaminerBody } from '../../../shared/people-staff.js';
import { recordAudit } from '../audit/audit.service.js';
import { findPersonByIdNumber, insertPerson } from './people.service.js';
import { writeExaminer } from './staff.service.js';
import { eq } from 'drizzle-orm';
import { downloadName } from '../../http/download.js';

/**
 * Staff and examiner rosters from Excel (R-PPL-01/04): every bad cell is reported by row and column, and the
 * whole file is refused while any remains: nothing is half-imported (checks first, then one transaction that is
 * rolled back if any row still fails).
 */

const text = (max: number) => z.string().max(max, `不能超过 ${max} 个字`);
const pick = <T extends string>(names: Record<string, T>, what: string) =>
  z.string().transform((s, ctx) => {
    if (s === '') return null;
    const v = names[s.replace(/\s/g, '')];
    if (!v) ctx.addIssue({ code: 'custom', message: `${what}应为 ${Object.keys(names).join('、')} 之一` });
    return v ?? null;
  });
const yesNo = pick({ 是: 'yes', 否: 'no', Y: 'yes', N: 'no' }, '填写').transform((v) =>
  v === null ? null : v === 'yes',
);
const dateCell = z.string().transform((s, ctx) => {
  if (s === '') return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : '';
  if (
    !m ||
    Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ||
    new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) !== iso
  ) {
    ctx.addIssue({ code: 'custom', message: '日期格式应为 2026-03-01' });
    return null;
  }
  return iso;
});
const intCell = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    if (s === '') return null;
    const n = Number(s);
    if (!Number.isInteger(n) || n < min || n > max)
      ctx.addIssue({ code: 'custom', message: `应为 ${min}–${max} 的整数` });
    return n;
  });
const skillLevels: Record<string, number> = {
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  一级: 1,
  高级技师: 1,
  二级: 2,
  技师: 2,
  三级: 3,
  高级工: 3,
  四级: 4,
  中级工: 4,
  五级: 5,
  初级工: 5,
};
const listCell = z.string().transform((s) => s.split(/[、,，;；\s]+/).filter(Boolean));

const personColumns: SheetColumn[] = [
  { key: 'name', headers: ['姓名'], required: true, schema: text(30) },
  { key: 'gender', headers: ['性别'], required: true, schema: pick({ 男: 'male', 女: 'female' }, '性别') },
  {
    key: 'idType',
    headers: ['证件类型'],
    schema: pick(Object.fromEntries(idTypes.map((t) => [idTypeNames[t], t])) as Record<string, IdType>, '证件类型'),
  },
  {
    key: 'idNumber',
    headers: ['证件号码', '身份证号', '身份证号码'],
    required: true,
    textOnly: true,
    schema: text(40),
  },
  { key: 'phone', headers: ['联系电话', '手机号码', '电话'], textOnly: true, schema: text(20) },
  { key: 'college', headers: ['所属二级学院', '二级学院', '所在部门'], schema: text(60) },
  { key: 'education', headers: ['学历'], schema: text(20) },
  { key: 'workUnit', headers: ['工作单位'], schema: text(60) },
  { key: 'ownStaff', headers: ['是否本单位职工'], schema: yesNo },
  { key: 'titleSeries', headers: ['职称系列'], schema: text(30) },
  { key: 'titleName', headers: ['职称', '职务/职称'], schema: text(30) },
  {
    key: 'titleGrade',
    headers: ['职称等级'],
    schema: pick(
      { 初级: 'junior', 中级: 'intermediate', 高级: 'senior', 副高级: 'senior', 正高级: 'senior' },
      '职称等级',
    ),
  },
  {
    key: 'skillLevel',
    headers: ['职业技能等级', '技能等级'],
    schema: z.string().transform((s, ctx) => {
      if (s === '') return null;
      const n = skillLevels[s.replace(/\s/g, '')];
      if (!n) ctx.addIssue({ code: 'custom', message: '技能等级应为 1–5 或 高级技师、技师、高级工、中级工、初级工' });
      return n ?? null;
    }),
  },
  { key: 'skillOccupation', headers: ['技能等级职业'], schema: text(60) },
];

const staffColumns: SheetColumn[] = [
  ...personColumns,
  { key: 'post', headers: ['考务岗位'], schema: pick({ 监考人员: 'proctor', 考务人员: 'exam_staff' }, '考务岗位') },
];

const examinerColumns: SheetColumn[] = [
  ...personColumns,
  {
    key: 'grade',
    headers: ['考评员级别'],
    required: true,
    schema: pick({ 考评员: 'standard', 高级考评员: 'senior' }, '考评员级别'),
  },
  { key: 'trainingHours', headers: ['培训学时'], required: true, schema: intCell(0, 2000) },
  { key: 'skillRelated', headers: ['技能等级与考评职业相关'], schema: yesNo },
  {
    key: 'certificateNumber',
    headers: ['考评员证书编号', '证书编号'],
    required: true,
    textOnly: true,
    schema: text(40),
  },
  { key: 'certificateIssuedOn', headers: ['发证日期'], required: true, schema: dateCell },
  { key: 'firstExaminingYear', headers: ['首次考评年份'], schema: intCell(1990, 2100) },
  { key: 'edition', headers: ['职业分类大典版本'], schema: pick({ '2022': '2022', '2015': '2015' }, '版本') },
  {
    key: 'occupationCodes',
    headers: ['考评职业编码'],
    required: true,
    schema: listCell.pipe(z.array(occupationCode).min(1, '请填写考评职业编码')),
  },
  { key: 'occupationNames', headers: ['考评职业', '考评职业名称'], schema: listCell },
  // R-ARR-04: the exam modules the examiner can examine (for each occupation of the row).
  {
    key: 'modules',
    headers: ['可考评模块', '考试模块'],
    schema: z
      .string()
      .transform((s) => [
        ...new Set(
          s
            .split(/[、,，;；]+/)
            .map((x) => x.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(examModules),
  },
];

export const importColumns = { staff: staffColumns, examiners: examinerColumns };

/** Column letters of the header row, for issues that concern a field rather than one cell. */
async function headerLetters(bytes: Buffer, columns: SheetColumn[]): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const norm = (s: string) => s.replace(/[\s*＊:：（）()]/g, '');
  const out = new Map<string, string>();
  for (let r = 1; r <= Math.min(15, ws.rowCount) && out.size === 0; r++)
    ws.getRow(r).eachCell((cell, c) => {
      const col = columns.find((k) => k.headers.some((h) => norm(h) === norm(String(cell.text ?? ''))));
      if (col && !out.has(col.key)) out.set(col.key, columnLetter(c));
    });
  return out;
}

const fieldColumn: Record<string, string> = {
  collegeId: 'college',
  enrolmentYear: 'college',
  className: 'college',
  personId: 'name',
  occupations: 'occupationCodes',
};

export async function importPeople(
  db: Db,
  opts: { actor: Actor | null; pii: PiiCipher; kind: 'staff' | 'examiners'; bytes: Buffer },
) {
  authorize(opts.actor, 'staff.manage');
  const actor = opts.actor;
  const columns = importColumns[opts.kind];
  const sheet = await readSheet(opts.bytes, { columns, maxRows: 2000 });
  const letters = await headerLetters(opts.bytes, columns);
  const issues: FieldIssue[] = [...sheet.issues];
  const badRows = new Set(sheet.issues.map((i) => i.row));
  const at = (row: number, key: string, message: string) => {
    const col = columns.find((c) => c.key === (fieldColumn[key] ?? key)) ?? columns.find((c) => c.key === key);
    const letter = letters.get(col?.key ?? key);
    issues.push({
      row,
      column: letter,
      field: col?.key ?? key,
      message: `第 ${row} 行${letter ? ` ${letter} 列` : ''}（${col?.headers[0] ?? key}）：${message}`,
    });
  };

  const collegeRows = await db.select({ id: colleges.id, code: colleges.code, name: colleges.name }).from(colleges);
  const planned: { row: number; person: PersonBody; v: Record<string, unknown> }[] = [];
  const seen = new Map<string, number>();
  for (const r of sheet.rows) {
    if (badRows.has(r.rowNumber)) continue;
    const v = r.values;
    let collegeId: string | null = null;
    if (v.college) {
      const c = collegeRows.find((x) => x.name === v.college || x.code === v.college);
      if (!c) {
        at(r.rowNumber, 'college', `找不到二级学院“${String(v.college)}”`);
        continue;
      }
      collegeId = c.id;
    }
    const body = {
      name: v.name,
      gender: v.gender,
      idType: (v.idType as IdType | null) ?? 'resident',
      idNumber: v.idNumber,
      phone: v.phone || null,
      kind: 'staff',
      collegeId,
      education: v.education || null,
      workUnit: v.workUnit || null,
      ownStaff: v.ownStaff ?? true,
      titleSeries: v.titleSeries || null,
      titleName: v.titleName || null,
      titleGrade: v.titleGrade ?? null,
      skillLevel: v.skillLevel ?? null,
      skillOccupation: v.skillOccupation || null,
    };
    const parsed = personBody.safeParse(body);
    if (!parsed.success) {
      for (const i of parsed.error.issues) at(r.rowNumber, String(i.path[0] ?? 'name'), i.message);
      continue;
    }
    const key = `${parsed.data.idType}|${normalizeIdNumber(parsed.data.idType, parsed.data.idNumber)}`;
    if (seen.has(key)) {
      at(r.rowNumber, 'idNumber', `与第 ${seen.get(key)} 行的证件号码重复`);
      continue;
    }
    seen.set(key, r.rowNumber);
    planned.push({ row: r.rowNumber, person: parsed.data, v });
  }
  assertClean(issues);

  return db.transaction(async (tx) => {
    let createdPersons = 0;
    let createdRoles = 0;
    for (const { row, person, v } of planned) {
      try {
        let p = await findPersonByIdNumber(tx, opts.pii, person.idType, person.idNumber);
        // Issue 8 item 11: a row never attaches to a record under another name, and the stored name is not echoed.
        if (p && p.name !== person.name) {
          at(row, 'idNumber', '与已登记人员的姓名不一致，请核对姓名和证件号码');
          continue;
        }
        if (!p) {
          p = await insertPerson(tx, opts.pii, actor, person);
          createdPersons++;
        }
        if (opts.kind === 'staff' && v.post) {
          const [existing] = await tx.select({ id: examStaff.id }).from(examStaff).where(eq(examStaff.personId, p.id));
          if (!existing) {
            const [s] = await tx
              .insert(examStaff)
              .values({ personId: p.id, role: v.post as 'proctor' | 'exam_staff' })
              .returning();
            await recordAudit(tx, actor, { action: 'create', entity: 'examStaff', entityId: s.id, after: s });
            createdRoles++;
          }
        }
        if (opts.kind === 'examiners') {
          const [existing] = await tx
            .select({ n: examiners.certificateNumber })
            .from(examiners)
            .where(eq(examiners.personId, p.id));
          if (existing) {
            at(row, 'name', `该人员已登记为考评员（证书编号 ${existing.n}）`);
            continue;
          }
          const codes = v.occupationCodes as string[];
          const names = (v.occupationNames as string[] | undefined) ?? [];
          const body: ExaminerBody = {
            personId: p.id,
            grade: v.grade as ExaminerBody['grade'],
            trainingHours: v.trainingHours as number,
            skillRelated: (v.skillRelated as boolean | null) ?? true,
            certificateNumber: v.certificateNumber as string,
            certificateIssuedOn: v.certificateIssuedOn as string,
            firstExaminingYear: (v.firstExaminingYear as number | null) ?? null,
            occupations: codes.map((code, i) => ({
              edition: (v.edition as string | null) ?? '2022',
              code,
              name: names[i] ?? code,
              modules: (v.modules as string[] | undefined) ?? [],
            })),
          };
          await writeExaminer(tx, actor, body, undefined, p);
          createdRoles++;
        }
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
        const details = Array.isArray(e.details) ? e.details : [];
        if (details.length) for (const d of details) at(row, d.field.split('.')[0], d.message);
        else at(row, 'name', e.message);
      }
    }
    assertClean(issues); // any row that failed here rolls the whole transaction back
    await recordAudit(tx, actor, {
      action: 'import',
      entity: 'person',
      entityId: opts.kind,
      after: { rows: planned.length, createdPersons, createdRoles },
    });
    return { kind: opts.kind, createdPersons, createdRoles };
  });
}

/** The roster template: the header row (text-formatted, so ID numbers keep every digit) and a sheet of notes. */
export async function importTemplate(opts: { actor: Actor | null; kind: 'staff' | 'examiners' }) {
  authorize(opts.actor, 'staff.manage');
  const columns = importColumns[opts.kind];
  const notes: Record<string, string> = {
    name: '必填',
    gender: '必填：男 / 女',
    idType: '选填：居民身份证（默认）、港澳台居民居住证、护照、其他',
    idNumber: '必填；单元格须为“文本”格式，居民身份证为 18 位且校验位正确',
    college: '选填：二级学院名称或编码',
    ownStaff: '选填：是 / 否（默认 是）',
    titleGrade: '选填：初级 / 中级 / 高级',
    skillLevel: '选填：1–5，或 高级技师、技师、高级工、中级工、初级工',
    post: '选填：监考人员 / 考务人员',
    grade: '必填：考评员 / 高级考评员',
    trainingHours: '必填：不少于 48 学时',
    skillRelated: '选填：是 / 否（默认 是），技能等级是否为相关职业',
    certificateNumber: '必填',
    certificateIssuedOn: '必填：如 2026-03-01；有效期 3 年',
    edition: '选填：2022（默认）或 2015',
    occupationCodes: '必填：如 6-31-01-03，多个用顿号分隔',
    occupationNames: '选填：与编码顺序一致，多个用顿号分隔',
    modules: '选填：能考评的考试模块，如 电气控制线路安装、照明电路安装（多个职业时适用于每个职业）',
  };
  const title = opts.kind === 'staff' ? '工作人员名册' : '考评员名册';
  const bytes = await writeWorkbook([
    {
      name: title,
      columns: columns.map((c) => ({
        header: c.headers[0],
        key: c.key,
        width: Math.max(12, c.headers[0].length * 2 + 4),
      })),
      rows: [],
    },
    {
      name: '填写说明',
      columns: [
        { header: '列名', key: 'header', width: 24 },
        { header: '说明', key: 'note', width: 70 },
      ],
      rows: columns.map((c) => ({ header: c.headers[0], note: notes[c.key] ?? '选填' })),
    },
  ]);
  return { bytes, fileName: downloadName(null, `${title}模板`, 'xlsx') };
}
