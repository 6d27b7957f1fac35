import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readBlueprintWorkbook } from './blueprint.import.js';
import { writeBlueprintWorkbook, type ExportNode } from './blueprint.export.js';

/** One header row naming level and field together, three range levels, codes repeated instead of merged. */
async function flatWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['说明：本表为示例']);
  const head: string[] = [];
  for (const l of ['一', '二', '三'])
    head.push(`鉴定范围（${l}级）代码`, `鉴定范围（${l}级）名称`, `鉴定范围（${l}级）鉴定比重`);
  head.push('鉴定点代码', '鉴定点名称', '重要程度');
  ws.addRow(head);
  rows.forEach((r) => ws.addRow(r));
  ws.addRow([]);
  ws.addRow(['制表人：张三']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('细目表 workbook (R-BANK-01)', () => {
  it('R-BANK-01: reads one header row, three levels, repeated codes, a point on the second level, and skips notes', async () => {
    const { nodes, issues } = await readBlueprintWorkbook(
      await flatWorkbook([
        ['A', '基本要求', 30, 'AA', '职业道德', 100, 'AAA', '职业守则', 100, 'AAA01', '爱岗敬业', 'x'],
        ['A', '基本要求', '30%', 'AA', '职业道德', 100, 'AAA', '职业守则', 100, 'AAA02', '遵纪守法', 'Y'],
        ['B', '相关知识', 70, 'BA', '电工仪表', 100, null, null, null, 'BA01', '万用表的使用', 'X'],
      ]),
    );
    expect(issues).toEqual([]);
    const byCode = new Map(nodes.map((n) => [n.code, n]));
    expect(byCode.get('AAA01')).toMatchObject({ kind: 'point', importance: 'X', parentId: byCode.get('AAA')!.id });
    expect(byCode.get('BA01')!.parentId).toBe(byCode.get('BA')!.id);
    expect(byCode.get('A')!.weight).toBe(30);
    expect(nodes.filter((n) => n.kind === 'range')).toHaveLength(5);
  });

  it('R-BANK-01: conflicting names, weights and parents of one code are named by row and column', async () => {
    const { issues } = await readBlueprintWorkbook(
      await flatWorkbook([
        ['A', '基本要求', 30, 'AA', '职业道德', 100, 'AAA', '职业守则', 100, 'P1', '甲', 'X'],
        ['A', '基本要求（改）', 40, 'AA', '职业道德', 100, 'AAA', '职业守则', 100, 'P2', '乙', 'X'],
        ['B', '相关知识', 70, 'AA', '职业道德', 100, null, null, null, 'P3', '丙', 'X'],
        ['B', '相关知识', 70, 'BA', '电工仪表', 101, null, null, null, 'P4', '', 'X'],
      ]),
    );
    expect(issues.map((i) => i.message)).toEqual([
      '第 4 行 B 列（鉴定范围（一级）名称）：与第 3 行同一代码 A 的名称不一致',
      '第 4 行 C 列（鉴定范围（一级）鉴定比重）：与第 3 行同一代码 A 的鉴定比重不一致',
      '第 5 行 D 列（鉴定范围（二级）代码）：代码 AA 在第 3 行属于另一个上级鉴定范围',
      '第 6 行 F 列（鉴定范围（二级）鉴定比重）：应为 0–100 的数',
      '第 6 行 K 列（鉴定点名称）：不能为空',
    ]);
  });

  it('R-BANK-01: a workbook without the columns is refused naming what is missing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('细目表').addRow(['鉴定范围（一级）代码', '鉴定范围（一级）名称', '鉴定点代码', '重要程度']);
    await expect(readBlueprintWorkbook(Buffer.from(await wb.xlsx.writeBuffer()))).rejects.toThrow(
      /缺少列：鉴定范围（一级）鉴定比重、鉴定点名称/,
    );
  });

  it('R-BANK-01: the export of a tree with points at two depths reads back the same', async () => {
    const tree: ExportNode[] = [
      { id: 'a', parentId: null, kind: 'range', code: 'A', name: '甲', weight: 60, importance: null },
      { id: 'aa', parentId: 'a', kind: 'range', code: 'AA', name: '甲一', weight: 100, importance: null },
      { id: 'p1', parentId: 'aa', kind: 'point', code: 'P1', name: '点一', weight: null, importance: 'X' },
      { id: 'p2', parentId: 'a', kind: 'point', code: 'P2', name: '点二', weight: null, importance: 'Z' },
      { id: 'b', parentId: null, kind: 'range', code: 'B', name: '乙', weight: 40, importance: null },
    ];
    const { nodes, issues } = await readBlueprintWorkbook(await writeBlueprintWorkbook('示例', tree));
    expect(issues).toEqual([]);
    const codeOf = new Map(nodes.map((n) => [n.id, n.code]));
    expect(
      nodes.map((n) => [n.code, n.parentId ? codeOf.get(n.parentId) : null, n.kind, n.weight, n.importance]),
    ).toEqual([
      ['A', null, 'range', 60, null],
      ['AA', 'A', 'range', 100, null],
      ['P1', 'AA', 'point', null, 'X'],
      ['P2', 'A', 'point', null, 'Z'],
      ['B', null, 'range', 40, null],
    ]);
  });
});
