import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  coursePartStatus,
  heldYears,
  LEVELS,
  levelNames,
  studyYear,
  type CourseResult,
  type EligibilityContext,
  type EligibilityFacts,
  type RequiredCourse,
} from './eligibility.js';

const ELECTRICIAN = { edition: '2022', code: '6-31-01-03', name: '电工' };
const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
  occupation: ELECTRICIAN,
  method: 'exam',
  batchDate: '2026-06-01',
  scopeLevels: [1, 2, 3, 4, 5],
  standardLevels: [1, 2, 3, 4, 5],
  ...over,
});
const student = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  kind: 'student',
  educationLevel: 'higher_vocational',
  graduating: true,
  ...over,
});
const staff = (over: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  kind: 'staff',
  graduating: false,
  ...over,
});
const eligible = (f: EligibilityFacts, c: EligibilityContext) =>
  checkEligibility(f, c)
    .levels.filter((l) => l.eligible)
    .map((l) => l.level);
const texts = (f: EligibilityFacts, c: EligibilityContext, level: number) =>
  checkEligibility(f, c)
    .levels.find((l) => l.level === level)!
    .reasons.map((r) => `${r.rule} ${r.ok ? '✓' : '✗'} ${r.text}`)
    .join('\n');

/** `n` required courses; results passing both parts for the first `passed`. */
const courses = (n: number, related = true): RequiredCourse[] =>
  Array.from({ length: n }, (_, i) => ({ courseCode: `C${i + 1}`, courseName: `课程${i + 1}`, related }));
const passBoth = (codes: string[], score = 75): CourseResult[] =>
  codes.flatMap((courseCode) =>
    (['theory', 'practical'] as const).map((part) => ({ courseCode, part, attempt: 'first' as const, score })),
  );

describe("R-ELIG-00: each level's reason is its own (issue 9)", () => {
  /** The method rule's sentence on one level's line (the reason of the method's rule id). */
  const ruleLine = (f: EligibilityFacts, c: EligibilityContext, level: number, rule: string) =>
    checkEligibility(f, c)
      .levels.find((l) => l.level === level)!
      .reasons.filter((r) => r.rule === rule)
      .at(-1)!;
  it("R-ELIG-01: each level's reason is its own: 三级 grants, 四级 and 五级 say they are lower, 二级 is refused", () => {
    const f = student(); // 高职, graduating year: the rule grants 三级
    expect(ruleLine(f, ctx(), 3, 'R-ELIG-01')).toMatchObject({
      ok: true,
      text: expect.stringMatching(/本科、高职毕业学年在校生可申报三级\/高级工$/),
    });
    const four = ruleLine(f, ctx(), 4, 'R-ELIG-01');
    expect(four.ok).toBe(true);
    expect(four.text).toMatch(/最高可申报三级\/高级工，四级\/中级工低于该等级，也可申报$/);
    expect(four.text).not.toMatch(/在校生可申报三级/);
    expect(ruleLine(f, ctx(), 5, 'R-ELIG-01').text).toMatch(/五级\/初级工低于该等级，也可申报$/);
    expect(ruleLine(f, ctx(), 2, 'R-ELIG-01')).toMatchObject({
      ok: false,
      text: expect.stringMatching(/不可申报二级\/技师$/),
    });
  });
  it("R-ELIG-03: each level's reason is its own under the Zhoukou course count too", () => {
    const req = courses(10);
    const f = student({ courseResults: passBoth(req.slice(0, 8).map((c) => c.courseCode)) });
    const c = ctx({ method: 'process', zhoukou: true, requiredCourses: req });
    const texts3 = ruleLine(f, c, 3, 'R-ELIG-03').text;
    const texts4 = ruleLine(f, c, 4, 'R-ELIG-03').text;
    expect(texts3).toMatch(/可认定三级\/高级工$/);
    expect(texts4).toMatch(/最高可认定三级\/高级工，四级\/中级工低于该等级，也可认定$/);
    expect(texts4).not.toBe(texts3);
  });
  it("R-ELIG-00: the reasons common to the result keep the rule's own sentence", () => {
    const r = checkEligibility(student(), ctx());
    expect(r.reasons.at(-1)!.text).toMatch(/本科、高职毕业学年在校生可申报三级/);
  });
});

describe('R-ELIG-01: students, exam method', () => {
  const secondary = (over: Partial<EligibilityFacts> = {}) =>
    student({ educationLevel: 'secondary_vocational', ...over });
  it('R-ELIG-01: a 中职 graduating student may take level 5, not level 4', () => {
    expect(eligible(secondary(), ctx())).toEqual([5]);
    expect(texts(secondary(), ctx(), 4)).toMatch(/R-ELIG-00 ✗ 四级\/中级工高于可申报的最高等级五级\/初级工/);
    expect(texts(secondary(), ctx(), 5)).toMatch(
      /R-ELIG-01 ✓ 考试考核：中职，毕业学年，中职毕业学年在校生可申报五级\/初级工/,
    );
  });
  it('R-ELIG-01: a 中职 graduate flagged excellent may take level 3 (and the lower levels)', () => {
    expect(eligible(secondary({ excellent: true }), ctx())).toEqual([3, 4, 5]);
    expect(eligible(secondary({ excellent: true, graduating: false, graduated: true }), ctx())).toEqual([3, 4, 5]);
    expect(texts(secondary({ excellent: true }), ctx(), 3)).toMatch(/优秀中职毕业生/);
  });
  it('R-ELIG-01: 本科 and 高职 graduating students may take level 3, not level 2', () => {
    expect(eligible(student({ educationLevel: 'undergraduate' }), ctx())).toEqual([3, 4, 5]);
    expect(eligible(student({ educationLevel: 'higher_vocational' }), ctx())).toEqual([3, 4, 5]);
  });
  it('R-ELIG-01: a student not in the graduating year is refused', () => {
    expect(eligible(student({ graduating: false }), ctx())).toEqual([]);
    expect(texts(student({ graduating: false }), ctx(), 3)).toMatch(
      /R-ELIG-01 ✗ .*非毕业学年，只有毕业学年的在校生可以申报/,
    );
  });
  it('R-ELIG-01: an exam method level for 技工院校 students is named nowhere: refused with the reason', () => {
    expect(eligible(student({ educationLevel: 'technician_school', classType: 'advanced' }), ctx())).toEqual([]);
    expect(texts(student({ educationLevel: 'technician_school', classType: 'advanced' }), ctx(), 3)).toMatch(
      /未规定该培养层次/,
    );
  });
});

describe('R-ELIG-02: students, direct method (1+X)', () => {
  const x = (level: 'elementary' | 'intermediate' | 'advanced', occupation = ELECTRICIAN) => ({
    name: '智能电气设备安装',
    occupation,
    level,
    issuedOn: '2025-06-30',
  });
  it('R-ELIG-02: 1+X advanced or intermediate gives level 3', () => {
    expect(eligible(student({ xCertificates: [x('advanced')] }), ctx({ method: 'direct' }))).toEqual([3, 4, 5]);
    expect(eligible(student({ xCertificates: [x('intermediate')] }), ctx({ method: 'direct' }))).toEqual([3, 4, 5]);
  });
  it('R-ELIG-02: 1+X elementary gives level 4, not 3', () => {
    const f = student({ xCertificates: [x('elementary')] });
    expect(eligible(f, ctx({ method: 'direct' }))).toEqual([4, 5]);
    expect(texts(f, ctx({ method: 'direct' }), 3)).toMatch(
      /R-ELIG-02 ✗ 直接认定：持有 1\+X 证书“智能电气设备安装”（初级，2025-06-30 取得，对应职业 6-31-01-03 电工（2022 版）），1\+X 初级证书认定四级\/中级工，不可认定三级\/高级工/,
    );
  });
  it('R-ELIG-02: a 1+X certificate of another occupation is refused', () => {
    const f = student({
      xCertificates: [x('advanced', { edition: '2022', code: '4-04-05-01', name: '计算机程序设计员' })],
    });
    expect(eligible(f, ctx({ method: 'direct' }))).toEqual([]);
    expect(texts(f, ctx({ method: 'direct' }), 3)).toMatch(/R-ELIG-02 ✗ .*4-04-05-01 计算机程序设计员.*不对应/);
  });
});

describe('R-ELIG-03 / R-ELIG-04: process method and course results', () => {
  const six = courses(6);
  const proc = (over: Partial<EligibilityContext> = {}) => ctx({ method: 'process', requiredCourses: six, ...over });
  it('R-ELIG-03: all required courses passed in both parts: 本科/专科 level 3, 中职 level 4', () => {
    const results = passBoth(six.map((c) => c.courseCode));
    expect(eligible(student({ courseResults: results }), proc())).toEqual([3, 4, 5]);
    expect(eligible(student({ educationLevel: 'undergraduate', courseResults: results }), proc())).toEqual([3, 4, 5]);
    expect(eligible(student({ educationLevel: 'secondary_vocational', courseResults: results }), proc())).toEqual([
      4, 5,
    ]);
  });
  it('R-ELIG-03: 技工院校 高级工班/预备技师班 level 3, 中级工班 level 4', () => {
    const results = passBoth(six.map((c) => c.courseCode));
    const tech = (classType: 'intermediate' | 'advanced' | 'preparatory_technician') =>
      student({ educationLevel: 'technician_school', classType, courseResults: results });
    expect(eligible(tech('advanced'), proc())).toEqual([3, 4, 5]);
    expect(eligible(tech('preparatory_technician'), proc())).toEqual([3, 4, 5]);
    expect(eligible(tech('intermediate'), proc())).toEqual([4, 5]);
  });
  it('R-ELIG-03: one required course missing its practical part: refused, naming the course', () => {
    const results = passBoth(six.map((c) => c.courseCode)).filter(
      (r) => !(r.courseCode === 'C6' && r.part === 'practical'),
    );
    expect(eligible(student({ courseResults: results }), proc())).toEqual([]);
    expect(texts(student({ courseResults: results }), proc(), 3)).toMatch(
      /R-ELIG-04 ✗ 课程 C6 课程6：理论首考 75 分合格，实操无成绩[\s\S]*尚有 课程6 未合格/,
    );
  });
  it('R-ELIG-03: a non-graduating student is refused under the standard rule', () => {
    const f = student({ graduating: false, courseResults: passBoth(six.map((c) => c.courseCode)) });
    expect(eligible(f, proc())).toEqual([]);
    expect(texts(f, proc(), 4)).toMatch(/只有毕业生或毕业学年学生/);
  });
  it('R-ELIG-04: a course failed and failed again at the retake disqualifies', () => {
    const results: CourseResult[] = [
      ...passBoth(['C1', 'C2', 'C3', 'C4', 'C5']),
      { courseCode: 'C6', part: 'theory', attempt: 'first', score: 80 },
      { courseCode: 'C6', part: 'practical', attempt: 'first', score: 45 },
      { courseCode: 'C6', part: 'practical', attempt: 'retake', score: 59.5 },
    ];
    expect(eligible(student({ courseResults: results }), proc())).toEqual([]);
    expect(texts(student({ courseResults: results }), proc(), 3)).toMatch(
      /实操首考 45 分，补考 59.5 分仍不及格[\s\S]*R-ELIG-03 ✗ 过程化考核：课程6 补考仍不及格，取消认定资格/,
    );
    // Zhoukou variant too: disqualified however many other courses passed.
    const many = [...passBoth(['C7', 'C8', 'C9', 'C10']), ...results];
    expect(eligible(student({ courseResults: many }), proc({ zhoukou: true, requiredCourses: courses(10) }))).toEqual(
      [],
    );
  });
  it('R-ELIG-04: failed first then passed at the retake counts', () => {
    const results: CourseResult[] = [
      ...passBoth(['C1', 'C2', 'C3', 'C4', 'C5']),
      { courseCode: 'C6', part: 'theory', attempt: 'first', score: 52 },
      { courseCode: 'C6', part: 'theory', attempt: 'retake', score: 60 },
      { courseCode: 'C6', part: 'practical', attempt: 'first', score: 60 },
    ];
    expect(eligible(student({ courseResults: results }), proc())).toEqual([3, 4, 5]);
  });
  it('R-ELIG-04: a failed first attempt with no retake yet has not passed (but does not disqualify)', () => {
    const r: CourseResult[] = [{ courseCode: 'C1', part: 'theory', attempt: 'first', score: 59 }];
    expect(coursePartStatus(r, 'C1', 'theory').status).toBe('awaiting_retake');
    expect(coursePartStatus(r, 'C1', 'practical').status).toBe('missing');
    expect(
      coursePartStatus([{ courseCode: 'C1', part: 'theory', attempt: 'first', score: 60 }], 'C1', 'theory').status,
    ).toBe('passed');
  });
  it('R-ELIG-03: an occupation without required courses cannot be judged', () => {
    expect(texts(student(), proc({ requiredCourses: [] }), 3)).toMatch(/未设置应修课程/);
  });
});

describe('R-ELIG-03: Zhoukou course-count variant (Z 五(五))', () => {
  const ten = courses(10);
  const zk = ctx({
    method: 'process',
    zhoukou: true,
    requiredCourses: [...ten, ...courses(2, false).map((c) => ({ ...c, courseCode: `U${c.courseCode}` }))],
    scopeLevels: [3, 4],
    standardLevels: [1, 2, 3, 4, 5],
  });
  const passed = (n: number) => passBoth(ten.slice(0, n).map((c) => c.courseCode));
  it('R-ELIG-03: a graduating student with 8 related courses passed gets level 3', () => {
    expect(eligible(student({ courseResults: passed(8) }), zk)).toEqual([3, 4]);
    expect(texts(student({ courseResults: passed(8) }), zk, 3)).toMatch(
      /职业相关课程理论和实操均合格 8 门（共 10 门相关课程），应届毕业生，8 门及以上/,
    );
  });
  it('R-ELIG-03: 7 related courses give level 4 only', () => {
    expect(eligible(student({ courseResults: passed(7) }), zk)).toEqual([4]);
  });
  it('R-ELIG-03: 5 related courses give nothing; unrelated courses do not count', () => {
    const withUnrelated = [...passed(5), ...passBoth(['UC1', 'UC2'])];
    expect(eligible(student({ courseResults: withUnrelated }), zk)).toEqual([]);
    expect(texts(student({ courseResults: withUnrelated }), zk, 4)).toMatch(/合格 5 门.*不足 6 门/);
  });
  it('R-ELIG-03: second-year students get level 4 only, even with 10 courses (flag or enrolment year)', () => {
    expect(eligible(student({ graduating: false, secondYear: true, courseResults: passed(10) }), zk)).toEqual([4]);
    // Z 一: 2022级 are the second year in the 2023 autumn term.
    const f = student({ graduating: false, enrolmentYear: 2022, courseResults: passed(10) });
    expect(eligible(f, { ...zk, batchDate: '2023-11-21' })).toEqual([4]);
    expect(texts(f, { ...zk, batchDate: '2023-11-21' }, 3)).toMatch(/二年级学生（2022 级）只可认定四级/);
  });
  it('R-ELIG-03: first-year students are not in the Zhoukou target group', () => {
    const f = student({ graduating: false, enrolmentYear: 2023, courseResults: passed(10) });
    expect(eligible(f, { ...zk, batchDate: '2023-11-21' })).toEqual([]);
    expect(texts(f, { ...zk, batchDate: '2023-11-21' }, 4)).toMatch(/只有二年级学生和应届毕业生/);
  });
  it('R-ELIG-03: study year from enrolment year and date (the school year starts in September)', () => {
    expect(studyYear(2022, '2023-11-21')).toBe(2);
    expect(studyYear(2022, '2024-06-30')).toBe(2);
    expect(studyYear(2022, '2024-09-01')).toBe(3);
  });
});

describe('R-ELIG-05: contest method', () => {
  it('R-ELIG-05: the level granted by the recorded contest result', () => {
    const f = student({
      graduating: false,
      contestResults: [{ contest: '校级电工技能竞赛', rank: '一等奖', occupation: ELECTRICIAN, grantedLevel: 3 }],
    });
    expect(eligible(f, ctx({ method: 'contest' }))).toEqual([3, 4, 5]);
    expect(texts(f, ctx({ method: 'contest' }), 3)).toMatch(
      /R-ELIG-05 ✓ 竞赛取证：校级电工技能竞赛 一等奖，按竞赛办法可认定三级/,
    );
  });
  it('R-ELIG-05: a contest of another occupation, or none, gives nothing', () => {
    const f = student({
      contestResults: [{ contest: '程序设计赛', occupation: { edition: '2022', code: '4-04-05-01' }, grantedLevel: 3 }],
    });
    expect(eligible(f, ctx({ method: 'contest' }))).toEqual([]);
  });
  it('R-ELIG-05: staff may take part too (H 二(四)(4): 师生)', () => {
    const f = staff({ contestResults: [{ contest: '教师技能大赛', occupation: ELECTRICIAN, grantedLevel: 2 }] });
    expect(eligible(f, ctx({ method: 'contest' }))).toEqual([2, 3, 4, 5]);
  });
});

describe('R-ELIG-06: staff by professional title', () => {
  const title = (grade: 'junior' | 'intermediate' | 'senior', obtainedOn: string) => ({
    series: '高校教师',
    grade,
    obtainedOn,
  });
  it('R-ELIG-06: 初级 title held 2 years 11 months is not yet level 2; exactly 3 years is', () => {
    expect(eligible(staff({ titles: [title('junior', '2023-07-01')] }), ctx())).toEqual([]);
    expect(texts(staff({ titles: [title('junior', '2023-07-01')] }), ctx(), 2)).toMatch(
      /初级职称（2023-07-01 取得，至 2026-06-01 未满 3 年）/,
    );
    expect(eligible(staff({ titles: [title('junior', '2023-06-01')] }), ctx())).toEqual([2, 3, 4, 5]);
    expect(heldYears('2023-06-02', '2026-06-01', 3)).toBe(false);
    expect(heldYears('2024-02-29', '2027-02-28', 3)).toBe(false);
    expect(heldYears('2024-02-29', '2027-03-01', 3)).toBe(true);
  });
  it('R-ELIG-06: 中级 title for 1 year gives level 2, not 1; held 3 years gives level 1', () => {
    expect(eligible(staff({ titles: [title('intermediate', '2025-06-01')] }), ctx())).toEqual([2, 3, 4, 5]);
    expect(texts(staff({ titles: [title('intermediate', '2025-06-01')] }), ctx(), 1)).toMatch(
      /R-ELIG-00 ✗ 一级\/高级技师高于可申报的最高等级二级\/技师/,
    );
    expect(eligible(staff({ titles: [title('intermediate', '2023-06-01')] }), ctx())).toEqual([1, 2, 3, 4, 5]);
  });
  it('R-ELIG-06: a 高级 title gives level 1, but only where the standard has level 1', () => {
    expect(eligible(staff({ titles: [title('senior', '2025-01-01')] }), ctx())).toEqual([1, 2, 3, 4, 5]);
    const noTop = ctx({ standardLevels: [2, 3, 4, 5] });
    expect(eligible(staff({ titles: [title('senior', '2025-01-01')] }), noTop)).toEqual([2, 3, 4, 5]);
    expect(texts(staff({ titles: [title('senior', '2025-01-01')] }), noTop, 1)).toMatch(/R-REG-03 ✗ .*标准未设该等级/);
  });
  it('R-ELIG-06: a title of an unrelated series, or none, gives nothing; staff cannot use student methods', () => {
    expect(eligible(staff({ titles: [{ ...title('senior', '2020-01-01'), related: false }] }), ctx())).toEqual([]);
    expect(texts(staff(), ctx(), 2)).toMatch(/没有专业技术职称记录/);
    expect(
      eligible(
        staff({ titles: [title('senior', '2020-01-01')] }),
        ctx({ method: 'process', requiredCourses: courses(1) }),
      ),
    ).toEqual([]);
  });
});

describe('R-ELIG-07, R-REG-03, R-ELIG-00', () => {
  it('R-ELIG-07: a banned candidate is refused with the R-ELIG-07 reason; the ban ends on the graduation date', () => {
    const f = student({ ban: { until: '2026-07-01', reason: '替考' } });
    expect(eligible(f, ctx())).toEqual([]);
    const r = checkEligibility(f, ctx()).levels[2].reasons[0];
    expect(r).toEqual({ rule: 'R-ELIG-07', ok: false, text: '因四级违纪（替考），2026-07-01 毕业前不得报名' });
    expect(eligible(f, ctx({ batchDate: '2026-07-01' }))).toEqual([3, 4, 5]);
  });
  it('R-REG-03: a level outside the scope is refused', () => {
    const c = ctx({ scopeLevels: [4, 5] });
    expect(eligible(student(), c)).toEqual([4, 5]);
    expect(texts(student(), c, 3)).toMatch(
      /R-REG-03 ✗ 三级\/高级工：认定范围内的等级为 四级\/中级工、五级\/初级工.*不在认定范围内/,
    );
  });
  it('R-ELIG-00: a batch restricting levels', () => {
    const c = ctx({ batchLevels: [4] });
    expect(eligible(student(), c)).toEqual([4]);
    expect(texts(student(), c, 3)).toMatch(/R-ELIG-00 ✗ 本批次开放 四级\/中级工，不含三级\/高级工/);
    expect(checkEligibility(student(), c).highest).toBe(4);
  });
  it('R-ELIG-00: social candidates have no rule in the documents and are left to a reviewer', () => {
    expect(eligible({ kind: 'social', graduating: false }, ctx())).toEqual([]);
    expect(texts({ kind: 'social', graduating: false }, ctx(), 5)).toMatch(/社会人员/);
    // Open to manual review where scope, standard and batch allow the level; never past a ban.
    const r = checkEligibility({ kind: 'social', graduating: false }, ctx({ batchLevels: [4] }));
    expect(r.levels.filter((l) => l.manual).map((l) => l.level)).toEqual([4]);
    const banned = checkEligibility({ kind: 'social', graduating: false, ban: { until: '2099-07-01' } }, ctx());
    expect(banned.levels.some((l) => l.manual)).toBe(false);
  });
  it('R-ELIG-06: staff without a title go to manual review; a junior title under 3 years is a plain refusal', () => {
    const none = checkEligibility({ kind: 'staff', graduating: false }, ctx());
    expect(none.levels.some((l) => l.eligible)).toBe(false);
    expect(none.levels.filter((l) => l.manual).length).toBeGreaterThan(0);
    const junior = checkEligibility(
      { kind: 'staff', graduating: false, titles: [{ grade: 'junior', obtainedOn: '2025-01-01' }] },
      ctx(),
    );
    expect(junior.levels.some((l) => l.manual)).toBe(false);
  });
  it('R-ELIG-00: every level carries reasons naming rule ids, and names are Chinese', () => {
    const r = checkEligibility(student(), ctx());
    expect(r.levels.map((l) => l.name)).toEqual([
      '一级/高级技师',
      '二级/技师',
      '三级/高级工',
      '四级/中级工',
      '五级/初级工',
    ]);
    expect(levelNames[3]).toBe('三级/高级工');
    for (const l of r.levels) {
      expect(l.reasons.map((x) => x.rule)).toEqual(
        expect.arrayContaining(['R-ELIG-07', 'R-REG-03', 'R-ELIG-00', 'R-ELIG-01']),
      );
      expect(l.eligible).toBe(l.reasons.every((x) => x.ok));
    }
    expect(r.highest).toBe(3);
  });
});

describe('R-ELIG-00 properties (fast-check)', () => {
  const levelSet = fc.subarray([...LEVELS]);
  const facts: fc.Arbitrary<EligibilityFacts> = fc.record({
    kind: fc.constantFrom('student', 'staff', 'social' as const),
    educationLevel: fc.constantFrom(
      'undergraduate',
      'higher_vocational',
      'secondary_vocational',
      'technician_school',
      null,
    ),
    classType: fc.constantFrom('intermediate', 'advanced', 'preparatory_technician', null),
    graduating: fc.boolean(),
    graduated: fc.boolean(),
    secondYear: fc.option(fc.boolean()),
    excellent: fc.boolean(),
    xCertificates: fc.array(
      fc.record({
        name: fc.constant('X'),
        occupation: fc.constantFrom(ELECTRICIAN, { edition: '2015', code: '6-31-01-03' }),
        level: fc.constantFrom('elementary', 'intermediate', 'advanced'),
        issuedOn: fc.constant('2025-01-01'),
      }),
      { maxLength: 2 },
    ),
    courseResults: fc.array(
      fc.record({
        courseCode: fc.constantFrom('C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'),
        part: fc.constantFrom('theory', 'practical'),
        attempt: fc.constantFrom('first', 'retake'),
        score: fc.integer({ min: 0, max: 100 }),
      }),
      { maxLength: 24 },
    ),
    contestResults: fc.array(
      fc.record({
        contest: fc.constant('赛'),
        occupation: fc.constant(ELECTRICIAN),
        grantedLevel: fc.integer({ min: 1, max: 5 }),
      }),
      { maxLength: 2 },
    ),
    titles: fc.array(
      fc.record({
        grade: fc.constantFrom('junior', 'intermediate', 'senior'),
        obtainedOn: fc.constantFrom('2020-01-01', '2023-06-01', '2023-06-02', '2026-01-01'),
      }),
      { maxLength: 2 },
    ),
    ban: fc.option(fc.record({ until: fc.constantFrom('2026-01-01', '2026-06-01', '2027-07-01') })),
  });
  const context: fc.Arbitrary<EligibilityContext> = fc.record({
    occupation: fc.constant(ELECTRICIAN),
    method: fc.constantFrom('exam', 'direct', 'process', 'contest'),
    batchDate: fc.constantFrom('2026-06-01', '2023-11-21'),
    scopeLevels: levelSet,
    standardLevels: levelSet,
    batchLevels: fc.option(levelSet),
    zhoukou: fc.boolean(),
    requiredCourses: fc.constant(courses(8)),
  });
  it('R-ELIG-00: the eligible set is downward closed within scope ∩ standard ∩ batch levels', () => {
    fc.assert(
      fc.property(facts, context, (f, c) => {
        const allowed = LEVELS.filter(
          (l) =>
            c.scopeLevels.includes(l) && c.standardLevels.includes(l) && (!c.batchLevels || c.batchLevels.includes(l)),
        );
        const ok = eligible(f, c);
        for (const l of ok) {
          expect(allowed).toContain(l);
          for (const lower of allowed.filter((x) => x > l)) expect(ok).toContain(lower);
        }
        expect(checkEligibility(f, c).highest).toBe(ok[0] ?? null);
      }),
      { numRuns: 500 },
    );
  });
  it('R-ELIG-07: a banned candidate is never eligible', () => {
    fc.assert(
      fc.property(facts, context, (f, c) => {
        expect(eligible({ ...f, ban: { until: '2030-07-01' } }, c)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
