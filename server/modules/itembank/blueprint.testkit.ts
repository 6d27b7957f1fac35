import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import type { TestApp, TestClient } from '../../test/harness.js';
import { occupations } from '../../db/schema/index.js';
import { postFile } from '../people/people.testkit.js';

/** Builders of 细目表 workbooks and blueprints for the blueprint tests (R-BANK-01). */

export async function occupationId(t: TestApp, code: string, edition = '2022'): Promise<string> {
  const [row] = await t.database.db
    .select({ id: occupations.id })
    .from(occupations)
    .where(and(eq(occupations.code, code), eq(occupations.edition, edition)));
  return row.id;
}

/** One row per 鉴定点: [range1 code, name, weight, range2 code, name, weight, point code, name, importance]. */
export type FixtureRow = (string | number | null)[];

/**
 * A 细目表 as centres keep it: a title row, a group header row (merged over 代码/名称/鉴定比重), a header row, then
 * the data with each range merged over the rows it spans (the value only on the master cell).
 */
export async function blueprintWorkbook(rows: FixtureRow[], opts: { merge?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('细目表');
  ws.addRow(['电工（四级）理论知识鉴定要素细目表']);
  ws.mergeCells(1, 1, 1, 9);
  ws.addRow(['鉴定范围（一级）', '', '', '鉴定范围（二级）', '', '', '鉴定点', '', '']);
  for (const c of [1, 4, 7]) ws.mergeCells(2, c, 2, c + 2);
  ws.addRow(['代码', '名称', '鉴定比重（%）', '代码', '名称', '鉴定比重（%）', '代码', '名称', '重要程度']);
  const first = 4;
  rows.forEach((r) => ws.addRow(r));
  if (opts.merge !== false) {
    // Merge runs of equal range codes (levels at columns 1 and 4), blanking the non-master cells as Excel does.
    for (const c of [1, 4]) {
      let start = 0;
      for (let i = 1; i <= rows.length; i++) {
        if (i < rows.length && rows[i][c - 1] === rows[start][c - 1] && rows[i][c - 1] !== null) continue;
        if (i - 1 > start) for (let k = 0; k < 3; k++) ws.mergeCells(first + start, c + k, first + i - 1, c + k);
        start = i;
      }
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A small 电工 tree: 2 first-level ranges (20/80), 3 second-level ranges, 10 points (8 X, 1 Y, 1 Z). */
export const SAMPLE_ROWS: FixtureRow[] = [
  ['A', '基本要求', 20, 'AA', '职业道德', 50, 'AA001', '职业道德基本知识', 'X'],
  ['A', '基本要求', 20, 'AA', '职业道德', 50, 'AA002', '职业守则', 'X'],
  ['A', '基本要求', 20, 'AB', '基础知识', 50, 'AB001', '电工基础知识', 'X'],
  ['A', '基本要求', 20, 'AB', '基础知识', 50, 'AB002', '安全知识', 'Y'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA001', '低压电器的选用', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA002', '电动机控制电路的安装', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA003', '电气控制电路故障检修', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA004', '电子电路装调', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA005', '可编程控制器的应用', 'X'],
  ['B', '相关知识', 80, 'BA', '继电控制电路装调维修', 100, 'BA006', '变频器的应用', 'Z'],
];

export function importBlueprintFile(
  t: TestApp,
  c: TestClient,
  bytes: Buffer,
  fields: { occupationId: string; level: number | string; part: string },
) {
  return postFile(t, c, '/api/v1/itembank/blueprints/import', '细目表.xlsx', bytes, {
    occupationId: fields.occupationId,
    level: String(fields.level),
    part: fields.part,
  });
}
