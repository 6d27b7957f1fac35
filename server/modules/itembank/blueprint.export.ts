import ExcelJS from 'exceljs';
import type { Importance } from '../../../shared/itembank.js';

/**
 * R-BANK-01: a 鉴定要素细目表 as the workbook centres keep (the layout `blueprint.import.ts` reads): a title, a group
 * header row (鉴定范围（一级）…, 鉴定点) over 代码/名称/鉴定比重（%）/重要程度, one row per 鉴定点 (or per range
 * without points), each range merged over the rows it spans. Also the import template, with an example.
 */

export interface ExportNode {
  id: string;
  parentId: string | null;
  kind: 'range' | 'point';
  code: string;
  name: string;
  weight: number | null;
  importance: Importance | null;
}

const LEVELS = ['一', '二', '三', '四', '五', '六'];
const border: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** `nodes` in depth-first order (parents before children). */
export async function writeBlueprintWorkbook(title: string, nodes: readonly ExportNode[]): Promise<Buffer> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const hasChild = new Set(nodes.map((n) => n.parentId).filter(Boolean));
  const pathOf = (n: ExportNode) => {
    const path: ExportNode[] = [];
    for (let p = n.parentId ? byId.get(n.parentId) : undefined; p; p = p.parentId ? byId.get(p.parentId) : undefined)
      path.unshift(p);
    return path;
  };
  const rows: { ranges: ExportNode[]; point: ExportNode | null }[] = [];
  for (const n of nodes) {
    if (n.kind === 'point') rows.push({ ranges: pathOf(n), point: n });
    else if (!hasChild.has(n.id)) rows.push({ ranges: [...pathOf(n), n], point: null });
  }
  const depth = Math.max(1, ...rows.map((r) => r.ranges.length));
  const cols = depth * 3 + 3;

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('细目表');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, cols);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;
  const group: string[] = [];
  const head: string[] = [];
  for (let l = 0; l < depth; l++) {
    group.push(`鉴定范围（${LEVELS[l]}级）`, '', '');
    head.push('代码', '名称', '鉴定比重（%）');
  }
  group.push('鉴定点', '', '');
  head.push('代码', '名称', '重要程度');
  ws.addRow(group);
  ws.addRow(head);
  for (let g = 0; g <= depth; g++) ws.mergeCells(2, g * 3 + 1, 2, g * 3 + 3);
  for (const r of [2, 3]) {
    ws.getRow(r).font = { bold: true };
    ws.getRow(r).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  for (let c = 1; c <= cols; c++) {
    const k = (c - 1) % 3;
    ws.getColumn(c).width = k === 1 ? 28 : k === 0 ? 10 : 12;
  }
  for (const row of rows) {
    const values: (string | number | null)[] = [];
    for (let l = 0; l < depth; l++) {
      const n = row.ranges[l];
      values.push(n?.code ?? null, n?.name ?? null, n?.weight ?? null);
    }
    values.push(row.point?.code ?? null, row.point?.name ?? null, row.point?.importance ?? null);
    ws.addRow(values);
  }
  // Merge each range over the consecutive rows it spans (the master cell keeps the value).
  const first = 4;
  for (let l = 0; l < depth; l++) {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const cur = rows[i]?.ranges[l]?.id;
      const prev = rows[start].ranges[l]?.id;
      if (i < rows.length && cur && cur === prev) continue;
      if (prev && i - 1 > start)
        for (let k = 0; k < 3; k++) ws.mergeCells(first + start, l * 3 + 1 + k, first + i - 1, l * 3 + 1 + k);
      start = i;
    }
  }
  ws.eachRow((row, n) => {
    if (n < 2) return;
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      cell.border = border;
      if (n >= first) cell.alignment = { vertical: 'middle', wrapText: (c - 1) % 3 === 1 };
    }
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The import template: the layout with a two-level example, and a sheet of notes. */
export async function writeBlueprintTemplate(): Promise<Buffer> {
  const n = (
    id: string,
    parentId: string | null,
    code: string,
    name: string,
    weight: number | null,
    importance: Importance | null = null,
  ): ExportNode => ({ id, parentId, kind: importance ? 'point' : 'range', code, name, weight, importance });
  const example = [
    n('a', null, 'A', '基本要求', 20),
    n('aa', 'a', 'AA', '职业道德', 50),
    n('p1', 'aa', 'AA001', '职业道德基本知识', null, 'X'),
    n('p2', 'aa', 'AA002', '职业守则', null, 'X'),
    n('ab', 'a', 'AB', '基础知识', 50),
    n('p3', 'ab', 'AB001', '电工基础知识', null, 'X'),
    n('p4', 'ab', 'AB002', '安全文明生产与环境保护知识', null, 'Y'),
    n('b', null, 'B', '相关知识', 80),
    n('ba', 'b', 'BA', '继电控制电路装调维修', 100),
    n('p5', 'ba', 'BA001', '低压电器的选用', null, 'X'),
    n('p6', 'ba', 'BA002', '电动机控制电路的安装', null, 'X'),
    n('p7', 'ba', 'BA003', '电气控制电路故障检修', null, 'Z'),
  ];
  const bytes = await writeBlueprintWorkbook('鉴定要素细目表（示例，导入前请替换为本职业、等级的内容）', example);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const notes = wb.addWorksheet('填写说明');
  notes.getColumn(1).width = 100;
  for (const line of [
    '1. 每个鉴定点占一行；鉴定范围可分多级，每一级占“代码、名称、鉴定比重（%）”三列，可增加“鉴定范围（三级）”等列。',
    '2. 跨多行的鉴定范围可合并单元格，也可在每一行重复填写其代码。',
    '3. 鉴定比重为该范围在上一级中所占百分比，同级合计应为 100。',
    '4. 重要程度填 X（核心要素）、Y（一般要素）或 Z（辅助要素）。',
    '5. 代码在整张细目表内不得重复。有任何一行错误时，整张表不导入。',
  ])
    notes.addRow([line]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
