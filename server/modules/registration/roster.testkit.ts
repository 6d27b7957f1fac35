import ExcelJS from 'exceljs';
import { idCheckChar } from '../../../shared/idcard.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { postFile } from '../people/people.testkit.js';
import { filedBatch, okJson } from '../plans/plans.testkit.js';

/** Rosters (花名册) for the roster tests and the bench (not a test file itself). */

export const ROSTER_HEAD = [
  '序号',
  '姓名',
  '性别',
  '身份证号码',
  '学号',
  '院系',
  '专业',
  '班级',
  '学历层次',
  '入学年份',
  '是否毕业年级',
  '手机号码',
  '申报等级',
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建文斌宇浩凯晨欣怡子涵梓轩雨萱俊博';

/** The i-th student's ID number: distinct for every i (birth day from 2003-01-01, sequence), region 410103. */
export function rosterIdNumber(i: number, region = '410103'): string {
  const birth = new Date(Date.UTC(2003, 0, 1) + (i % 1500) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `${region}${birth}${String(100 + Math.floor(i / 1500)).padStart(3, '0')}`;
  return first17 + idCheckChar(first17);
}
/** Gender of the i-th ID number: the sequence digit's parity. */
export const rosterGender = (i: number) => ((100 + Math.floor(i / 1500)) % 2 === 1 ? '男' : '女');

export interface RosterOpts {
  college?: string;
  /** Student numbers start here (distinct from the demo data). */
  prefix?: string;
  /** Index of the first student (so two rosters do not share people). */
  from?: number;
}

/** n data rows in ROSTER_HEAD order: 高职 students of 电气自动化, every second one in the graduating year. */
export function rosterRows(n: number, o: RosterOpts = {}): (string | number)[][] {
  const from = o.from ?? 0;
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const name =
      SURNAMES[i % SURNAMES.length] + GIVEN[(i * 7) % GIVEN.length] + (i % 3 ? GIVEN[(i * 13) % GIVEN.length] : '');
    return [
      k + 1,
      name,
      rosterGender(i),
      rosterIdNumber(i),
      `${o.prefix ?? 'R'}${String(i).padStart(7, '0')}`,
      o.college ?? '机电工程学院',
      '电气自动化技术',
      `电气${2301 + (i % 8)}`,
      '专科',
      2023,
      i % 2 === 0 ? '是' : '否',
      `138${String(i).padStart(8, '0')}`,
      '四级',
    ];
  });
}

/**
 * An .xlsx roster as colleges make it: with `messy`, a merged title row and a stamp/date row above the header,
 * and a blank row and signature rows under the data. ID and number columns are text unless `numericIds`.
 */
export async function rosterXlsx(
  rows: (string | number)[][],
  opts: { messy?: boolean; head?: string[] } = {},
): Promise<Buffer> {
  const head = opts.head ?? ROSTER_HEAD;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  if (opts.messy) {
    ws.addRow(['周口职业技术学院毕业生职业技能等级认定申报人员花名册']);
    ws.mergeCells(1, 1, 1, head.length);
    ws.addRow(['填报单位（盖章）：机电工程学院', '', '', '', '', '', '', '', '填报日期：2026年9月1日']);
  }
  ws.addRow(head);
  for (const r of rows) ws.addRow(r);
  if (opts.messy) {
    ws.addRow([]);
    ws.addRow(['制表人：张老师', '', '', '审核人：李主任', '', '', '', '', '学院负责人（签字）：']);
    ws.addRow(['备注：本表一式两份']);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Encodes text as GBK, as Excel on Chinese Windows saves "CSV" (Node has no GBK encoder: a decoder table). */
export function gbkBytes(s: string): Buffer {
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
}

/**
 * A new batch of the college, 报名中, with `rows` imported by `clerk` (the import must succeed). Returns the batch:
 * its students have candidate accounts with activation codes.
 */
export async function buildImportedRoster(
  t: TestApp,
  staff: { kaowu: TestClient; zhuren: TestClient; clerk: TestClient },
  collegeId: string,
  rows: (string | number)[][],
): Promise<string> {
  const batchId = await filedBatch(staff.kaowu, staff.zhuren, collegeId, true);
  await okJson(staff.kaowu.post(`/api/v1/batches/${batchId}/transitions`, { to: 'registering' }));
  const res = await postFile(
    t,
    staff.clerk,
    `/api/v1/batches/${batchId}/roster/import`,
    '花名册.xlsx',
    await rosterXlsx(rows),
  );
  if (res.statusCode !== 200) throw new Error(res.body);
  return batchId;
}
