import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assertClean, columnLetter, readSheet, writeWorkbook, type SheetColumn } from './sheet.js';
import { AppError } from './errors.js';

const columns: SheetColumn[] = [
  { key: 'name', headers: ['姓名'], required: true, schema: z.string().max(30, '不能超过 30 个字') },
  {
    key: 'idNumber',
    headers: ['身份证号', '证件号码'],
    required: true,
    textOnly: true,
    schema: z.string().regex(/^\d{17}[\dX]$/, '应为 18 位'),
  },
  { key: 'phone', headers: ['联系电话'], schema: z.string() },
];

/** A roster as a college clerk makes it: title, stamp row, header, data, a blank row, a signature row. */
async function roster(rows: (string | number | null)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(['2026年第二批职业技能等级认定花名册']);
  ws.mergeCells('A1:D1');
  ws.addRow(['填报单位（盖章）：机电工程学院', null, '填报日期：2026年11月20日']);
  ws.addRow(['序号', '姓名', '身份证号', '联系电话']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  ws.addRow([]);
  ws.addRow(['制表人：李敏', null, '审核人：王建国']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('spreadsheet import', () => {
  it('finds the header under title rows, skips blank and signature rows, keeps Excel row numbers', async () => {
    const r = await readSheet(
      await roster([
        ['张三', '410102200001011234', '13800000000'],
        ['𠮷丽', '41010220000101123X', null],
      ]),
      { columns },
    );
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.rowNumber, x.values.name])).toEqual([
      [4, '张三'],
      [5, '𠮷丽'],
    ]);
  });

  it('reports every bad cell by row and column in Chinese, and assertClean refuses the whole file', async () => {
    const r = await readSheet(
      await roster([
        ['张三', '410102200001011234', ''],
        ['', '123', ''],
        ['李四', 410102200001011000, ''],
      ]),
      { columns },
    );
    expect(r.issues.map((i) => [i.row, i.column])).toEqual([
      [5, 'B'],
      [5, 'C'],
      [6, 'C'],
    ]);
    expect(r.issues[0].message).toBe('第 5 行 B 列（姓名）：不能为空');
    expect(r.issues[1].message).toMatch(/第 5 行 C 列（身份证号）：应为 18 位/);
    expect(r.issues[2].message).toMatch(/文本/);
    expect(() => assertClean(r.issues)).toThrow(AppError);
    try {
      assertClean(r.issues);
    } catch (e) {
      expect((e as AppError).message).toMatch(/3 处错误，未导入任何数据/);
      expect((e as AppError).status).toBe(400);
    }
  });

  it('refuses an old .xls file and a file that is not a spreadsheet, with a clear message', async () => {
    const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]);
    await expect(readSheet(xls, { columns })).rejects.toThrow(/\.xls/);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    await expect(readSheet(png, { columns })).rejects.toThrow(/不是 Excel/);
  });

  it('says which header is missing', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['名字', '号码']);
    await expect(readSheet(Buffer.from(await wb.xlsx.writeBuffer()), { columns })).rejects.toThrow(
      /“姓名”、“身份证号”/,
    );
  });

  it('an exported workbook reads back to the same rows', async () => {
    const bytes = await writeWorkbook([
      {
        name: '名单',
        title: '测试名单',
        columns: [
          { header: '姓名', key: 'name' },
          { header: '身份证号', key: 'idNumber' },
          { header: '联系电话', key: 'phone' },
        ],
        rows: [{ name: '王五', idNumber: '410102200001011234', phone: '13900000000' }],
      },
    ]);
    const r = await readSheet(bytes, { columns });
    expect(r.issues).toEqual([]);
    expect(r.rows[0].values).toEqual({ name: '王五', idNumber: '410102200001011234', phone: '13900000000' });
  });

  it('names columns past Z', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('CSV files', () => {
  const gbk = (s: string) => {
    // Encode as GBK the way Excel on Chinese Windows saves "CSV": Node has no GBK encoder, so map via a decoder table.
    const table = new Map<string, number[]>();
    const dec = new TextDecoder('gbk');
    for (let hi = 0x81; hi <= 0xfe; hi++)
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        const ch = dec.decode(Buffer.from([hi, lo]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    const out: number[] = [];
    for (const ch of s) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f])));
    return Buffer.from(out);
  };

  it('reads a GBK CSV saved by Excel on Chinese Windows', async () => {
    const text =
      '2026年花名册,,\r\n序号,姓名,身份证号,联系电话\r\n1,张三,410102200001011234,13800000000\r\n2,欧阳娜娜,41010220000101123X,\r\n';
    const r = await readSheet(gbk(text), { columns });
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => x.values.name)).toEqual(['张三', '欧阳娜娜']);
  });

  it('reads UTF-8 with a BOM, and refuses an ID number Excel turned into 4.10102E+17', async () => {
    const text = '\ufeff姓名,身份证号\n张三,4.10102E+17\n';
    const r = await readSheet(Buffer.from(text, 'utf8'), { columns });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0].message).toMatch(/第 2 行 B 列（身份证号）：单元格是数字格式/);
  });
});
