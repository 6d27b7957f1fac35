/** Chinese names of request fields, used to name the field in every validation message. */
const labels: Record<string, string> = {
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  displayName: '姓名',
  role: '角色',
  collegeId: '所属二级学院',
  code: '编码',
  name: '名称',
  year: '年份',
  days: '日期列表',
  day: '日期',
  kind: '类型',
  from: '开始日期',
  to: '结束日期',
  entity: '对象类型',
  actor: '操作人',
  page: '页码',
  pageSize: '每页条数',
  id: '编号',
  disabled: '停用',
  n: '工作日天数',
  source: '依据',
  purpose: '用途',
  file: '文件',
  keyword: '关键字',
};

export function fieldLabel(path: string): string {
  if (!path) return '请求';
  const parts = path.split('.');
  const last = [...parts].reverse().find((p) => !/^\d+$/.test(p)) ?? path;
  const index = parts.find((p) => /^\d+$/.test(p));
  const label = labels[last] ?? last;
  return index !== undefined ? `第 ${Number(index) + 1} 项的${label}` : label;
}
