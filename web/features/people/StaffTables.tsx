import { Tag, Tooltip, Typography } from 'antd';
import type { ProColumns } from '@ant-design/pro-components';
import { Link } from 'react-router-dom';
import {
  examinerGradeNames,
  staffRoleNames,
  supervisorDisqualificationNames,
  titleGradeNames,
} from '../../../shared/people.js';
import {
  validityNames,
  type Examiner,
  type Expert,
  type ExpiringItem,
  type Supervisor,
  type Validity,
} from '../../../shared/people-staff.js';

const colors: Record<Validity, string> = { valid: 'green', expiring: 'orange', expired: 'red', revoked: 'default' };

/** Validity with the days left; expiring and expired stand out. */
export function ValidityTag({ v, days }: { v: Validity; days: number }) {
  const label =
    v === 'expiring'
      ? `${validityNames[v]}（${days} 天）`
      : v === 'expired'
        ? `${validityNames[v]}（${-days} 天）`
        : validityNames[v];
  return <Tag color={colors[v]}>{label}</Tag>;
}

const nameCol = <T extends { personId: string; name: string }>(): ProColumns<T> => ({
  title: '姓名',
  dataIndex: 'name',
  width: 110,
  render: (_, r) => <Link to={`/people/${r.personId}`}>{r.name}</Link>,
});
const titleCol = <
  T extends { titleName: string | null; titleGrade: keyof typeof titleGradeNames | null },
>(): ProColumns<T> => ({
  title: '职称',
  dataIndex: 'titleName',
  width: 120,
  render: (_, r) => r.titleName ?? (r.titleGrade ? titleGradeNames[r.titleGrade] : '—'),
});

export const examinerColumns: ProColumns<Examiner>[] = [
  nameCol<Examiner>(),
  { title: '身份证号', dataIndex: 'idMasked', width: 180 },
  titleCol<Examiner>(),
  { title: '级别', dataIndex: 'grade', width: 100, render: (_, r) => examinerGradeNames[r.grade] },
  {
    title: '可考评职业',
    dataIndex: 'occupations',
    render: (_, r) => r.occupations.map((o) => `${o.name}（${o.code}）`).join('、'),
  },
  { title: '证书编号', dataIndex: 'certificateNumber', width: 130 },
  { title: '有效期至', dataIndex: 'certificateValidUntil', width: 110 },
  {
    title: '状态',
    dataIndex: 'validity',
    width: 150,
    render: (_, r) => (
      <>
        <ValidityTag v={r.validity} days={r.daysLeft} />
        {r.qualificationProblems.length > 0 && (
          <Tooltip title={r.qualificationProblems.join('；')}>
            <Tag color="red">条件不符</Tag>
          </Tooltip>
        )}
      </>
    ),
  },
];

export const supervisorColumns: ProColumns<Supervisor>[] = [
  nameCol<Supervisor>(),
  { title: '身份证号', dataIndex: 'idMasked', width: 180 },
  titleCol<Supervisor>(),
  {
    title: '推荐来源',
    dataIndex: 'basis',
    width: 160,
    render: (_, r) => `${r.basis === 'examiner' ? '考评人员' : '相关管理人员'}（${r.basisYears} 年）`,
  },
  { title: '证书编号', dataIndex: 'certificateNumber', width: 130 },
  { title: '有效期至', dataIndex: 'certificateValidUntil', width: 110 },
  {
    title: '兼任考评员',
    dataIndex: 'alsoExaminer',
    width: 100,
    render: (_, r) => (r.alsoExaminer ? '是（不得同场次）' : '否'),
  },
  {
    title: '状态',
    dataIndex: 'validity',
    width: 200,
    render: (_, r) =>
      r.disqualified ? (
        <Typography.Text type="danger">
          已取消资格：{r.disqualificationReason ? supervisorDisqualificationNames[r.disqualificationReason] : ''}
        </Typography.Text>
      ) : (
        <ValidityTag v={r.validity} days={r.daysLeft} />
      ),
  },
];

export const expertColumns: ProColumns<Expert>[] = [
  nameCol<Expert>(),
  {
    title: '专家组（职业）',
    dataIndex: 'occupation',
    render: (_, r) => `${r.occupation.name}（${r.occupation.code}）`,
  },
  { title: '职务', dataIndex: 'leader', width: 80, render: (_, r) => (r.leader ? '组长' : '成员') },
  titleCol<Expert>(),
  { title: '出生年份', dataIndex: 'birthYear', width: 100 },
  { title: '聘期', dataIndex: 'termStart', width: 200, render: (_, r) => `${r.termStart} 至 ${r.termEnd}` },
  {
    title: '状态',
    dataIndex: 'validity',
    width: 140,
    render: (_, r) => <ValidityTag v={r.validity} days={r.daysLeft} />,
  },
];

export const expiringColumns: ProColumns<ExpiringItem>[] = [
  nameCol<ExpiringItem>(),
  { title: '类别', dataIndex: 'kind', width: 100, render: (_, r) => staffRoleNames[r.kind] },
  { title: '证书 / 聘期', dataIndex: 'what' },
  { title: '到期日', dataIndex: 'until', width: 110 },
  {
    title: '剩余天数',
    dataIndex: 'daysLeft',
    width: 120,
    render: (_, r) => (
      <Tag color={r.daysLeft < 0 ? 'red' : r.daysLeft <= 30 ? 'volcano' : 'orange'}>
        {r.daysLeft < 0 ? `已过期 ${-r.daysLeft} 天` : `${r.daysLeft} 天`}
      </Tag>
    ),
  },
];
