import { z } from 'zod';
import { text, isoDay } from './common.js';
import { genderOf, idNumberProblem, idTypes, normalizeIdNumber } from './idcard.js';

/** Requests and responses of the people module (R-PPL-01…10): persons, staff roles, conflicts, appraisal. */

const day = isoDay;
const optText = (max: number) => text().trim().max(max, `不能超过 ${max} 个字`).nullish();
const year = z.coerce.number().int().min(1980, '年份不正确').max(2100, '年份不正确');

export const genders = ['male', 'female'] as const;
export const genderNames = { male: '男', female: '女' } as const;
export const personKinds = ['student', 'staff', 'social'] as const;
export const personKindNames = { student: '在校学生', staff: '教职工', social: '社会人员' } as const;
export const educationLevels = [
  'undergraduate',
  'higher_vocational',
  'secondary_vocational',
  'technician_school',
] as const;
export const educationLevelNames = {
  undergraduate: '本科',
  higher_vocational: '专科（高职）',
  secondary_vocational: '中职',
  technician_school: '技工院校',
} as const;
export const classTypes = ['intermediate', 'advanced', 'preparatory_technician'] as const;
export const classTypeNames = {
  intermediate: '中级工班',
  advanced: '高级工班',
  preparatory_technician: '预备技师班',
} as const;
export const titleGrades = ['junior', 'intermediate', 'senior'] as const;
export const titleGradeNames = { junior: '初级', intermediate: '中级', senior: '高级' } as const;
export const skillLevelNames: Record<number, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};
export const examinerGrades = ['standard', 'senior'] as const;
export const examinerGradeNames = { standard: '考评员', senior: '高级考评员' } as const;
export const staffRoleKinds = ['examiner', 'supervisor', 'expert', 'proctor', 'exam_staff'] as const;
export const staffRoleNames = {
  examiner: '考评员',
  supervisor: '质量督导员',
  expert: '专家',
  proctor: '监考人员',
  exam_staff: '考务人员',
} as const;

/** R-PPL-06: 质量督导人员管理办法 §9, the acts that end a supervisor's qualification. */
export const supervisorDisqualifications = [
  'self_interest',
  'shielding_or_retaliation',
  'dereliction',
  'other_harm',
] as const;
export const supervisorDisqualificationNames = {
  self_interest: '利用职权谋取私利',
  shielding_or_retaliation: '利用职权包庇或打击报复他人',
  dereliction: '玩忽职守，贻误工作',
  other_harm: '其他妨碍工作正常进行并造成恶劣影响的行为',
} as const;

/** R-PPL-10: 考务人员违纪处理办法 §5, the ten acts that end a person's exam duties. */
export const misconductActs = [
  'ineligible_help',
  'irresponsible',
  'cheating_involvement',
  'paper_removal',
  'paper_tampering_seal',
  'item_leak',
  'score_tampering',
  'bribery',
  'retaliation',
  'other',
] as const;
export const misconductActNames = {
  ineligible_help: '使用非法手段帮助不具备报名条件的人员获得考试资格',
  irresponsible: '严重不负责任，不能正常履行考务职责',
  cheating_involvement: '组织、帮助或参与考生作弊',
  paper_removal: '考试期间擅自将考生试卷（或工件）带出或传出考场',
  paper_tampering_seal: '外传、截留、窃取、擅自拆开未启封试卷',
  item_leak: '泄露试题内容',
  score_tampering: '偷换、涂改试卷或者私自更改考生成绩',
  bribery: '利用工作便利索贿、受贿或者谋取其他私利',
  retaliation: '对考生进行报复或者故意诬陷查证属实',
  other: '有其他违纪行为',
} as const;
export const appealStatusNames = {
  none: '未申诉',
  pending: '申诉处理中',
  upheld: '维持处理',
  overturned: '撤销处理',
} as const;

export const appraisalGrades = ['excellent', 'good', 'pass', 'fail'] as const;
export const appraisalGradeNames = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' } as const;
export type AppraisalGrade = (typeof appraisalGrades)[number];

export const conflictRelations = ['relative', 'teacher', 'other'] as const;
export const conflictRelationNames = { relative: '亲属', teacher: '任教班级', other: '其他利害关系' } as const;

export const documentTypes = [
  '考评人员资格申报表',
  '考评人员认定表',
  '年度考核评议表',
  '聘任合同',
  '年度个人考评工作小结',
  '学历证书',
  '职业资格/技能等级证书',
  '专业技术资格证书',
  '考评员资格证书',
  '其他',
] as const;

/** Occupation code of 职业分类大典: N-NN-NN-NN (R-ORG-02). */
export const occupationCode = z
  .string()
  .trim()
  .regex(/^\d-\d{2}-\d{2}-\d{2}$/, '职业编码格式应为 N-NN-NN-NN，如 6-31-01-03');
export const occupationRef = z.object({
  edition: text().trim().min(4, '请填写职业分类大典版本').max(10),
  code: occupationCode,
  name: text().trim().min(1, '请填写职业名称').max(60),
});
export type OccupationRef = z.infer<typeof occupationRef>;
/** R-ARR-04: an examiner's occupation with the exam modules (考试模块) of it the examiner can examine. */
export const examModules = z
  .array(text().trim().min(1, '考试模块：不能为空').max(40, '考试模块：每项不超过 40 个字'))
  .max(20, '考试模块：最多 20 项')
  .refine((m) => new Set(m).size === m.length, '考试模块：有重复');
export const examinerOccupationRef = occupationRef.extend({ modules: examModules.optional() });

// ---------------------------------------------------------------- persons

export const personFields = z.object({
  name: text().trim().min(1, '请填写姓名').max(30, '不能超过 30 个字'),
  gender: z.enum(genders),
  idType: z.enum(idTypes),
  idNumber: text().trim().min(1, '请填写证件号码').max(40),
  phone: text()
    .trim()
    .regex(/^[0-9+\-() ]{5,20}$/, '电话号码格式不正确')
    .nullish(),
  kind: z.enum(personKinds),
  collegeId: text().uuid('二级学院编号不正确').nullish(),
  education: optText(20),
  workUnit: optText(60),
  ownStaff: z.boolean().default(false),
  major: optText(40),
  className: optText(40),
  enrolmentYear: year.nullish(),
  educationLevel: z.enum(educationLevels).nullish(),
  classType: z.enum(classTypes).nullish(),
  graduating: z.boolean().default(false),
  titleSeries: optText(30),
  titleName: optText(30),
  titleGrade: z.enum(titleGrades).nullish(),
  titleDate: day.nullish(),
  skillLevel: z.coerce.number().int().min(1, '等级为 1–5').max(5, '等级为 1–5').nullish(),
  skillOccupation: optText(60),
  // No userId here: a person's login account is linked only by the admin (POST /persons/:id/account).
});
export type PersonFields = z.infer<typeof personFields>;

type Ctx = { addIssue: (i: { code: 'custom'; path: string[]; message: string }) => void };

/** R-PPL-01/03: the checks a person needs beyond single fields, shared by the form, the API and the import. */
export function checkPerson(p: Partial<PersonFields>, ctx: Ctx) {
  if (p.idType && p.idNumber) {
    const problem = idNumberProblem(p.idType, p.idNumber);
    if (problem) ctx.addIssue({ code: 'custom', path: ['idNumber'], message: problem });
    else if ((p.idType === 'resident' || p.idType === 'hmt_residence') && p.gender) {
      const fromId = genderOf(normalizeIdNumber(p.idType, p.idNumber));
      if (fromId !== p.gender)
        ctx.addIssue({
          code: 'custom',
          path: ['gender'],
          message: `与证件号码不符（号码显示为${genderNames[fromId]}）`,
        });
    }
  }
  if (p.kind === 'student') {
    if (!p.collegeId) ctx.addIssue({ code: 'custom', path: ['collegeId'], message: '学生须选择所属二级学院' });
    if (!p.className) ctx.addIssue({ code: 'custom', path: ['className'], message: '学生须填写班级' });
    if (!p.enrolmentYear) ctx.addIssue({ code: 'custom', path: ['enrolmentYear'], message: '学生须填写入学年份' });
    if (!p.educationLevel) ctx.addIssue({ code: 'custom', path: ['educationLevel'], message: '学生须选择培养层次' });
    if (p.educationLevel === 'technician_school' && !p.classType)
      ctx.addIssue({
        code: 'custom',
        path: ['classType'],
        message: '技工院校学生须选择班级类型（中级工班/高级工班/预备技师班）',
      });
  }
  if (p.classType && p.educationLevel !== 'technician_school')
    ctx.addIssue({ code: 'custom', path: ['classType'], message: '只有技工院校学生有班级类型' });
}

export const personBody = personFields.superRefine(checkPerson);
export type PersonBody = z.infer<typeof personBody>;
/** Updating a person: the ID number may be left out (kept as it is). */
export const personUpdateBody = personFields
  .extend({ idNumber: text().trim().max(40).optional() })
  .superRefine(checkPerson);
export type PersonUpdateBody = z.infer<typeof personUpdateBody>;

export const personQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  keyword: text().trim().max(40).optional(),
  kind: z.enum(personKinds).optional(),
  collegeId: text().uuid().optional(),
  role: z.enum(staffRoleKinds).optional(),
});
/**
 * R-PPL-02: the search with an exact ID number (through the keyed hash) is a POST: the number travels in the body,
 * never in a URL that proxies and request logs keep.
 */
export const personSearchBody = personQuery.extend({ idNumber: text().trim().max(40).optional() });
export type PersonQuery = z.infer<typeof personSearchBody>;

/** The admin links a login account (a candidate account not yet linked to anyone) to a person, or unlinks it. */
export const personAccountBody = z.object({ userId: text().uuid().nullable() });
const linkableAccount = z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.string() });
/** GET /persons/:id/account: the person's linked account and the personal accounts no person holds yet. */
export const personAccount = z.object({ current: linkableAccount.nullable(), unlinked: z.array(linkableAccount) });

export const person = z.object({
  id: z.string(),
  name: z.string(),
  gender: z.enum(genders),
  idType: z.enum(idTypes),
  /** R-PPL-02: always masked here; the full number has its own audited endpoint. */
  idMasked: z.string(),
  /** R-PPL-02: the year only; the full birth date is never shown beside the mask. */
  birthYear: z.number().nullable(),
  phone: z.string().nullable(),
  hasPhoto: z.boolean(),
  kind: z.enum(personKinds),
  collegeId: z.string().nullable(),
  collegeName: z.string().nullable(),
  education: z.string().nullable(),
  workUnit: z.string().nullable(),
  ownStaff: z.boolean(),
  major: z.string().nullable(),
  className: z.string().nullable(),
  enrolmentYear: z.number().nullable(),
  educationLevel: z.enum(educationLevels).nullable(),
  classType: z.enum(classTypes).nullable(),
  graduating: z.boolean(),
  titleSeries: z.string().nullable(),
  titleName: z.string().nullable(),
  titleGrade: z.enum(titleGrades).nullable(),
  titleDate: z.string().nullable(),
  skillLevel: z.number().nullable(),
  skillOccupation: z.string().nullable(),
  userId: z.string().nullable(),
  roles: z.array(z.enum(staffRoleKinds)),
  createdAt: z.string(),
});
export type Person = z.infer<typeof person>;

export const fullIdNumber = z.object({ idType: z.enum(idTypes), idNumber: z.string() });

export const documentBody = z.object({
  fileId: text().uuid('文件编号不正确'),
  docType: z.enum(documentTypes),
  title: text().trim().min(1, '请填写文件名称').max(60),
});
export const personDocument = documentBody.extend({
  id: z.string(),
  fileName: z.string(),
  mime: z.string(),
  size: z.number(),
  createdAt: z.string(),
});

export const appointmentBody = z
  .object({
    personId: text().uuid(),
    role: z.enum(staffRoleKinds),
    letterNumber: optText(40),
    startDate: day,
    endDate: day,
    fileId: text().uuid().nullish(),
    note: optText(200),
  })
  .refine((a) => a.endDate >= a.startDate, { path: ['endDate'], message: '结束日期不能早于开始日期' });
export const appointment = z.object({
  id: z.string(),
  personId: z.string(),
  role: z.enum(staffRoleKinds),
  letterNumber: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  fileId: z.string().nullable(),
  note: z.string().nullable(),
});
