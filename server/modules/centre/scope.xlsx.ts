import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { FieldIssue } from '../../http/errors.js';
import { readSheet, type SheetColumn } from '../../http/sheet.js';
import type { CentreProfile } from '../../../shared/centre.js';
import type { ScopeRow } from '../../../shared/scope.js';
import { OCCUPATION_CODE, formatLevels, parseLevels } from '../../../shared/centre.rules.js';

/**
 * R-ORG-02/05: the authority's Excel list 评价机构信息与认定范围清单 (H 备案回执 附件): the centre's data on top,
 * then one row per occupation/job with 职业名称, 职业编号, 工种/职业方向, 级别 (`5、4、3`), 评价标准. The occupation's
 * name and code are written on its first row only, as in the handbook. Three columns the authority does not read
 * follow on the right (目录版本, 所属二级学院, 对应专业), so that an export re-imports to the same rows.
 */
export const SCOPE_LIST_TITLE = '评价机构信息与认定范围清单';
const HEADERS = ['职业名称', '职业编号', '工种/职业方向', '级别', '评价标准', '目录版本', '所属二级学院', '对应专业'];
const standardText = { national: '国家职业技能标准', spec: '评价规范' } as const;

const thin = { style: 'thin' } as const;
const border = { top: thin, left: thin, bottom: thin, right: thin };

function addScopeListSheet(wb: ExcelJS.Workbook, centre: CentreProfile, rows: ScopeRow[]) {
  const ws = wb.addWorksheet(SCOPE_LIST_TITLE);
  [18, 14, 22, 14, 18, 10, 18, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  const last = HEADERS.length;
  ws.addRow([SCOPE_LIST_TITLE]);
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  const info: [string, string | null, string?, (string | null)?][] = [
    ['机构名称', centre.name],
    ['机构简称', centre.shortName, '备案号', centre.filingCode],
    ['机构类型', centre.type],
    ['联系人', centre.contact, '联系电话', centre.phone],
    ['邮箱', centre.email, '网址', centre.website],
    ['地址', centre.address],
  ];
  for (const [l1, v1, l2, v2] of info) {
    const r = ws.addRow([l1, v1 ?? '', l2 ? '' : null, l2 ?? null, v2 ?? null]).number;
    if (l2) {
      ws.mergeCells(r, 2, r, 3);
      ws.mergeCells(r, 5, r, last);
    } else ws.mergeCells(r, 2, r, last);
    ws.getCell(r, 1).font = { bold: true };
    if (l2) ws.getCell(r, 4).font = { bold: true };
  }
  const scopeTitle = ws.addRow(['开展职业技能等级认定范围']).number;
  ws.mergeCells(scopeTitle, 1, scopeTitle, last);
  ws.getCell(scopeTitle, 1).font = { bold: true };
  ws.getCell(scopeTitle, 1).alignment = { horizontal: 'center' };
  const headerRow = ws.addRow(HEADERS);
  headerRow.font = { bold: true };
  headerRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  let prev = '';
  for (const r of rows) {
    const key = `${r.edition}|${r.code}`;
    const first = key !== prev;
    prev = key;
    ws.addRow([
      first ? r.occupationName : '',
      first ? r.code : '',
      r.jobName ?? '',
      formatLevels(r.levels),
      standardText[r.standardType],
      r.edition,
      r.collegeName,
      r.major ?? '',
    ]);
  }
  ws.eachRow((row, n) => {
    if (n === 1) return;
    for (let c = 1; c <= last; c++) {
      const cell = row.getCell(c);
      cell.border = border;
      cell.numFmt = '@';
      cell.alignment = { ...(cell.alignment ?? {}), vertical: 'middle', wrapText: true };
    }
  });
  ws.views = [{ state: 'frozen', ySplit: headerRow.number }];
  return ws;
}

/** 河南省院校类职业技能等级认定机构汇总表: one row for the centre, with its occupations. */
function addSummarySheet(wb: ExcelJS.Workbook, centre: CentreProfile, rows: ScopeRow[]) {
  const ws = wb.addWorksheet('汇总表');
  const cols: [string, number][] = [
    ['序号', 6],
    ['学校名称', 24],
    ['认定机构名称', 30],
    ['备案号', 16],
    ['统一社会信用代码', 22],
    ['学校性质', 8],
    ['主管部门', 16],
    ['法定代表人', 10],
    ['联系人', 10],
    ['联系电话', 16],
    ['地址', 28],
    ['职业（工种）数', 10],
    ['职业（工种）及等级', 60],
  ];
  ws.addRow(['河南省院校类职业技能等级认定机构汇总表']);
  ws.mergeCells(1, 1, 1, cols.length);
  ws.getCell(1, 1).font = { bold: true, size: 16 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.addRow(cols.map((c) => c[0])).font = { bold: true };
  cols.forEach(([, w], i) => (ws.getColumn(i + 1).width = w));
  const list = rows
    .map((r) => `${r.code} ${r.occupationName}${r.jobName ? `（${r.jobName}）` : ''} ${formatLevels(r.levels)}`)
    .join('；\n');
  ws.addRow([
    1,
    centre.schoolName ?? '',
    centre.name,
    centre.filingCode ?? '',
    centre.creditCode ?? '',
    centre.schoolNature ?? '',
    centre.supervisingAuthority ?? '',
    centre.legalRepresentative ?? '',
    centre.contact ?? '',
    centre.phone ?? '',
    centre.address ?? '',
    rows.length,
    list,
  ]);
  ws.eachRow((row, n) => {
    if (n === 1) return;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = border;
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
}

export async function writeScopeList(
  centre: CentreProfile,
  rows: ScopeRow[],
  opts: { summary?: boolean } = {},
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = centre.name;
  addScopeListSheet(wb, centre, rows);
  if (opts.summary) addSummarySheet(wb, centre, rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const text = z.string();
const columns: SheetColumn[] = [
  { key: 'name', headers: ['职业名称'], schema: text },
  { key: 'code', headers: ['职业编号', '职业编码'], schema: text },
  { key: 'jobName', headers: ['工种/职业方向', '工种名称', '工种', '职业方向'], schema: text },
  { key: 'levels', headers: ['级别', '等级'], required: true, schema: text },
  { key: 'standard', headers: ['评价标准'], required: true, schema: text },
  { key: 'edition', headers: ['目录版本', '版本'], schema: text },
  { key: 'college', headers: ['所属二级学院', '二级学院', '申报学院'], schema: text },
  { key: 'major', headers: ['对应专业'], schema: text },
];

export interface ParsedScopeRow {
  rowNumber: number;
  name: string;
  code: string;
  edition: string | null;
  jobName: string | null;
  levels: number[];
  standardType: 'national' | 'spec';
  college: string | null;
  major: string | null;
}

function standardOf(s: string): 'national' | 'spec' | null {
  const t = s.replace(/\s/g, '');
  if (['国标', '国家标准', '国家职业技能标准', '国家职业标准'].includes(t)) return 'national';
  if (['评价规范', '规范', '自主开发评价规范', '评价规范（自主开发）'].includes(t)) return 'spec';
  return null;
}

/**
 * Reads the list back: blank name/code cells continue the occupation above (the handbook's layout); the handbook's
 * own sample has the code under 职业名称 and the name under 职业编号, so swapped cells are put right. Problems are
 * returned per row and column; the caller refuses the file while any remain.
 */
export async function parseScopeList(bytes: Buffer): Promise<{ rows: ParsedScopeRow[]; issues: FieldIssue[] }> {
  const sheet = await readSheet(bytes, { columns, maxRows: 5000 });
  const issues = [...sheet.issues];
  const rows: ParsedScopeRow[] = [];
  let cur: { name: string; code: string; edition: string | null } | null = null;
  const at = (r: number, col: string, label: string, message: string, field: string) =>
    issues.push({ row: r, column: col, field, message: `第 ${r} 行 ${col} 列（${label}）：${message}` });
  for (const { rowNumber: r, values } of sheet.rows) {
    const v = values as Record<string, string>;
    let name = v.name ?? '';
    let code = v.code ?? '';
    if (OCCUPATION_CODE.test(name) && !OCCUPATION_CODE.test(code)) [name, code] = [code, name];
    if (code || name) {
      if (!OCCUPATION_CODE.test(code)) {
        at(r, 'B', '职业编号', code ? `“${code}”格式应为 N-NN-NN-NN` : '不能为空', 'code');
        cur = null;
        continue;
      }
      cur = { name, code, edition: v.edition || null };
    } else if (!cur) {
      at(r, 'B', '职业编号', '不能为空（且上方没有可沿用的职业）', 'code');
      continue;
    }
    const levels = parseLevels(v.levels ?? '');
    if (typeof levels === 'string') at(r, 'D', '级别', levels, 'levels');
    const standardType = standardOf(v.standard ?? '');
    if (!standardType) at(r, 'E', '评价标准', `“${v.standard}”应为“国家职业技能标准”（国标）或“评价规范”`, 'standard');
    const edition = v.edition || cur.edition;
    if (edition && edition !== '2015' && edition !== '2022') at(r, 'F', '目录版本', '应为 2015 或 2022', 'edition');
    if (typeof levels === 'string' || !standardType) continue;
    rows.push({
      rowNumber: r,
      name: cur.name,
      code: cur.code,
      edition: edition || null,
      jobName: v.jobName ? v.jobName.replace(/\s+/g, '') : null,
      levels,
      standardType,
      college: v.college || null,
      major: v.major || null,
    });
  }
  return { rows, issues };
}
