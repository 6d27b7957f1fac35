import { describe, expect, it } from 'vitest';
import { assessmentSheetItems } from './assessment.data.js';
import { loadCatalogueSeed } from './catalogue.data.js';
import {
  checkCreditCode,
  checkFilingCode,
  checkScopeRow,
  creditCodeCheckChar,
  filingStatus,
  filingValidUntil,
  parseLevels,
  scoreAssessment,
  type CatalogueOccupation,
} from './centre.rules.js';

describe('R-ORG-01 centre profile rules', () => {
  it('R-ORG-01: the filing code is Y/S + 12 digits with a province code at positions 6–7', () => {
    expect(checkFilingCode('Y000041019001')).toBeNull(); // the handbook's Henan example
    expect(checkFilingCode('S000011019001')).toBeNull();
    expect(checkFilingCode('Y00004101900')).toMatch(/13 位/);
    expect(checkFilingCode('X000041019001')).toMatch(/第 1 位/);
    expect(checkFilingCode('Y0000410190A1')).toMatch(/数字/);
    expect(checkFilingCode('Y000099019001')).toMatch(/“99”不是有效的省级行政区代码/);
  });

  it('R-ORG-01: 统一社会信用代码 check character by GB 32100 (real codes pass, a wrong check character fails)', () => {
    for (const real of [
      '91330100716105852F',
      '9144030071526726XG',
      '914403001922038216',
      '91110000710926094P',
      '91310000MA1FL1MMXL',
    ])
      expect(checkCreditCode(real), real).toBeNull();
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(checkCreditCode('9144030071526726XH')).toBe('校验位不正确（第 18 位应为 G）');
    expect(checkCreditCode('91440300715267')).toMatch(/18 位/);
    expect(checkCreditCode('9144030071526726XI')).toMatch(/不含 I、O、Z、S、V/);
  });

  it('R-ORG-01: the filing is valid 3 years from its date, to the day before', () => {
    expect(filingValidUntil('2022-01-10')).toBe('2025-01-09');
    expect(filingValidUntil('2024-03-15')).toBe('2027-03-14');
    expect(filingValidUntil('2024-02-29')).toBe('2027-02-28');
  });

  it('R-ORG-01: valid, expiring within 90 days (a setting), expired after the last valid day', () => {
    const c = { filingCode: 'Y000041019001', filingDate: '2024-03-15' };
    expect(filingStatus(c, '2026-12-13')).toMatchObject({ status: 'valid', daysLeft: 91 });
    expect(filingStatus(c, '2026-12-14')).toMatchObject({ status: 'expiring', daysLeft: 90 });
    expect(filingStatus(c, '2027-03-14')).toMatchObject({ status: 'expiring', daysLeft: 0 });
    expect(filingStatus(c, '2027-03-15')).toMatchObject({ status: 'expired', validUntil: '2027-03-14' });
    expect(filingStatus(c, '2026-12-13', 120).status).toBe('expiring');
    expect(filingStatus({ filingCode: null, filingDate: null }, '2026-01-01').status).toBe('none');
  });
});

describe('R-ORG-02 catalogue and scope rules', () => {
  it('R-ORG-02: levels as the authority writes them (5、4、3; 5.4.3; 3、4) and refused ones', () => {
    expect(parseLevels('5、4、3')).toEqual([5, 4, 3]);
    expect(parseLevels('5.4.3.2.1')).toEqual([5, 4, 3, 2, 1]);
    expect(parseLevels('3、4')).toEqual([4, 3]);
    expect(parseLevels('4-1')).toEqual([4, 3, 2, 1]);
    expect(parseLevels('6')).toBe('“6”不是 1–5 的等级');
    expect(parseLevels('')).toBe('请填写等级');
  });

  const lathe: CatalogueOccupation = {
    edition: '2022',
    code: '6-18-01-01',
    name: '车工',
    levels: [5, 4, 3, 2, 1],
    jobs: [
      { name: '数控车床', levels: [4, 3, 2, 1] },
      { name: '普通车床', levels: null },
    ],
  };
  it('R-ORG-02: where the occupation has jobs, the row names one of them (H §三(三))', () => {
    expect(checkScopeRow(lathe, { jobName: null, levels: [5] })[0].message).toMatch(/须填写工种（数控车床、普通车床）/);
    expect(checkScopeRow(lathe, { jobName: '铣工', levels: [4] })[0].message).toMatch(/不是职业“车工”/);
    expect(checkScopeRow(lathe, { jobName: '普通 车床', levels: [4, 3] })).toEqual([]);
  });

  it("R-ORG-02: levels must be within the standard's levels where known (the job's first)", () => {
    expect(checkScopeRow(lathe, { jobName: '数控车床', levels: [5, 4] })[0].message).toBe(
      '等级 5 超出国家职业技能标准规定的等级（4、3、2、1）',
    );
    const nursery: CatalogueOccupation = {
      edition: '2015',
      code: '4-10-01-03',
      name: '保育员',
      levels: [5, 4, 3],
      jobs: [],
    };
    expect(checkScopeRow(nursery, { jobName: null, levels: [3, 2] })[0].field).toBe('levels');
    const unknown: CatalogueOccupation = {
      edition: '2022',
      code: '4-04-05-01',
      name: '计算机程序设计员',
      levels: null,
      jobs: [],
    };
    expect(checkScopeRow(unknown, { jobName: null, levels: [1, 2, 3] })).toEqual([]);
  });

  it('R-ORG-02: the seed data: 1,676 occupations of 2022, the 2015 subset with its levels, source errors flagged not fixed', () => {
    const seed = loadCatalogueSeed();
    expect(seed.filter((o) => o.edition === '2022')).toHaveLength(1676);
    expect(seed.filter((o) => o.edition === '2015').length).toBe(1024); // 1,023 + 互联网营销师 (4-01-02-07, Zhoukou)
    for (const o of seed) expect(o.code).toMatch(/^\d-\d{2}-\d{2}-\d{2}$/);
    const find = (e: string, c: string) => seed.find((o) => o.edition === e && o.code === c)!;
    expect(find('2015', '4-10-01-03').name).toBe('保育员');
    expect(find('2022', '4-10-01-03').name).toBe('保育师');
    expect(find('2015', '4-01-02-02').name).toBe('电子商务师');
    expect(find('2022', '4-01-06-01').name).toBe('电子商务师');
    expect(seed.find((o) => o.edition === '2022' && o.code === '4-01-02-02')).toBeUndefined();
    expect(find('2015', '4-03-02-02')).toMatchObject({
      name: '中式烹调师',
      sourceNote: expect.stringMatching(/中式面点师/),
    });
    expect(find('2015', '6-31-05-00').jobs[0]).toMatchObject({
      name: '采油工',
      sourceNote: expect.stringMatching(/源数据疑误/),
    });
    expect(find('2015', '4-07-05-04').levels).toEqual([5, 4, 3, 2, 1]); // per-direction levels: the union, with a note
    expect(find('2015', '4-07-05-04').levelsNote).toMatch(/监控操作方向/);
    expect(find('2022', '6-31-01-03').levels).toEqual([5, 4, 3, 2, 1]); // same code and name: the standard's levels carry over
    expect(find('2022', '4-10-01-03').levels).toBeNull(); // renamed (保育员 → 保育师): not assumed
  });
});

describe('R-ORG-06 self-assessment score sheet', () => {
  const items = assessmentSheetItems;
  const pointsItems = items.filter((i) => i.kind === 'points');
  const allYes = items.filter((i) => i.kind === 'veto').map((i) => ({ itemId: i.id, ok: true }));
  /** Scores that reach `target` points by filling items in order. */
  const scoresFor = (target: number) => {
    let left = target;
    return pointsItems.map((i) => {
      const p = Math.min(i.maxPoints, left);
      left -= p;
      return { itemId: i.id, points: p };
    });
  };

  it('R-ORG-06: the transcribed sheet has points items summing to 100, veto items without points, 3 bonus items', () => {
    expect(pointsItems.reduce((a, i) => a + i.maxPoints, 0)).toBe(100);
    const veto = items.filter((i) => i.kind === 'veto');
    expect(veto.map((i) => i.id)).toEqual(['Q1', 'Q2', 'A12', 'A16', 'A21', 'E1', 'E2', 'E3']);
    expect(veto.every((i) => i.maxPoints === 0)).toBe(true);
    expect(items.filter((i) => i.kind === 'bonus').map((i) => i.maxPoints)).toEqual([2, 2, 2]);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('R-ORG-06: 64 points fail, 65 pass', () => {
    const r64 = scoreAssessment(items, [...allYes, ...scoresFor(64)]);
    expect(r64).toMatchObject({ total: 64, passed: false, maxTotal: 100 });
    const r65 = scoreAssessment(items, [...allYes, ...scoresFor(65)]);
    expect(r65).toMatchObject({ total: 65, passed: true });
    expect(scoreAssessment(items, [...allYes, ...scoresFor(64)], 60).passed).toBe(true); // the pass mark is a setting
  });

  it('R-ORG-06: a veto item answered "no" fails at 98 points; an unanswered veto item does not pass either', () => {
    const noArchive = allYes.map((s) => (s.itemId === 'A12' ? { ...s, ok: false } : s));
    const r = scoreAssessment(items, [...noArchive, ...scoresFor(98)]);
    expect(r).toMatchObject({ total: 98, passed: false });
    expect(r.vetoFailures).toEqual([expect.stringMatching(/档案管理场所设施/)]);
    const open = scoreAssessment(items, scoresFor(98));
    expect(open.passed).toBe(false);
    expect(open.unanswered).toHaveLength(8);
  });

  it('R-ORG-06: bonus points add to the total; points above an item maximum count only up to it', () => {
    const r = scoreAssessment(items, [...allYes, ...scoresFor(63), { itemId: 'F1', points: 2 }]);
    expect(r).toMatchObject({ total: 65, bonus: 2, passed: true });
    expect(scoreAssessment(items, [...allYes, { itemId: 'A1', points: 50 }]).points).toBe(6);
  });
});
