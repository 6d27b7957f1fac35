/**
 * Who may do what: every permission rule of the product, in one place. The server enforces these at the start
 * of every service function (server/http/access.ts); the web uses the same table to build each role's menu.
 */
export const roles = [
  'admin',
  'centre_head',
  'exam_admin',
  'college_clerk',
  'examiner',
  'supervisor',
  'finance',
  'bank_admin',
  'expert',
  'proctor',
  'candidate',
] as const;
export type Role = (typeof roles)[number];

export const roleNames: Record<Role, string> = {
  admin: '系统管理员',
  centre_head: '中心负责人',
  exam_admin: '考务管理员',
  college_clerk: '二级学院管理员',
  examiner: '考评员',
  supervisor: '督导员',
  finance: '财务',
  bank_admin: '题库管理员',
  expert: '命题专家',
  proctor: '考务人员',
  candidate: '考生',
};

export const staffRoles: readonly Role[] = [
  'admin',
  'centre_head',
  'exam_admin',
  'college_clerk',
  'examiner',
  'supervisor',
  'finance',
  'bank_admin',
  'expert',
  'proctor',
];

const matrix = {
  /** R-AUD-01: the trail is read by those answerable for the centre. */
  'audit.read': ['admin', 'centre_head'],
  'audit.export': ['admin', 'centre_head'],
  'users.read': ['admin', 'centre_head'],
  'users.manage': ['admin'],
  'calendar.read': staffRoles,
  'calendar.manage': ['admin'],
  /** R-ORG-07: a college clerk reads only its own college (enforced by scope, see server/http/access.ts). */
  'colleges.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'],
  'colleges.manage': ['admin', 'centre_head'],
  /** R-ORG-01: the centre's profile; R-ORG-02: the occupation catalogue. */
  'centre.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'],
  'centre.manage': ['admin', 'centre_head'],
  'catalogue.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  'catalogue.manage': ['admin', 'centre_head', 'exam_admin'],
  /** R-ORG-02/03/07: the scope; a college clerk reads only its own college's rows (enforced by scope). */
  'scope.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  'scope.manage': ['admin', 'centre_head', 'exam_admin'],
  /** R-ORG-03: the centre's approval for another college to run an occupation it does not own. */
  'scope.approve': ['admin', 'centre_head'],
  /** R-ORG-04/05/06: filings, the application form and the self-assessment; the authority's reply is recorded by the head. */
  'filing.read': ['admin', 'centre_head', 'exam_admin'],
  'filing.manage': ['admin', 'centre_head', 'exam_admin'],
  'filing.decide': ['admin', 'centre_head'],
  /** R-PPL-01…03: persons; a college clerk reads and keeps the persons of its own college only (R-ORG-07). */
  'people.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  'people.manage': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  /** R-PPL-02: the full ID number, each view audited. */
  'people.viewIdNumber': ['admin', 'centre_head', 'exam_admin'],
  /** Examiners and supervisors see their own record (their login is linked to their person). */
  'people.self': ['examiner', 'supervisor', 'proctor'],
  /** R-PPL-04…07: examiners, supervisors, experts, proctors, appointments, the staff roster import. */
  'staff.read': ['admin', 'centre_head', 'exam_admin'],
  'staff.manage': ['admin', 'centre_head', 'exam_admin'],
  /** R-PPL-08: conflicts of interest and teacher–class assignments. */
  'conflicts.read': ['admin', 'centre_head', 'exam_admin'],
  'conflicts.manage': ['admin', 'centre_head', 'exam_admin'],
  /** R-PPL-09: examiner appraisal; R-PPL-10: staff misconduct and appeals. */
  'appraisal.manage': ['admin', 'centre_head', 'exam_admin'],
  'misconduct.manage': ['admin', 'centre_head', 'exam_admin'],
  /** R-PLAN-01/02/06: plans; a college clerk reads and submits its own college's semester plans (enforced by scope). */
  'plans.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  'plans.manage': ['admin', 'centre_head', 'exam_admin'],
  'plans.submitSemester': ['admin', 'exam_admin', 'college_clerk'],
  'plans.decide': ['admin', 'centre_head', 'exam_admin'],
  /** R-PLAN-04: the lead time and late handling are the head's decision. */
  'plans.settings': ['admin', 'centre_head'],
  /** R-PLAN-06: training classes, kept by the college that runs them and by the centre. */
  'training.manage': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  /** R-PLAN-03…05: batches; a college clerk reads its own college's batches only. */
  'batches.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'],
  'batches.manage': ['admin', 'centre_head', 'exam_admin'],
  /** R-PLAN-04: the authority's approval, and the closing transitions (publicity, archive), are the head's. */
  'batches.decide': ['admin', 'centre_head'],
  /** R-PLAN-05: published notices, for the candidate portal and everyone signed in. */
  'notices.read': roles,
  /** R-ELIG-04: course results; a college clerk imports and reads only its own college's students (R-ORG-07). */
  'courses.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  'courses.import': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  /** R-ELIG-00…07: reviewers run the eligibility engine (a clerk for its own college's persons). */
  'eligibility.check': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  /** R-REG-01: a candidate's own applications in the portal (apply, correct and resubmit, withdraw, print). */
  'portal.apply': ['candidate'],
  /** R-REG-01/02: applications; a college clerk reads, imports (花名册) and reviews its own college's only (R-ORG-07). */
  'applications.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'finance'],
  'applications.import': ['admin', 'exam_admin', 'college_clerk'],
  /** R-REG-02: the first stage (初审) is the college's, the second (复审) and the unlock of an approved one the centre's. */
  'applications.reviewCollege': ['college_clerk'],
  'applications.reviewCentre': ['admin', 'centre_head', 'exam_admin'],
  'applications.unlock': ['admin', 'centre_head'],
  /** R-ELIG-02/05/07: the facts behind eligibility (1+X certificates, contest results, the excellent flag, bans). */
  'candidateFacts.manage': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  /** R-FEE-01: fee standards are the head's; payments and refunds are recorded by finance. */
  'fees.read': ['admin', 'centre_head', 'exam_admin', 'finance'],
  'fees.manage': ['admin', 'centre_head'],
  'payments.record': ['admin', 'finance'],
  /** R-FEE-01 (收支两条线): a batch's expenses and statement, the centre's ledger; finance records, the head reads. */
  'finance.read': ['admin', 'centre_head', 'finance'],
  'finance.manage': ['admin', 'finance'],
  /** R-ARR-01…11: sites, rooms and the arrangement; a college clerk reads its own college's seats only (by scope). */
  'arrangement.read': ['admin', 'centre_head', 'exam_admin', 'college_clerk'],
  'arrangement.manage': ['admin', 'centre_head', 'exam_admin'],
  /**
   * R-BANK-01/02: the item bank is secret. Only the centre's 题库管理员 and the experts of the occupation (R-PPL-07;
   * an expert's login is linked to its person, and it sees only the occupations of its active expert terms) see
   * blueprints, items, papers and keys; every other role gets 404 (server/modules/itembank/bank.access.ts).
   */
  'itembank.read': ['bank_admin', 'expert'],
  /** Items are written and imported by experts and the bank's administrator; a second expert reviews (never the author). */
  'itembank.author': ['bank_admin', 'expert'],
  'itembank.review': ['expert'],
  /** Blueprints, settings, activation and retirement, assembly plans, assembly, publishing and printing papers. */
  'itembank.manage': ['bank_admin'],
  /** R-BANK-03: custody registers (duty log, hand-overs); they name documents, never their contents. */
  /**
   * R-SCORE-01…05: scores. The centre enters, imports, sets up marking, signs as recorder and asks for corrections;
   * examiners mark the sittings of their group (the group's leader signs and decides); the centre head approves
   * corrections after sign-off and the settings. R-SUP-03: supervisors have no scoring permission.
   */
  'scoring.read': ['admin', 'centre_head', 'exam_admin', 'examiner'],
  'scoring.manage': ['admin', 'centre_head', 'exam_admin'],
  'scoring.mark': ['examiner'],
  'scoring.approve': ['admin', 'centre_head'],
  'custody.read': ['admin', 'centre_head', 'exam_admin', 'bank_admin'],
  'custody.manage': ['admin', 'centre_head', 'exam_admin', 'bank_admin'],
  /**
   * R-EXAM-01…04: exam day. Proctors (考务人员, and examiners or staff on proctor duty) work only in the rooms of their
   * published duties, a site head (考场负责人) in every room of its site, a supervisor observes its sittings; the
   * centre sees every room (server/modules/exams/exams.access.ts).
   */
  'exams.read': ['admin', 'centre_head', 'exam_admin', 'proctor', 'examiner', 'supervisor'],
  /** Check-in, incidents, violations, pause, extension requests, seat release, signing the room record. */
  'exams.proctor': ['admin', 'centre_head', 'exam_admin', 'proctor', 'examiner'],
  /** R-EXAM-04: a time credit is approved by the site head (or the centre). */
  'exams.approve': ['admin', 'centre_head', 'exam_admin', 'proctor', 'examiner'],
  /** R-EXAM-03 / R-SUP-03: supervisors attach observations; they never change attendance or answers. */
  'exams.observe': ['admin', 'centre_head', 'exam_admin', 'supervisor'],
  /** How a sitting is held (paper or computer), preparing a computer-based sitting, the exam-day settings. */
  'exams.manage': ['admin', 'centre_head', 'exam_admin'],
  /**
   * R-PUB-01: 成绩公示. The centre reads the windows and records and resolves objections; starting a window and
   * making results final are the head's (like the batch's closing moves); the window's length is the head's setting;
   * the export to the authority carries full ID numbers (R-PPL-02: the roles that may see them).
   */
  'publicity.read': ['admin', 'centre_head', 'exam_admin'],
  'publicity.manage': ['admin', 'centre_head', 'exam_admin'],
  'publicity.decide': ['admin', 'centre_head'],
  'publicity.settings': ['admin', 'centre_head'],
  'publicity.export': ['admin', 'centre_head', 'exam_admin'],
  /** R-PUB-01: a candidate's own publicised and final results in the portal, and its objection. */
  'publicity.own': ['candidate'],
  /**
   * R-CERT-01…05: certificates. The centre issues them from final results, prints the register and records a
   * reissue; revoking one (R-VIOL-05, or by the centre with a reason) is the head's.
   */
  'certificates.read': ['admin', 'centre_head', 'exam_admin'],
  'certificates.issue': ['admin', 'centre_head', 'exam_admin'],
  'certificates.revoke': ['admin', 'centre_head'],
  /** R-CERT-03: the blank-certificate stock ledger, stocktakes and the low-stock alert. */
  'certificates.stock': ['admin', 'centre_head', 'exam_admin'],
  /** R-CERT-02: printing faces (one, a batch as a job, a trial sheet); the print settings are the head's. */
  'certificates.print': ['admin', 'centre_head', 'exam_admin'],
  'certificates.settings': ['admin', 'centre_head'],
  /** R-CERT-03: the distribution register (who collected a certificate, when, signature). */
  'certificates.distribute': ['admin', 'centre_head', 'exam_admin'],
  /** R-CERT-04 / R-VIOL-05: a holder sees its own certificates (a revoked one with date and reason) in the portal. */
  'certificates.own': ['candidate'],
  /**
   * R-CMP-01…04: 考生投诉. The centre records complaints and handles them (assign, extend, record the result, close);
   * the decision whether to investigate, and closing and archiving, are the head's and the exam admin's; a candidate
   * files and follows its own in the portal.
   */
  'complaints.read': ['admin', 'centre_head', 'exam_admin'],
  'complaints.manage': ['admin', 'centre_head', 'exam_admin'],
  'complaints.decide': ['admin', 'centre_head', 'exam_admin'],
  'complaints.own': ['candidate'],
  /**
   * R-SUP-01…03: the internal quality supervision (质量督导): the centre keeps the plan, the external supervisors'
   * records and reads every report; the head approves the plan; a supervisor observes and signs the reports of the
   * batches it has a published supervisor duty in (404 elsewhere). No scoring permission for supervisors (R-SUP-03).
   */
  'supervision.read': ['admin', 'centre_head', 'exam_admin'],
  'supervision.manage': ['admin', 'centre_head', 'exam_admin'],
  'supervision.approve': ['admin', 'centre_head'],
  'supervision.observe': ['supervisor'],
  /**
   * R-EQ-01…04: 设备设施. The centre keeps the ledger, records and the pre-batch check; finance reads it (prices);
   * loans, damage, loss, purchase and scrapping are approved by the centre head.
   */
  'equipment.read': ['admin', 'centre_head', 'exam_admin', 'finance'],
  'equipment.manage': ['admin', 'centre_head', 'exam_admin'],
  'equipment.approve': ['centre_head'],
  /**
   * R-ARC-01…03: each batch's archive: the centre fills the checklist, closes the batch with its package and registers
   * borrowing, copying and destruction; a leader (the head) approves those and sets the retention years.
   */
  'archives.read': ['admin', 'centre_head', 'exam_admin'],
  'archives.manage': ['admin', 'centre_head', 'exam_admin'],
  'archives.approve': ['admin', 'centre_head'],
  'files.upload': roles,
  /** Staff who handle candidates' documents; anyone may read a file they uploaded. */
  'files.readAny': ['admin', 'centre_head', 'exam_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof matrix;

export function can(role: Role, permission: Permission): boolean {
  return (matrix[permission] as readonly Role[]).includes(role);
}

/** A page of the web shell's menu, shown only to roles holding its permission. */
export type MenuEntry = { path: string; name: string; permission?: Permission };
/** A group of the menu, named the way the centre's work flows. */
export type MenuGroup = { key: string; name: string; entries: MenuEntry[] };

/**
 * The menu, grouped the way the work flows: the centre and its filing, plans, registration, exam affairs, results and
 * certificates, quality and records, people, and the system. Each role sees only the entries it may use, and only
 * the groups that keep an entry.
 */
export const menuGroups: MenuGroup[] = [
  {
    key: 'centre',
    name: '机构与备案',
    entries: [
      { path: '/centre', name: '中心信息', permission: 'centre.read' },
      { path: '/catalogue', name: '职业目录', permission: 'catalogue.read' },
      { path: '/scope', name: '认定范围', permission: 'scope.read' },
      { path: '/filings', name: '备案申请', permission: 'filing.read' },
      { path: '/assessments', name: '备案自评', permission: 'filing.read' },
      { path: '/colleges', name: '二级学院', permission: 'colleges.read' },
    ],
  },
  {
    key: 'plans',
    name: '计划',
    entries: [
      { path: '/plans/annual', name: '年度计划', permission: 'plans.read' },
      { path: '/plans/semester', name: '学期计划', permission: 'plans.read' },
      { path: '/batches', name: '认定批次', permission: 'batches.read' },
      { path: '/training-classes', name: '培训班', permission: 'training.manage' },
      { path: '/notices', name: '认定通知', permission: 'notices.read' },
      { path: '/plans/settings', name: '计划设置', permission: 'plans.settings' },
    ],
  },
  {
    key: 'registration',
    name: '报名',
    entries: [
      { path: '/portal', name: '报名', permission: 'portal.apply' },
      { path: '/applications', name: '报名审核', permission: 'applications.read' },
      { path: '/roster-import', name: '花名册导入', permission: 'applications.import' },
      { path: '/candidate-accounts', name: '考生账号与激活码', permission: 'applications.import' },
      { path: '/photo-import', name: '照片批量导入', permission: 'applications.import' },
      { path: '/course-results', name: '课程成绩', permission: 'courses.read' },
      { path: '/fees', name: '收费标准与缴费', permission: 'fees.read' },
      { path: '/finance', name: '批次收支', permission: 'finance.read' },
    ],
  },
  {
    key: 'exam',
    name: '考务',
    entries: [
      { path: '/arrangement', name: '考场编排', permission: 'arrangement.manage' },
      { path: '/exam-day', name: '考试实施', permission: 'exams.read' },
      { path: '/exam-sittings', name: '机考准备', permission: 'exams.manage' },
      { path: '/custody', name: '试卷保管与移交', permission: 'custody.read' },
      { path: '/equipment', name: '设备设施', permission: 'equipment.read' },
    ],
  },
  {
    key: 'bank',
    name: '题库与试卷',
    entries: [
      { path: '/itembank/blueprints', name: '鉴定要素细目表', permission: 'itembank.read' },
      { path: '/itembank/items', name: '试题', permission: 'itembank.read' },
      { path: '/itembank/plans', name: '组卷方案', permission: 'itembank.manage' },
      { path: '/itembank/papers', name: '试卷', permission: 'itembank.read' },
      { path: '/itembank/settings', name: '题库设置', permission: 'itembank.manage' },
    ],
  },
  {
    key: 'results',
    name: '成绩与证书',
    entries: [
      { path: '/marking', name: '评分', permission: 'scoring.mark' },
      { path: '/scoring', name: '成绩管理', permission: 'scoring.manage' },
      { path: '/score-corrections', name: '成绩更正', permission: 'scoring.manage' },
      { path: '/publicity', name: '成绩公示', permission: 'publicity.read' },
      { path: '/certificates', name: '证书管理', permission: 'certificates.read' },
      { path: '/certificate-stock', name: '证书库存', permission: 'certificates.stock' },
    ],
  },
  {
    key: 'quality',
    name: '质量与档案',
    entries: [
      { path: '/complaints', name: '考生投诉', permission: 'complaints.read' },
      { path: '/my-complaints', name: '我的投诉', permission: 'complaints.own' },
      { path: '/supervision', name: '质量督导', permission: 'supervision.read' },
      { path: '/my-supervision', name: '我的督导', permission: 'supervision.observe' },
      { path: '/archives', name: '认定档案', permission: 'archives.read' },
    ],
  },
  {
    key: 'people',
    name: '人员',
    entries: [
      { path: '/my-record', name: '我的档案', permission: 'people.self' },
      { path: '/people', name: '人员信息', permission: 'people.read' },
      { path: '/staff', name: '考评与督导队伍', permission: 'staff.read' },
      { path: '/conflicts', name: '回避关系', permission: 'conflicts.read' },
      { path: '/appraisals', name: '考评员年度考核', permission: 'appraisal.manage' },
      { path: '/misconduct', name: '考务人员违纪', permission: 'misconduct.manage' },
      { path: '/people-import', name: '人员批量导入', permission: 'staff.manage' },
    ],
  },
  {
    key: 'system',
    name: '系统',
    entries: [
      { path: '/users', name: '用户管理', permission: 'users.read' },
      { path: '/calendar', name: '工作日历', permission: 'calendar.read' },
      { path: '/audit', name: '审计日志', permission: 'audit.read' },
    ],
  },
];

/** The home page, above every group. */
export const homeEntry: MenuEntry = { path: '/', name: '工作台' };

/** Every menu entry, flat. */
export const menu: MenuEntry[] = [homeEntry, ...menuGroups.flatMap((g) => g.entries)];

const mayOpen = (role: Role) => (m: MenuEntry) => !m.permission || can(role, m.permission);

/** The entries a role may open, flat (home first). */
export function menuFor(role: Role) {
  return menu.filter(mayOpen(role));
}

/**
 * The role's menu as the shell shows it: the home page, then its groups; a group left with one entry is shown as
 * that entry (a candidate's 报名 is not a group holding only 报名).
 */
export function menuTreeFor(role: Role): (MenuEntry | { key: string; name: string; children: MenuEntry[] })[] {
  const tree: (MenuEntry | { key: string; name: string; children: MenuEntry[] })[] = [homeEntry];
  for (const g of menuGroups) {
    const children = g.entries.filter(mayOpen(role));
    if (children.length === 1) tree.push(children[0]!);
    else if (children.length > 1) tree.push({ key: g.key, name: g.name, children });
  }
  return tree;
}

/**
 * The menu entry a page belongs to: the longest entry path that starts the page's path, except pages reached from
 * one entry but belonging to another (a batch's arrangement belongs to 考场编排, not 认定批次).
 */
export function menuPathOf(pathname: string): string {
  if (/^\/batches\/[^/]+\/arrangement/.test(pathname)) return '/arrangement';
  const clean = pathname.replace(/\/+$/, '') || '/';
  let best = clean === '/' ? '/' : clean;
  for (const m of menu)
    if (
      m.path !== '/' &&
      (clean === m.path || clean.startsWith(m.path + '/')) &&
      (best === clean || m.path.length > best.length)
    )
      best = m.path;
  return best;
}
