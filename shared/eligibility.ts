import { classTypeNames, educationLevelNames, titleGradeNames, type PersonFields } from './people.js';

/**
 * The eligibility engine (R-ELIG-00…07, R-REG-03): which levels a candidate may apply for in a batch, and why.
 * Pure (no I/O): the server feeds it the facts it holds, the portal uses it to offer levels, reviewers read the
 * reasons. Each rule gives the *highest* level (smallest number); lower levels follow where allowed (R-ELIG-00).
 * Sources: H = 河南 院校类职业技能等级认定业务指导, Z = 周口职业技术学院 过程化考核认定通知.
 */

export const LEVELS = [1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
/** Levels in Chinese (SPEC glossary; P §10, H table 2). */
export const levelNames: Record<Level, string> = {
  1: '一级/高级技师',
  2: '二级/技师',
  3: '三级/高级工',
  4: '四级/中级工',
  5: '五级/初级工',
};
const lv = (l: number) => levelNames[l as Level] ?? `${l}级`;

/** Evaluation methods of a batch (H 二(四)). */
export const eligibilityMethods = ['exam', 'direct', 'process', 'contest'] as const;
export type EligibilityMethod = (typeof eligibilityMethods)[number];
export const eligibilityMethodNames: Record<EligibilityMethod, string> = {
  exam: '考试考核',
  direct: '直接认定',
  process: '过程化考核',
  contest: '竞赛取证',
};

export type EligibilityRule =
  | 'R-REG-03'
  | 'R-ELIG-00'
  | 'R-ELIG-01'
  | 'R-ELIG-02'
  | 'R-ELIG-03'
  | 'R-ELIG-04'
  | 'R-ELIG-05'
  | 'R-ELIG-06'
  | 'R-ELIG-07';
export interface EligibilityReason {
  rule: EligibilityRule;
  ok: boolean;
  /** A Chinese sentence naming the facts used. */
  text: string;
}

type EducationLevel = NonNullable<PersonFields['educationLevel']>;
type ClassType = NonNullable<PersonFields['classType']>;
type TitleGrade = NonNullable<PersonFields['titleGrade']>;

export interface OccupationKey {
  /** 职业分类大典 edition, e.g. '2022'. */
  edition: string;
  code: string;
  name?: string;
}
/** A 1+X certificate (R-ELIG-02); its occupation is the one the province's 1+X list maps it to. */
export interface XCertificate {
  name: string;
  occupation: OccupationKey;
  level: 'elementary' | 'intermediate' | 'advanced';
  issuedOn: string;
}
export const xLevelNames = { elementary: '初级', intermediate: '中级', advanced: '高级' } as const;
export type CoursePart = 'theory' | 'practical';
export const coursePartNames: Record<CoursePart, string> = { theory: '理论', practical: '实操' };
export type CourseAttempt = 'first' | 'retake';
/** One score of one course part (R-ELIG-04). */
export interface CourseResult {
  courseCode: string;
  courseName?: string;
  part: CoursePart;
  attempt: CourseAttempt;
  score: number;
}
/** A course the occupation requires (应修课程); `related` counts for the Zhoukou variant (Z 五(五)). */
export interface RequiredCourse {
  courseCode: string;
  courseName: string;
  related: boolean;
}
/** R-ELIG-05: the college's contest rules decide; the system records the level a result grants. */
export interface ContestResult {
  contest: string;
  rank?: string | null;
  occupation: OccupationKey;
  grantedLevel: number;
}
/** R-ELIG-06: a professional title. `related` false when its series does not match the occupation (H 报名审核 二: 相应系列). */
export interface TitleFact {
  series?: string | null;
  grade: TitleGrade;
  obtainedOn: string;
  related?: boolean;
}
/** R-ELIG-07: a tier-4 violation (R-VIOL-04) bars the candidate until `until` (the graduation date). */
export interface BanFact {
  until: string;
  reason?: string | null;
}

/** What the system knows about the candidate. */
export interface EligibilityFacts {
  kind: 'student' | 'staff' | 'social';
  educationLevel?: EducationLevel | null;
  classType?: ClassType | null;
  /** 毕业学年 (the person's graduating flag). */
  graduating: boolean;
  /** 已毕业 (H 三(四)(1)/(3) name 毕业生 beside 毕业学年学生). */
  graduated?: boolean;
  /** 二年级 (Z 一); when absent, derived from `enrolmentYear` and the batch date. */
  secondYear?: boolean | null;
  enrolmentYear?: number | null;
  /** 优秀中职毕业生, flagged by the college (H 报名审核 一.1). */
  excellent?: boolean;
  xCertificates?: XCertificate[];
  courseResults?: CourseResult[];
  contestResults?: ContestResult[];
  titles?: TitleFact[];
  ban?: BanFact | null;
}

/** The batch and occupation the candidate applies to. */
export interface EligibilityContext {
  occupation: OccupationKey;
  method: EligibilityMethod;
  /** YYYY-MM-DD: the day titles, study years and bans are judged on. */
  batchDate: string;
  /** Levels of the centre's scope for this occupation (R-REG-03). */
  scopeLevels: number[];
  /** Levels the occupation's standard (or 评价规范) defines (R-REG-03, H Q&A 2). */
  standardLevels: number[];
  /** Levels the batch opens; null/absent: every level (R-ELIG-00). */
  batchLevels?: number[] | null;
  /** The course-count variant of Z 五(五), a setting per batch (R-ELIG-03). */
  zhoukou?: boolean;
  /** The occupation's required courses (R-ELIG-03). */
  requiredCourses?: RequiredCourse[];
}

export interface LevelDecision {
  level: Level;
  name: string;
  eligible: boolean;
  /**
   * Not decided by the rules but open to manual review (R-ELIG-00): scope, standard, batch and ban allow the level,
   * and no rule of the documents covers this candidate (a social learner, a staff member without a title).
   */
  manual: boolean;
  reasons: EligibilityReason[];
}
export interface EligibilityResult {
  levels: LevelDecision[];
  /** The highest (smallest-numbered) eligible level, or null. */
  highest: Level | null;
  /** The facts the method's rule used, common to every level. */
  reasons: EligibilityReason[];
}

/** What one rule grants: the highest level (null: none), with the facts behind it. */
interface Grant {
  highest: Level | null;
  reasons: EligibilityReason[];
  /** No rule of the college documents decides (social learners, staff without a title): a person must judge. */
  manual?: boolean;
}
const grant = (rule: EligibilityRule, highest: Level | null, text: string, more: EligibilityReason[] = []): Grant => ({
  highest,
  reasons: [...more, { rule, ok: highest !== null, text }],
});
const refuse = (rule: EligibilityRule, text: string, more: EligibilityReason[] = []) => grant(rule, null, text, more);
/** R-ELIG-00: the documents give no rule for this candidate; the reviewers judge by the national standard's 申报条件. */
const manual = (rule: EligibilityRule, text: string): Grant => ({ ...grant(rule, null, text), manual: true });

// ------------------------------------------------------------------------------------------------ dates

/** `day` + `years` by the calendar (29 February → 1 March of a common year). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
}
/** R-ELIG-06: a title obtained on `obtainedOn` has been held ≥ `years` on `day` (2 years 11 months is not 3). */
export function heldYears(obtainedOn: string, day: string, years: number): boolean {
  return addYears(obtainedOn, years) <= day;
}
/** Year of study on `day` for a class enrolled in `enrolmentYear` (the school year starts 1 September). */
export function studyYear(enrolmentYear: number, day: string): number {
  const [y, m] = day.split('-').map(Number);
  return y - enrolmentYear + (m >= 9 ? 1 : 0);
}
const sameOccupation = (a: OccupationKey, b: OccupationKey) => a.edition === b.edition && a.code === b.code;
const occ = (o: OccupationKey) => `${o.code}${o.name ? ` ${o.name}` : ''}（${o.edition} 版）`;
const edu = (f: EligibilityFacts) => (f.educationLevel ? educationLevelNames[f.educationLevel] : '未填写培养层次');
const finalYear = (f: EligibilityFacts) => f.graduating || f.graduated === true;
const yearText = (f: EligibilityFacts) => (f.graduated ? '已毕业' : f.graduating ? '毕业学年' : '非毕业学年');

// ------------------------------------------------------------------------------------------------ R-ELIG-04

export type CourseStatus = 'passed' | 'failed_retake' | 'awaiting_retake' | 'missing';
/** R-ELIG-04 (Z 五(六)2): a part passes at ≥ 60; one retake; a failed retake disqualifies; a failed first attempt alone has not passed. */
export function coursePartStatus(
  results: CourseResult[],
  courseCode: string,
  part: CoursePart,
): { status: CourseStatus; text: string } {
  const mine = results.filter((r) => r.courseCode === courseCode && r.part === part);
  const first = mine.find((r) => r.attempt === 'first');
  const retake = mine.find((r) => r.attempt === 'retake');
  const p = coursePartNames[part];
  if (first && first.score >= 60) return { status: 'passed', text: `${p}首考 ${first.score} 分合格` }; // R-ELIG-04: ≥ 60 passes
  if (retake && retake.score >= 60)
    return { status: 'passed', text: `${p}${first ? `首考 ${first.score} 分，` : ''}补考 ${retake.score} 分合格` }; // R-ELIG-04: one retake
  if (retake)
    return {
      status: 'failed_retake',
      text: `${p}${first ? `首考 ${first.score} 分，` : ''}补考 ${retake.score} 分仍不及格，取消认定资格`,
    }; // R-ELIG-04: failed retake disqualifies
  if (first) return { status: 'awaiting_retake', text: `${p}首考 ${first.score} 分不及格，尚无补考成绩` }; // R-ELIG-04: not passed yet
  return { status: 'missing', text: `${p}无成绩` };
}

interface CourseTally {
  passed: RequiredCourse[];
  notPassed: RequiredCourse[];
  disqualified: RequiredCourse[];
  reasons: EligibilityReason[];
}
/** R-ELIG-04: each course passes when both its theory and practical parts pass. */
function tallyCourses(courses: RequiredCourse[], results: CourseResult[]): CourseTally {
  const t: CourseTally = { passed: [], notPassed: [], disqualified: [], reasons: [] };
  for (const c of courses) {
    const parts = (['theory', 'practical'] as const).map((p) => coursePartStatus(results, c.courseCode, p));
    const ok = parts.every((p) => p.status === 'passed');
    const out = parts.some((p) => p.status === 'failed_retake');
    (ok ? t.passed : out ? t.disqualified : t.notPassed).push(c);
    t.reasons.push({
      rule: 'R-ELIG-04',
      ok,
      text: `课程 ${c.courseCode} ${c.courseName}：${parts.map((p) => p.text).join('，')}`,
    });
  }
  return t;
}

// ------------------------------------------------------------------------------------------------ the rules

/** R-ELIG-01 (H 报名审核 一.1, H 二(四)(1)): students, exam method. */
function examRule(f: EligibilityFacts): Grant {
  const who = `${edu(f)}，${yearText(f)}${f.excellent ? '，学校认定的优秀中职毕业生' : ''}`;
  if (f.educationLevel === 'secondary_vocational' && f.excellent && finalYear(f))
    return grant('R-ELIG-01', 3, `考试考核：${who}，优秀中职毕业生（含毕业学年）可申报${lv(3)}`); // R-ELIG-01: excellent 中职 graduate ⇒ 3
  if (f.educationLevel === 'secondary_vocational' && f.graduating)
    return grant('R-ELIG-01', 5, `考试考核：${who}，中职毕业学年在校生可申报${lv(5)}`); // R-ELIG-01: 中职 graduating ⇒ 5
  if ((f.educationLevel === 'undergraduate' || f.educationLevel === 'higher_vocational') && f.graduating)
    return grant('R-ELIG-01', 3, `考试考核：${who}，本科、高职毕业学年在校生可申报${lv(3)}`); // R-ELIG-01: 本科/高职 graduating ⇒ 3
  if (!f.graduating) return refuse('R-ELIG-01', `考试考核：${who}，只有毕业学年的在校生可以申报`); // R-ELIG-01: only the graduating year
  return refuse('R-ELIG-01', `考试考核：${who}，报名条件未规定该培养层次的考试考核申报等级`); // R-ELIG-01: 技工院校 or unknown level: no branch names it
}

/** R-ELIG-02 (H 二(四)(2), 报名审核 一.2): students, direct method, by a 1+X certificate of the matching occupation. */
function directRule(f: EligibilityFacts, c: EligibilityContext): Grant {
  const certs = f.xCertificates ?? [];
  const matching = certs.filter((x) => sameOccupation(x.occupation, c.occupation));
  const others = certs
    .filter((x) => !sameOccupation(x.occupation, c.occupation))
    .map((x) => `${x.name}（对应职业 ${occ(x.occupation)}）`);
  const best = matching.find((x) => x.level !== 'elementary') ?? matching[0];
  const desc = (x: XCertificate) =>
    `持有 1+X 证书“${x.name}”（${xLevelNames[x.level]}，${x.issuedOn} 取得，对应职业 ${occ(x.occupation)}）`;
  if (best && best.level !== 'elementary')
    return grant('R-ELIG-02', 3, `直接认定：${desc(best)}，1+X 高级、中级证书认定${lv(3)}`); // R-ELIG-02: advanced/intermediate ⇒ 3
  if (best) return grant('R-ELIG-02', 4, `直接认定：${desc(best)}，1+X 初级证书认定${lv(4)}`); // R-ELIG-02: elementary ⇒ 4
  if (others.length)
    return refuse('R-ELIG-02', `直接认定：所持 1+X 证书 ${others.join('、')} 与申报职业 ${occ(c.occupation)} 不对应`); // R-ELIG-02: another occupation
  return refuse('R-ELIG-02', `直接认定：没有与申报职业 ${occ(c.occupation)} 对应的 1+X 证书`); // R-ELIG-02: no certificate
}

/** R-ELIG-03 (H 二(四)(3), 报名审核 一.3): students, process method, all required courses passed in both parts. */
function processRule(f: EligibilityFacts, c: EligibilityContext): Grant {
  const courses = c.requiredCourses ?? [];
  const t = tallyCourses(courses, f.courseResults ?? []);
  const who = `${edu(f)}${f.classType ? `（${classTypeNames[f.classType]}）` : ''}，${yearText(f)}`;
  if (!courses.length) return refuse('R-ELIG-03', `过程化考核：职业 ${occ(c.occupation)} 未设置应修课程，无法判断`); // R-ELIG-03: nothing to judge against
  if (t.disqualified.length)
    return refuse(
      'R-ELIG-03',
      `过程化考核：${t.disqualified.map((x) => x.courseName).join('、')} 补考仍不及格，取消认定资格`,
      t.reasons,
    ); // R-ELIG-04
  if (t.notPassed.length)
    return refuse(
      'R-ELIG-03',
      `过程化考核：应修课程 ${courses.length} 门，尚有 ${t.notPassed.map((x) => x.courseName).join('、')} 未合格`,
      t.reasons,
    ); // R-ELIG-03: all required courses
  if (!finalYear(f)) return refuse('R-ELIG-03', `过程化考核：${who}，只有毕业生或毕业学年学生可以认定`, t.reasons); // R-ELIG-03: 毕业生或毕业学年学生
  const all = `应修课程 ${courses.length} 门理论和实操均合格，${who}`;
  if (f.educationLevel === 'undergraduate' || f.educationLevel === 'higher_vocational')
    return grant('R-ELIG-03', 3, `过程化考核：${all}，本科、专科层次可认定${lv(3)}`, t.reasons); // R-ELIG-03: 本科/专科 ⇒ 3
  if (f.educationLevel === 'secondary_vocational')
    return grant('R-ELIG-03', 4, `过程化考核：${all}，中职学生可认定${lv(4)}`, t.reasons); // R-ELIG-03: 中职 ⇒ 4
  if (
    f.educationLevel === 'technician_school' &&
    (f.classType === 'advanced' || f.classType === 'preparatory_technician')
  )
    return grant('R-ELIG-03', 3, `过程化考核：${all}，技工院校高级工班、预备技师班可认定${lv(3)}`, t.reasons); // R-ELIG-03: 高级工班/预备技师班 ⇒ 3
  if (f.educationLevel === 'technician_school' && f.classType === 'intermediate')
    return grant('R-ELIG-03', 4, `过程化考核：${all}，技工院校中级工班可认定${lv(4)}`, t.reasons); // R-ELIG-03: 中级工班 ⇒ 4
  return refuse('R-ELIG-03', `过程化考核：${who}，未填写培养层次或技工院校班级类型，无法确定认定等级`, t.reasons); // R-ELIG-03: level unknown
}

/** R-ELIG-03 Zhoukou variant (Z 一, 三, 五(五)): related courses counted; second-year students level 4 only. */
function zhoukouRule(f: EligibilityFacts, c: EligibilityContext): Grant {
  const related = (c.requiredCourses ?? []).filter((x) => x.related);
  const t = tallyCourses(related, f.courseResults ?? []);
  const n = t.passed.length;
  const second = f.secondYear ?? (f.enrolmentYear ? studyYear(f.enrolmentYear, c.batchDate) === 2 : false);
  const stage = f.graduating
    ? '应届毕业生'
    : second
      ? `二年级学生${f.enrolmentYear ? `（${f.enrolmentYear} 级）` : ''}`
      : yearText(f);
  const count = `职业相关课程理论和实操均合格 ${n} 门（共 ${related.length} 门相关课程）`;
  if (t.disqualified.length)
    return refuse(
      'R-ELIG-03',
      `过程化考核（周口）：${t.disqualified.map((x) => x.courseName).join('、')} 补考仍不及格，取消认定资格`,
      t.reasons,
    ); // R-ELIG-04: Z 五(六)2
  if (!f.graduating && !second)
    return refuse('R-ELIG-03', `过程化考核（周口）：${stage}，只有二年级学生和应届毕业生可以认定`, t.reasons); // Z 一: 认定对象
  if (n >= 8 && f.graduating)
    return grant('R-ELIG-03', 3, `过程化考核（周口）：${count}，${stage}，8 门及以上可认定${lv(3)}`, t.reasons); // Z 五(五)2: ≥ 8 ⇒ 3
  if (n >= 6 && f.graduating)
    return grant(
      'R-ELIG-03',
      4,
      `过程化考核（周口）：${count}，${stage}，6 门及以上可认定${lv(4)}（8 门及以上才可认定${lv(3)}）`,
      t.reasons,
    ); // Z 五(五)1: ≥ 6 ⇒ 4
  if (n >= 6) return grant('R-ELIG-03', 4, `过程化考核（周口）：${count}，${stage}只可认定${lv(4)}`, t.reasons); // Z 三: second-year ⇒ 4 only
  return refuse('R-ELIG-03', `过程化考核（周口）：${count}，不足 6 门`, t.reasons); // Z 五(五)1: fewer than 6
}

/** R-ELIG-05 (H 二(四)(4), 报名审核 一.5): contest results of the matching occupation grant the recorded level. */
function contestRule(f: EligibilityFacts, c: EligibilityContext): Grant {
  const matching = (f.contestResults ?? []).filter(
    (r) => sameOccupation(r.occupation, c.occupation) && levelNames[r.grantedLevel as Level],
  );
  const best = [...matching].sort((a, b) => a.grantedLevel - b.grantedLevel)[0];
  if (f.kind === 'social') return refuse('R-ELIG-05', '竞赛取证：校内竞赛取证只面向本校师生'); // H 二(四)(4): 向……师生颁发
  if (best)
    return grant(
      'R-ELIG-05',
      best.grantedLevel as Level,
      `竞赛取证：${best.contest}${best.rank ? ` ${best.rank}` : ''}，按竞赛办法可认定${lv(best.grantedLevel)}`,
    ); // R-ELIG-05: the recorded level
  return refuse('R-ELIG-05', `竞赛取证：没有职业 ${occ(c.occupation)} 的竞赛成绩记录`); // R-ELIG-05: no result
}

/** R-ELIG-06 (H 报名审核 二, Q&A 1): staff by professional title of the corresponding series. */
function staffRule(f: EligibilityFacts, c: EligibilityContext): Grant {
  const titles = (f.titles ?? []).filter((x) => x.related !== false);
  const unrelated = (f.titles ?? []).filter((x) => x.related === false);
  const held = (x: TitleFact) => heldYears(x.obtainedOn, c.batchDate, 3);
  const desc = (x: TitleFact) =>
    `${x.series ?? ''}${titleGradeNames[x.grade]}职称（${x.obtainedOn} 取得，至 ${c.batchDate} ${held(x) ? '已满' : '未满'} 3 年）`;
  const senior = titles.find((x) => x.grade === 'senior');
  const mid3 = titles.find((x) => x.grade === 'intermediate' && held(x));
  const mid = titles.find((x) => x.grade === 'intermediate');
  const junior3 = titles.find((x) => x.grade === 'junior' && held(x));
  const junior = titles.find((x) => x.grade === 'junior');
  if (senior) return grant('R-ELIG-06', 1, `教职工：${desc(senior)}，高级职称可申报${lv(1)}`); // R-ELIG-06: 高级 ⇒ 1
  if (mid3) return grant('R-ELIG-06', 1, `教职工：${desc(mid3)}，中级职称满 3 年可申报${lv(1)}`); // R-ELIG-06: 中级 ≥ 3 years ⇒ 1
  if (mid) return grant('R-ELIG-06', 2, `教职工：${desc(mid)}，中级职称可申报${lv(2)}（满 3 年才可申报${lv(1)}）`); // R-ELIG-06: 中级 ⇒ 2
  if (junior3) return grant('R-ELIG-06', 2, `教职工：${desc(junior3)}，初级职称满 3 年可申报${lv(2)}`); // R-ELIG-06: 初级 ≥ 3 years ⇒ 2
  if (junior) return refuse('R-ELIG-06', `教职工：${desc(junior)}，初级职称须满 3 年才可申报${lv(2)}`); // R-ELIG-06: 初级 < 3 years
  if (unrelated.length)
    return refuse(
      'R-ELIG-06',
      `教职工：所持职称（${unrelated.map((x) => x.series ?? titleGradeNames[x.grade]).join('、')}）与申报职业不属相应系列（专业）`,
    ); // H 报名审核 二: 相应系列
  return manual('R-ELIG-06', '教职工：没有专业技术职称记录，须按国家职业技能标准的申报条件人工审核'); // R-ELIG-06: no title
}

/** The method's rule for this candidate (which rule applies to whom). */
function methodRule(f: EligibilityFacts, c: EligibilityContext): Grant {
  const m = eligibilityMethodNames[c.method];
  if (c.method === 'contest') return contestRule(f, c); // R-ELIG-05: students and staff
  if (f.kind === 'staff' && c.method === 'exam') return staffRule(f, c); // R-ELIG-06
  if (f.kind === 'staff') return refuse('R-ELIG-06', `${m}只适用于在校学生，教职工按职称申报（考试考核）`); // H 二(四): direct/process are for students
  if (f.kind === 'social')
    return manual('R-ELIG-00', `社会人员：院校认定文件未规定社会人员的${m}申报条件，须按国家职业技能标准人工审核`); // H 二(一): 认定对象 are students and staff
  if (c.method === 'exam') return examRule(f); // R-ELIG-01
  if (c.method === 'direct') return directRule(f, c); // R-ELIG-02
  return c.zhoukou ? zhoukouRule(f, c) : processRule(f, c); // R-ELIG-03
}

const list = (ls: number[]) =>
  ls.length
    ? [...ls]
        .sort((a, b) => a - b)
        .map((l) => lv(l))
        .join('、')
    : '无';

/**
 * R-ELIG-00: the method's rule names the highest level in its sentence ("…可申报三级"); that sentence belongs to that
 * level alone. Every other level gets its own sentence, from the same facts: a lower level "最高可申报三级，四级低于该
 * 等级，也可申报", a higher one "…，不可申报二级". Before this, the 四级 line repeated the 三级 sentence (issue 9).
 */
function levelRuleReasons(rule: Grant, level: Level): EligibilityReason[] {
  const highest = rule.highest;
  if (highest === null || level === highest || !rule.reasons.length) return rule.reasons;
  const granting = rule.reasons[rule.reasons.length - 1];
  const verb = granting.text.includes('认定') ? '认定' : '申报';
  const facts = granting.text.slice(0, Math.max(granting.text.lastIndexOf('，'), granting.text.indexOf('：')) + 1);
  const text =
    level > highest
      ? `${facts}最高可${verb}${lv(highest)}，${lv(level)}低于该等级，也可${verb}`
      : `${granting.text}，不可${verb}${lv(level)}`;
  return [...rule.reasons.slice(0, -1), { rule: granting.rule, ok: level > highest, text }];
}

/** R-ELIG-07: banned on the batch date (the ban lasts until the graduation date). */
export function isBanned(ban: BanFact | null | undefined, day: string): boolean {
  return !!ban && day < ban.until;
}

/** R-ELIG-00: for each level 1..5, eligible or not with its reasons, and the highest eligible level. */
export function checkEligibility(f: EligibilityFacts, c: EligibilityContext): EligibilityResult {
  const banned = isBanned(f.ban, c.batchDate);
  const banReason: EligibilityReason = banned
    ? {
        rule: 'R-ELIG-07',
        ok: false,
        text: `因四级违纪${f.ban?.reason ? `（${f.ban.reason}）` : ''}，${f.ban?.until} 毕业前不得报名`,
      }
    : { rule: 'R-ELIG-07', ok: true, text: f.ban ? `违纪限制已于 ${f.ban.until} 结束` : '无违纪禁考记录' };
  const rule = methodRule(f, c);
  const levels = LEVELS.map((level): LevelDecision => {
    const inScope = c.scopeLevels.includes(level);
    const inStandard = c.standardLevels.includes(level);
    const inBatch = !c.batchLevels || c.batchLevels.includes(level);
    const reachable = rule.highest !== null && level >= rule.highest;
    const reasons: EligibilityReason[] = [
      banReason, // R-ELIG-07
      {
        rule: 'R-REG-03',
        ok: inScope && inStandard,
        text: `${lv(level)}：认定范围内的等级为 ${list(c.scopeLevels)}，职业标准设有 ${list(c.standardLevels)}，${inScope && inStandard ? '在其内' : inScope ? '标准未设该等级' : '不在认定范围内'}`,
      }, // R-REG-03
      {
        rule: 'R-ELIG-00',
        ok: inBatch,
        text: c.batchLevels
          ? `本批次开放 ${list(c.batchLevels)}，${inBatch ? '含' : '不含'}${lv(level)}`
          : '本批次不限等级',
      }, // R-ELIG-00: the batch may restrict
      ...levelRuleReasons(rule, level), // R-ELIG-00: each level's reason is its own
      rule.highest === null
        ? { rule: 'R-ELIG-00', ok: false, text: `${eligibilityMethodNames[c.method]}：没有可申报的等级` }
        : {
            rule: 'R-ELIG-00',
            ok: reachable,
            text: reachable
              ? `${lv(level)}不高于可申报的最高等级${lv(rule.highest)}`
              : `${lv(level)}高于可申报的最高等级${lv(rule.highest)}`,
          }, // R-ELIG-00: lower levels allowed
    ];
    const open = !banned && inScope && inStandard && inBatch;
    return { level, name: lv(level), eligible: open && reachable, manual: open && !!rule.manual, reasons };
  });
  const highest = levels.find((l) => l.eligible)?.level ?? null;
  return { levels, highest, reasons: [banReason, ...rule.reasons] };
}
