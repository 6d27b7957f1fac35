import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import type { Importance } from '../../../shared/itembank.js';
import type { FieldIssue } from '../../http/errors.js';
import { AppError } from '../../http/errors.js';
import { columnLetter } from '../../http/sheet.js';

/**
 * R-BANK-01: reads a 鉴定要素细目表 in the layout centres already have: the ranges' levels in columns
 * (鉴定范围（一级）代码/名称/鉴定比重, 鉴定范围（二级）…), then 鉴定点 代码/名称/重要程度; one or two header rows (a
 * group row above 代码/名称/…, merged or not); data from the first row after the header; a range spanning several
 * rows is a merged cell (its value on the master cell) or its code repeated. A blank range level means the point
 * hangs on the level above. Every bad cell is named by row and column.
 */

export interface ImportedNode {
  id: string;
  parentId: string | null;
  kind: 'range' | 'point';
  code: string;
  name: string;
  weight: number | null;
  importance: Importance | null;
  sortOrder: number;
}

const LEVELS = ['一', '二', '三', '四', '五', '六'];
const norm = (s: string) => s.replace(/[\s*＊:：（）()%％]/g, '');

function cellText(cell: ExcelJS.Cell): string {
  const c = cell.isMerged ? cell.master : cell;
  const v = c.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v)
    return v.richText
      .map((r) => r.text)
      .join('')
      .trim();
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '').trim();
  if (typeof v === 'object' && 'text' in v) return String(v.text).trim();
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

type Field = 'code' | 'name' | 'weight' | 'importance';
interface Column {
  index: number;
  level: number; // 1.. for ranges, 0 for the point
  field: Field;
  header: string;
}

function classify(label: string): Omit<Column, 'index' | 'header'> | null {
  const l = norm(label);
  const field: Field | null = /代码|编码|代号/.test(l)
    ? 'code'
    : /比重|权重/.test(l)
      ? 'weight'
      : /重要程度|重要性/.test(l)
        ? 'importance'
        : /名称|内容/.test(l)
          ? 'name'
          : null;
  if (!field) return null;
  const m = /鉴定范围([一二三四五六1-6])级?/.exec(l) ?? /([一二三四五六1-6])级鉴定范围/.exec(l);
  if (m) {
    const level = /\d/.test(m[1]) ? Number(m[1]) : LEVELS.indexOf(m[1]) + 1;
    return field === 'importance' ? null : { level, field };
  }
  if (/鉴定点|要素/.test(l) || field === 'importance') return field === 'weight' ? null : { level: 0, field };
  return null;
}

const headerName = (c: Column) =>
  c.level === 0
    ? `鉴定点${{ code: '代码', name: '名称', importance: '重要程度', weight: '' }[c.field]}`
    : `鉴定范围（${LEVELS[c.level - 1]}级）${{ code: '代码', name: '名称', weight: '鉴定比重', importance: '' }[c.field]}`;

export async function readBlueprintWorkbook(bytes: Buffer): Promise<{ nodes: ImportedNode[]; issues: FieldIssue[] }> {
  const fail = (message: string): never => {
    throw new AppError('VALIDATION', `文件：${message}`, [{ field: 'file', message }]);
  };
  if (bytes.subarray(0, 4).toString('hex') !== '504b0304') fail('不是 Excel（.xlsx）文件，请使用下载的模板填写');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    fail('Excel 文件已损坏或无法读取');
  }
  const ws = wb.worksheets.find((w) => /细目/.test(w.name)) ?? wb.worksheets[0];
  if (!ws) fail('找不到“细目表”工作表');

  // The header: the first row (of the top 15) naming 重要程度; the rows from the first naming 鉴定范围 down to it.
  let last = 0;
  let first = 0;
  const maxCol = ws.columnCount;
  for (let r = 1; r <= Math.min(15, ws.rowCount) && !last; r++) {
    for (let c = 1; c <= maxCol; c++) {
      const t = norm(cellText(ws.getCell(r, c)));
      if (!first && /鉴定范围/.test(t)) first = r;
      if (/重要程度/.test(t)) last = r;
    }
  }
  if (!last || !first || first > last)
    fail('找不到表头行，表头须包含“鉴定范围（一级）代码”“鉴定点代码”“重要程度”等列（请使用下载的模板）');
  const columns: Column[] = [];
  for (let c = 1; c <= maxCol; c++) {
    const parts: string[] = [];
    for (let r = first; r <= last; r++) {
      const t = cellText(ws.getCell(r, c));
      if (t && !parts.includes(t)) parts.push(t);
    }
    const kind = classify(parts.join(''));
    if (kind && !columns.some((x) => x.level === kind.level && x.field === kind.field))
      columns.push({ ...kind, index: c, header: '' });
  }
  for (const c of columns) c.header = headerName(c);
  const col = (level: number, field: Field) => columns.find((c) => c.level === level && c.field === field);
  const depth = Math.max(0, ...columns.filter((c) => c.level > 0).map((c) => c.level));
  const missing: string[] = [];
  for (let l = 1; l <= depth; l++)
    for (const f of ['code', 'name', 'weight'] as const)
      if (!col(l, f)) missing.push(headerName({ level: l, field: f } as Column));
  for (const f of ['code', 'name', 'importance'] as const)
    if (!col(0, f)) missing.push(headerName({ level: 0, field: f } as Column));
  if (!depth) missing.unshift('鉴定范围（一级）代码');
  if (missing.length) fail(`缺少列：${missing.join('、')}（请使用下载的模板）`);

  const issues: FieldIssue[] = [];
  const nodes: ImportedNode[] = [];
  const byCode = new Map<string, { node: ImportedNode; row: number }>();
  let order = 0;
  const where = (r: number, c: Column) => `第 ${r} 行 ${columnLetter(c.index)} 列（${c.header}）`;
  const issue = (r: number, c: Column, message: string) =>
    issues.push({ row: r, column: columnLetter(c.index), field: c.field, message: `${where(r, c)}：${message}` });

  for (let r = last + 1; r <= ws.rowCount; r++) {
    const get = (c: Column) => cellText(ws.getCell(r, c.index));
    const values = columns.map(get);
    if (values.every((v) => v === '')) continue;
    // Notes under the table ("说明：…", "注：…", "制表人：…") are not data.
    if (values.filter((v) => v).length <= 2 && values.some((v) => /^(说明|注|备注|制表|审核|日期)/.test(v))) continue;
    let parent: ImportedNode | null = null;
    let ended = false;
    for (let l = 1; l <= depth; l++) {
      const cCode = col(l, 'code')!;
      const cName = col(l, 'name')!;
      const cWeight = col(l, 'weight')!;
      const code = get(cCode);
      const name = get(cName);
      const weightText = get(cWeight).replace(/[%％]$/, '');
      if (!code) {
        if (l === 1) issue(r, cCode, '不能为空（跨行的鉴定范围请合并单元格或逐行填写代码）');
        else if (name || weightText) issue(r, cCode, '填写了名称或比重，但缺少代码');
        ended = true;
        continue;
      }
      if (ended) {
        issue(r, cCode, `上一级鉴定范围为空，不能填写本级`);
        break;
      }
      if (code.length > 30) {
        issue(r, cCode, '不超过 30 个字符');
        break;
      }
      const seen = byCode.get(code);
      if (seen) {
        if (seen.node.kind !== 'range') {
          issue(r, cCode, `代码 ${code} 与第 ${seen.row} 行的鉴定点重复`);
          break;
        }
        if (seen.node.parentId !== (parent?.id ?? null)) {
          issue(r, cCode, `代码 ${code} 在第 ${seen.row} 行属于另一个上级鉴定范围`);
          break;
        }
        if (name && name !== seen.node.name) issue(r, cName, `与第 ${seen.row} 行同一代码 ${code} 的名称不一致`);
        if (weightText && Number(weightText) !== seen.node.weight)
          issue(r, cWeight, `与第 ${seen.row} 行同一代码 ${code} 的鉴定比重不一致`);
        parent = seen.node;
        continue;
      }
      if (!name) issue(r, cName, '不能为空');
      else if (name.length > 200) issue(r, cName, '不超过 200 个字符');
      const weight = Number(weightText);
      if (!weightText) issue(r, cWeight, '不能为空（0–100 的数）');
      else if (!Number.isFinite(weight) || weight < 0 || weight > 100) issue(r, cWeight, '应为 0–100 的数');
      const node: ImportedNode = {
        id: randomUUID(),
        parentId: parent?.id ?? null,
        kind: 'range',
        code,
        name,
        weight: Number.isFinite(weight) ? Math.round(weight * 100) / 100 : null,
        importance: null,
        sortOrder: order++,
      };
      nodes.push(node);
      byCode.set(code, { node, row: r });
      parent = node;
    }
    const pCode = col(0, 'code')!;
    const pName = col(0, 'name')!;
    const pImp = col(0, 'importance')!;
    const code = get(pCode);
    const name = get(pName);
    const importance = get(pImp).toUpperCase();
    if (!code && !name && !importance) continue; // a row declaring ranges only
    if (!code) issue(r, pCode, '不能为空');
    else if (code.length > 30) issue(r, pCode, '不超过 30 个字符');
    else if (byCode.has(code)) issue(r, pCode, `代码 ${code} 与第 ${byCode.get(code)!.row} 行重复`);
    if (!name) issue(r, pName, '不能为空');
    else if (name.length > 200) issue(r, pName, '不超过 200 个字符');
    if (!['X', 'Y', 'Z'].includes(importance)) issue(r, pImp, '应为 X、Y 或 Z');
    if (!parent || !code || byCode.has(code)) continue;
    const node: ImportedNode = {
      id: randomUUID(),
      parentId: parent.id,
      kind: 'point',
      code,
      name,
      weight: null,
      importance: (['X', 'Y', 'Z'].includes(importance) ? importance : 'X') as Importance,
      sortOrder: order++,
    };
    nodes.push(node);
    byCode.set(code, { node, row: r });
  }
  if (!nodes.length && !issues.length) fail('没有数据行（表头下方没有鉴定范围或鉴定点）');
  return { nodes, issues };
}
