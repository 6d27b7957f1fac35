import { z } from 'zod';
import { writeWorkbook, type SheetColumn } from '../../http/sheet.js';
import { idTypeNames, idTypes, type IdType } from '../../../shared/idcard.js';
import { eligibilityMethodNames, levelNames } from '../../../shared/eligibility.js';
import { batchMethodNames, type BatchMethod } from '../../../shared/plans.js';
import { INITIAL_PASSWORD_NOTE, rosterColumnNames as names } from '../../../shared/registration.js';

/**
 * R-REG-01: the columns of the 花名册 (the Zhoukou 申报人员花名册 and what colleges really send), found by their
 * Chinese header wherever they are; the template and its instructions sheet.
 */

const text = (max: number) => z.string().max(max, `不能超过 ${max} 个字`);
const pick = <T extends string | number | boolean>(table: Record<string, T>, what: string) =>
  z.string().transform((s, ctx) => {
    if (s === '') return null;
    const v = table[s.replace(/\s/g, '')];
    if (v === undefined)
      ctx.addIssue({ code: 'custom', message: `${what}应为 ${Object.keys(table).slice(0, 8).join('、')} 之一` });
    return v ?? null;
  });
const yearCell = (what: string) =>
  z.string().transform((s, ctx) => {
    if (s === '') return null;
    const m = /^(\d{4})(级|年|届)?$/.exec(s.replace(/\s/g, ''));
    const y = m ? Number(m[1]) : NaN;
    if (!m || y < 1990 || y > 2100) ctx.addIssue({ code: 'custom', message: `${what}应为四位年份，如 2023` });
    return m ? y : null;
  });

/** Levels as rosters write them: 3, 三级, 高级工, 三级/高级工, 三级（高级工）. */
const levelTable: Record<string, number> = {};
for (const [l, name] of Object.entries(levelNames)) {
  const [num, title] = name.split('/');
  for (const k of [l, num, title, name, `${num}（${title}）`, `${num}(${title})`, `${'一二三四五'[Number(l) - 1]}`])
    levelTable[k] = Number(l);
}

/** Methods as rosters write them: the batch form's names, the documents' names (H 二(四)), a few short forms. */
const methodTable: Record<string, BatchMethod> = { 考试: 'exam', 考核: 'exam', 认定: 'direct', 竞赛: 'contest' };
for (const names of [batchMethodNames, eligibilityMethodNames])
  for (const [m, name] of Object.entries(names)) methodTable[name] = m as BatchMethod;
Object.assign(methodTable, { 过程化评价: 'process', 过程性考核: 'process', 以赛代考: 'contest', 竞赛认定: 'contest' });

export const rosterColumns: SheetColumn[] = [
  { key: 'name', headers: [names.name], required: true, schema: text(30) },
  { key: 'gender', headers: [names.gender], schema: pick({ 男: 'male', 女: 'female' }, '性别') },
  {
    key: 'idType',
    headers: [names.idType],
    schema: pick(Object.fromEntries(idTypes.map((t) => [idTypeNames[t], t])) as Record<string, IdType>, '证件类型'),
  },
  {
    key: 'idNumber',
    headers: [names.idNumber, '身份证号', '证件号码', '公民身份号码', '身份证件号码'],
    required: true,
    textOnly: true,
    schema: text(40),
  },
  { key: 'studentNumber', headers: [names.studentNumber], textOnly: true, schema: text(30) },
  {
    key: 'college',
    headers: [names.college, '学院', '二级学院', '院系部', '系部', '所在学院', '所在院系'],
    schema: text(60),
  },
  { key: 'major', headers: [names.major, '所学专业', '专业名称'], schema: text(60) },
  { key: 'className', headers: [names.className, '班级名称'], schema: text(40) },
  {
    key: 'educationLevel',
    headers: [names.educationLevel, '培养层次', '学历', '层次'],
    schema: pick(
      {
        本科: 'undergraduate',
        专科: 'higher_vocational',
        高职: 'higher_vocational',
        大专: 'higher_vocational',
        '专科（高职）': 'higher_vocational',
        '专科(高职)': 'higher_vocational',
        高职专科: 'higher_vocational',
        中职: 'secondary_vocational',
        中专: 'secondary_vocational',
        职高: 'secondary_vocational',
        技工院校: 'technician_school',
        技校: 'technician_school',
      },
      '学历层次',
    ),
  },
  { key: 'enrolmentYear', headers: [names.enrolmentYear, '年级', '入学年级'], schema: yearCell('入学年份') },
  {
    key: 'graduating',
    headers: [names.graduating, '是否毕业班', '是否毕业学年'],
    schema: pick({ 是: true, 否: false, Y: true, N: false }, '是否毕业年级'),
  },
  { key: 'graduationYear', headers: [names.graduationYear, '预计毕业年份', '毕业时间'], schema: yearCell('毕业年份') },
  {
    key: 'phone',
    headers: [names.phone, '联系电话', '手机号', '电话'],
    textOnly: true,
    schema: z.string().regex(/^$|^[0-9+\-() ]{5,20}$/, '电话号码格式不正确'),
  },
  // R-REG-01: the occupation, job and method a row applies for (optional columns: without them, the batch's).
  {
    key: 'occupationCode',
    headers: [names.occupationCode, '职业代码', '职业编号', '申报职业编码'],
    textOnly: true,
    schema: z
      .string()
      .transform((s) => s.replace(/\s/g, '').replace(/[—－–]/g, '-'))
      .refine((s) => s === '' || /^\d-\d{2}-\d{2}-\d{2}$/.test(s), '职业编码格式应为 6-31-01-03'),
  },
  {
    key: 'occupationName',
    headers: [names.occupationName, '申报职业', '职业', '申报职业名称'],
    schema: text(60).transform((s) => s.replace(/\s/g, '')),
  },
  {
    key: 'jobName',
    headers: [names.jobName, '工种名称', '申报工种', '职业方向', '工种（职业方向）'],
    schema: text(60).transform((s) => s.replace(/\s/g, '')),
  },
  {
    key: 'level',
    headers: [names.level, '申报级别', '认定等级', '申报等级（级别）'],
    schema: pick(levelTable, '申报等级'),
  },
  {
    key: 'method',
    headers: [names.method, '认定方式', '评价类型', '评价方式（认定方式）'],
    schema: pick(methodTable, '评价方式'),
  },
];

export interface RosterRow {
  rowNumber: number;
  name: string;
  gender: 'male' | 'female' | null;
  idType: IdType | null;
  idNumber: string;
  studentNumber: string;
  college: string;
  major: string;
  className: string;
  educationLevel: string | null;
  enrolmentYear: number | null;
  graduating: boolean | null;
  graduationYear: number | null;
  phone: string;
  occupationCode: string;
  occupationName: string;
  jobName: string;
  level: number | null;
  method: BatchMethod | null;
}

const NOTES: Record<string, string> = {
  name: '必填。生僻字（如 𠮷、䶮）请直接输入，系统按原字保存',
  gender: '选填：男 / 女；填写时须与身份证号码一致',
  idType: '选填：居民身份证（默认）、港澳台居民居住证、护照、其他',
  idNumber: '必填。整列须设置为“文本”格式，否则 Excel 会把 18 位号码改成科学计数法并丢失末位；同一号码只能出现一次',
  studentNumber: '建议填写：考生可用学号登录；单元格须为“文本”格式',
  college: '选填：学院名称或代码；学院经办人只能导入本学院的学生',
  major: '选填',
  className: '选填，如 电气2301',
  educationLevel: '本科 / 专科（高职）/ 中职 / 技工院校（资格判断要用）',
  enrolmentYear: '四位年份，如 2023',
  graduating: '是 / 否（也可改填“毕业年份”）',
  graduationYear: '四位年份；与“是否毕业年级”二选一',
  phone: '选填；单元格须为“文本”格式',
  occupationCode: '职业编码，如 6-31-01-03；须为本批次的职业，不填时按本批次的职业导入',
  occupationName: '职业名称，须与职业编码对应；只填名称时按名称查找职业',
  jobName: '职业有工种时填写工种，须为本批次的工种',
  level: '本批次开放多个等级时必填：如 三级、高级工、3；批次只开放一个等级时可不填',
  method: '选填：考试考核 / 直接认定 / 过程性评价 / 以赛代评；须为本批次的评价方式',
};

/** The roster template: the header row (text-formatted), a sheet of instructions with the initial-password rule. */
export async function rosterTemplateBytes(batch: {
  title: string;
  levels: number[];
  code: string;
  occupationName: string;
  jobName: string | null;
  method: BatchMethod;
}) {
  const columns = rosterColumns.filter((c) => c.key !== 'graduationYear' && c.key !== 'idType');
  const levels = batch.levels.map((l) => levelNames[l as 1]).join('、');
  const occupation = `${batch.code} ${batch.occupationName}${batch.jobName ? `（工种：${batch.jobName}）` : ''}`;
  return writeWorkbook([
    {
      name: '花名册',
      title: `${batch.title} 申报人员花名册`,
      columns: columns.map((c) => ({
        header: c.headers[0],
        key: c.key,
        width: c.key === 'idNumber' ? 22 : Math.max(10, c.headers[0].length * 2 + 4),
      })),
      rows: [],
    },
    {
      name: '填写说明',
      columns: [
        { header: '列名', key: 'header', width: 16 },
        { header: '说明', key: 'note', width: 90 },
      ],
      rows: [
        ...rosterColumns.map((c) => ({ header: c.headers[0], note: NOTES[c.key] ?? '选填' })),
        { header: '本批次职业', note: occupation },
        { header: '本批次等级', note: levels },
        { header: '本批次评价方式', note: batchMethodNames[batch.method] },
        {
          header: '其他职业',
          note: '一个花名册只能导入本批次的职业、工种、等级和评价方式；其他职业的考生请分别导入对应的批次，有任何一行不属于本批次时整个文件都不导入',
        },
        {
          header: '表头位置',
          note: '表头上方可保留标题行、盖章日期行，数据下方可保留“制表人、审核人”等签字行；列按表头名称识别，顺序不限',
        },
        { header: '导入规则', note: '任何一行有错误时整个文件都不导入，请按错误清单（行、列）修改后重新上传' },
        { header: '考生账号', note: INITIAL_PASSWORD_NOTE },
      ],
    },
  ]);
}
