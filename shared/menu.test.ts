import { describe, expect, it } from 'vitest';
import { menu, menuFor, menuGroups, menuPathOf, menuTreeFor, roles } from './access.js';

describe('the menu', () => {
  it('is grouped the way the work flows, in this order', () => {
    expect(menuGroups.map((g) => g.name)).toEqual([
      '机构与备案',
      '计划',
      '报名',
      '考务',
      '题库与试卷',
      '成绩与证书',
      '质量与档案',
      '人员',
      '系统',
    ]);
  });

  it('lists each page once', () => {
    const paths = menu.map((m) => m.path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('shows each role only the groups it has pages in, and a group of one page as that page', () => {
    for (const role of roles) {
      const tree = menuTreeFor(role);
      const flat = tree.flatMap((n) => ('children' in n ? n.children : [n]));
      expect(flat.map((m) => m.path)).toEqual(menuFor(role).map((m) => m.path));
      for (const n of tree) if ('children' in n) expect(n.children.length).toBeGreaterThan(1);
    }
    expect(menuTreeFor('candidate').map((n) => n.name)).toEqual(['工作台', '认定通知', '报名', '我的投诉']);
    // R-SCORE-01: examiners mark the skill sittings of their groups (评分).
    expect(menuTreeFor('examiner').map((n) => n.name)).toEqual([
      '工作台',
      '认定通知',
      '考试实施',
      '评分',
      '我的档案',
      '工作日历',
    ]);
    // R-EXAM-01…04: proctors (考务人员) see the rooms of their duties and their own record.
    expect(menuTreeFor('proctor').map((n) => n.name)).toEqual([
      '工作台',
      '认定通知',
      '考试实施',
      '我的档案',
      '工作日历',
    ]);
    const admin = menuTreeFor('admin').map((n) => n.name);
    expect(admin).toEqual(['工作台', '机构与备案', '计划', '报名', '考务', '成绩与证书', '质量与档案', '人员', '系统']);
    // R-BANK-02: the bank is seen by its administrator and the experts only, never by the centre's other roles.
    expect(menuTreeFor('bank_admin').map((n) => n.name)).toEqual([
      '工作台',
      '认定通知',
      '试卷保管与移交',
      '题库与试卷',
      '工作日历',
    ]);
    expect(menuTreeFor('expert').map((n) => n.name)).toEqual(['工作台', '认定通知', '题库与试卷', '工作日历']);
    for (const role of [
      'admin',
      'centre_head',
      'exam_admin',
      'college_clerk',
      'examiner',
      'supervisor',
      'finance',
      'proctor',
      'candidate',
    ] as const)
      expect(menuFor(role).some((m) => m.path.startsWith('/itembank'))).toBe(false);
  });

  it('highlights the entry a page belongs to', () => {
    expect(menuPathOf('/')).toBe('/');
    expect(menuPathOf('/batches')).toBe('/batches');
    expect(menuPathOf('/batches/3f0c/')).toBe('/batches');
    // A batch's arrangement is 考场编排's work, though its address starts with the batch.
    expect(menuPathOf('/batches/3f0c/arrangement')).toBe('/arrangement');
    expect(menuPathOf('/people/42')).toBe('/people');
    expect(menuPathOf('/plans/semester')).toBe('/plans/semester');
    // A page outside the menu highlights nothing.
    expect(menuPathOf('/jobs')).toBe('/jobs');
  });
});
