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
  candidate: '考生',
};

export const staffRoles: readonly Role[] = ['admin', 'centre_head', 'exam_admin', 'college_clerk', 'examiner', 'supervisor', 'finance'];

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
  'files.upload': roles,
  /** Staff who handle candidates' documents; anyone may read a file they uploaded. */
  'files.readAny': ['admin', 'centre_head', 'exam_admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof matrix;

export function can(role: Role, permission: Permission): boolean {
  return (matrix[permission] as readonly Role[]).includes(role);
}

/** Menu entries of the web shell, each shown only to roles holding its permission. */
export const menu: { path: string; name: string; permission?: Permission }[] = [
  { path: '/', name: '工作台' },
  { path: '/colleges', name: '二级学院', permission: 'colleges.read' },
  { path: '/users', name: '用户管理', permission: 'users.read' },
  { path: '/calendar', name: '工作日历', permission: 'calendar.read' },
  { path: '/audit', name: '审计日志', permission: 'audit.read' },
];

export function menuFor(role: Role) {
  return menu.filter((m) => !m.permission || can(role, m.permission));
}
