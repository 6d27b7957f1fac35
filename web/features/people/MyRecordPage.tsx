import { Alert, Card, Descriptions, Empty, Image, List, Result, Space, Tabs, Tag, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  appraisalGradeNames,
  examinerGradeNames,
  skillLevelNames,
  staffRoleNames,
  titleGradeNames,
} from '../../../shared/people.js';
import type { OwnRecord, Validity } from '../../../shared/people-staff.js';
import type { AppraisalRow } from '../../../shared/people-appraisal.js';
import {
  assignmentDocumentNames,
  assignmentDutyNames,
  type Assignment,
  type AssignmentDuty,
} from '../../../shared/arrangement.assignments.js';
import { chinaToday, daysBetween } from '../../../shared/dates.js';
import { apiUrl, errorMessage, fileUrl } from '../../app/api.js';
import { useMyAssignments, useOwnRecord } from './api.js';
import { ValidityTag } from './StaffTables.js';

type Person = NonNullable<OwnRecord['person']>;
const dash = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
const kindNames = { theory: '理论知识考试', skill: '操作技能考核' } as const;
const dutyColors: Record<AssignmentDuty, string> = {
  leader: 'purple',
  examiner: 'blue',
  proctor: 'cyan',
  site_head: 'gold',
  supervisor: 'geekblue',
  exam_staff: 'default',
};
const gradeColors = { excellent: 'green', good: 'blue', pass: 'default', fail: 'red' } as const;
/** R-PPL-05: the levels a grade may examine. */
const gradeLevels = {
  standard: '五级/初级工 至 三级/高级工',
  senior: '全部等级（含二级/技师、一级/高级技师）',
} as const;

/** A term's validity as the certificates show it: expiring within 90 days, expired after its last day. */
function termValidity(end: string): { v: Validity; days: number } {
  const days = daysBetween(chinaToday(), end);
  return { v: days < 0 ? 'expired' : days <= 90 ? 'expiring' : 'valid', days };
}

/**
 * 我的档案 of an examiner or supervisor: its exam duties in the published arrangements (with colleagues and the
 * room documents it may print), its qualifications with their expiry, its annual appraisals, its file.
 */
export function MyRecordPage() {
  const record = useOwnRecord();
  const duties = useMyAssignments();
  if (record.error)
    return (
      <PageContainer title="我的档案">
        <Empty description={errorMessage(record.error)} />
      </PageContainer>
    );
  const r = record.data;
  if (!r) return <PageContainer title="我的档案" loading />;
  if (!r.linked || !r.person)
    return (
      <PageContainer title="我的档案">
        <Result status="info" title="尚未关联人员档案" subTitle={r.message} data-testid="my-record-unlinked" />
      </PageContainer>
    );
  const p = r.person;
  return (
    <PageContainer
      title={`${p.name}（我的档案）`}
      tags={p.roles.map((role) => (
        <Tag key={role} color="blue">
          {staffRoleNames[role]}
        </Tag>
      ))}
    >
      <div data-testid="my-record">
        <PersonCard p={p} />
        <Tabs
          items={[
            {
              key: 'duties',
              label: `考务安排${duties.data ? `（${duties.data.items.filter((a) => a.upcoming).length}）` : ''}`,
              children: duties.error ? (
                <Alert type="error" showIcon message={errorMessage(duties.error)} />
              ) : (
                <Duties items={duties.data?.items} loading={duties.isLoading} />
              ),
            },
            { key: 'qualifications', label: '资格与聘期', children: <Qualifications p={p} /> },
            {
              key: 'appraisals',
              label: '年度考核',
              children: <Appraisals rows={r.appraisals} isExaminer={!!p.examiner} />,
            },
            { key: 'documents', label: '档案材料', children: <Documents p={p} /> },
          ]}
        />
      </div>
    </PageContainer>
  );
}

function PersonCard({ p }: { p: Person }) {
  return (
    <Card style={{ marginBottom: 16 }}>
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        {p.hasPhoto && (
          <Image width={90} height={126} src={apiUrl('/persons/{id}/photo', { path: { id: p.id } })} alt="证件照" />
        )}
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" style={{ flex: '1 1 260px', minWidth: 0 }}>
          {/* R-PPL-02: the last four only; no birth date beside it. */}
          <Descriptions.Item label="证件号码">
            <Typography.Text data-testid="my-id-number">{p.idMasked}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="联系电话">{dash(p.phone)}</Descriptions.Item>
          <Descriptions.Item label="工作单位">
            {p.workUnit || p.collegeName
              ? `${p.workUnit ?? p.collegeName}${p.ownStaff ? '（本单位职工）' : ''}`
              : p.ownStaff
                ? '本单位职工'
                : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="职称">
            {dash(p.titleName)}
            {p.titleGrade ? `（${titleGradeNames[p.titleGrade]}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="职业技能等级">
            {p.skillLevel ? `${skillLevelNames[p.skillLevel]} ${p.skillOccupation ?? ''}` : '—'}
          </Descriptions.Item>
        </Descriptions>
      </div>
    </Card>
  );
}

function Duties({ items, loading }: { items?: Assignment[]; loading: boolean }) {
  if (loading || !items) return <Card loading />;
  if (!items.length)
    return (
      <Empty description="已发布的考场编排中暂无您的考务安排。编排发布后，您的场次、考场和同组人员会显示在这里。" />
    );
  const upcoming = items.filter((a) => a.upcoming);
  const past = items.filter((a) => !a.upcoming).reverse();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {upcoming.length === 0 && <Alert type="info" showIcon message="暂无即将进行的考务安排" />}
      {upcoming.map((a) => (
        <DutyCard key={`${a.sittingId}-${a.duty}`} a={a} />
      ))}
      {past.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: 0 }}>
            已结束的场次
          </Typography.Title>
          {past.map((a) => (
            <DutyCard key={`${a.sittingId}-${a.duty}`} a={a} />
          ))}
        </>
      )}
    </Space>
  );
}

function DutyCard({ a }: { a: Assignment }) {
  const byDuty = (d: AssignmentDuty) => a.colleagues.filter((c) => c.duty === d);
  const group = [...byDuty('leader'), ...byDuty('examiner')];
  return (
    <Card
      size="small"
      data-testid="my-assignment"
      title={
        <Space wrap size={[8, 0]}>
          <span>
            {a.day} {a.startsAt}–{a.endsAt}
          </span>
          <span>{kindNames[a.sittingKind]}</span>
          <Tag color={dutyColors[a.duty]}>{assignmentDutyNames[a.duty]}</Tag>
        </Space>
      }
      styles={{ title: { whiteSpace: 'normal' } }}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label="认定批次">{a.batchTitle}</Descriptions.Item>
        <Descriptions.Item label="职业（工种）">{a.occupationName}</Descriptions.Item>
        <Descriptions.Item label="考点">{a.siteNames.join('、') || '—'}</Descriptions.Item>
        <Descriptions.Item label="考场">
          {a.rooms.map((r) => `${r.roomName}（${r.candidateCount} 人）`).join('、') || '—'}
        </Descriptions.Item>
        {group.length > 0 && (
          <Descriptions.Item label="考评组">
            {group.map((c) => (c.duty === 'leader' ? `${c.name}（组长）` : c.name)).join('、')}
          </Descriptions.Item>
        )}
        {byDuty('proctor').length > 0 && (
          <Descriptions.Item label="监考">
            {byDuty('proctor')
              .map((c) => `${c.name}${c.roomName ? `（${c.roomName}）` : ''}`)
              .join('、')}
          </Descriptions.Item>
        )}
        {(['site_head', 'supervisor', 'exam_staff'] as const).map(
          (d) =>
            byDuty(d).length > 0 && (
              <Descriptions.Item key={d} label={assignmentDutyNames[d]}>
                {byDuty(d)
                  .map((c) => c.name)
                  .join('、')}
              </Descriptions.Item>
            ),
        )}
      </Descriptions>
      <List
        size="small"
        header={<Typography.Text strong>打印材料</Typography.Text>}
        dataSource={a.rooms}
        renderItem={(r) => (
          <List.Item>
            <Space wrap size={[12, 4]}>
              <span>
                {r.siteName} {r.roomName}
              </span>
              {r.documents.map((d) => (
                <a
                  key={d}
                  href={apiUrl('/me/assignments/{runId}/sittings/{sittingId}/rooms/{roomId}/{document}', {
                    path: { runId: a.runId, sittingId: a.sittingId, roomId: r.roomId, document: `${d}.pdf` },
                  })}
                  data-testid={`my-doc-${d}`}
                >
                  <FilePdfOutlined /> {assignmentDocumentNames[d]}
                </a>
              ))}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

function Qualifications({ p }: { p: Person }) {
  const ex = p.examiner;
  const su = p.supervisor;
  if (!ex && !su && !p.experts.length && !p.appointments.length)
    return <Empty description="暂无考评员证、督导员证或聘书记录" />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {ex && (
        <Card size="small" title={examinerGradeNames[ex.grade]} data-testid="my-examiner">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="证书编号">{ex.certificateNumber}</Descriptions.Item>
            <Descriptions.Item label="有效期">
              <Space wrap size={4}>
                <span>
                  {ex.certificateIssuedOn} 至 {ex.certificateValidUntil}
                </span>
                <ValidityTag v={ex.validity} days={ex.daysLeft} />
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="可考评职业">
              {ex.occupations
                .map((o) => `${o.name}（${o.code}）${o.modules?.length ? `：${o.modules.join('、')}` : ''}`)
                .join('；')}
            </Descriptions.Item>
            <Descriptions.Item label="可考评等级">{gradeLevels[ex.grade]}</Descriptions.Item>
            <Descriptions.Item label="聘期">
              {ex.termStart && ex.termEnd ? (
                <Space wrap size={4}>
                  <span>
                    {ex.termStart} 至 {ex.termEnd}
                  </span>
                  <ValidityTag {...termValidity(ex.termEnd)} />
                </Space>
              ) : (
                '—'
              )}
            </Descriptions.Item>
            <Descriptions.Item label="培训学时">{ex.trainingHours} 学时</Descriptions.Item>
          </Descriptions>
          {ex.dismissed && <Alert type="error" showIcon message={`已解聘：${dash(ex.dismissalReason)}`} />}
          {ex.validity === 'expiring' && (
            <Alert type="warning" showIcon message="考评员证即将到期，请及时参加培训考核并向认定中心申请换证。" />
          )}
        </Card>
      )}
      {su && (
        <Card size="small" title="质量督导员" data-testid="my-supervisor">
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label="证书编号">{su.certificateNumber}</Descriptions.Item>
            <Descriptions.Item label="有效期">
              <Space wrap size={4}>
                <span>
                  {su.certificateIssuedOn} 至 {su.certificateValidUntil}
                </span>
                <ValidityTag v={su.validity} days={su.daysLeft} />
              </Space>
            </Descriptions.Item>
          </Descriptions>
        </Card>
      )}
      {p.experts.map((x) => (
        <Card key={x.id} size="small" title={`${x.occupation.name}专家组${x.leader ? '组长' : '成员'}`}>
          聘期 {x.termStart} 至 {x.termEnd} <ValidityTag v={x.validity} days={x.daysLeft} />
        </Card>
      ))}
      {p.appointments.length > 0 && (
        <Card size="small" title="聘书 / 聘任合同">
          <List
            size="small"
            dataSource={p.appointments}
            renderItem={(a) => (
              <List.Item>
                <Space wrap size={[12, 4]}>
                  <span>{staffRoleNames[a.role]}</span>
                  <span>{a.letterNumber ?? '（无编号）'}</span>
                  <span>
                    {a.startDate} 至 {a.endDate}
                  </span>
                  <ValidityTag {...termValidity(a.endDate)} />
                  {a.fileId && <a href={fileUrl(a.fileId)}>查看聘书</a>}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Space>
  );
}

function Appraisals({ rows, isExaminer }: { rows: AppraisalRow[]; isExaminer: boolean }) {
  if (!isExaminer) return <Empty description="年度考核适用于考评员；您目前没有考评员记录" />;
  if (!rows.length) return <Empty description="暂无年度考核记录（每批次认定结束后由认定中心评议）" />;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="my-appraisals">
      {rows.map((y) => (
        <Card
          key={y.year}
          size="small"
          title={
            <Space wrap size={[8, 0]}>
              <span>{y.year} 年度</span>
              <Tag color={gradeColors[y.grade]}>{appraisalGradeNames[y.grade]}</Tag>
              <Tag>{y.finalized ? '已定稿' : '评议中'}</Tag>
            </Space>
          }
        >
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            参加 {y.attendedCount} 个批次，缺席 {y.missedCount} 个，加权平均分 {y.average ?? '—'}
            {y.reason ? `；${y.reason}` : ''}
          </Typography.Paragraph>
          <List
            size="small"
            bordered
            dataSource={y.scores}
            renderItem={(sc) => (
              <List.Item>
                <Space wrap size={[12, 0]} style={{ width: '100%', justifyContent: 'space-between' }}>
                  <span>{sc.batchRef}</span>
                  <Typography.Text type="secondary">{sc.batchDate}</Typography.Text>
                  {sc.attended ? <span>{dash(sc.score)} 分</span> : <Tag color="red">缺席</Tag>}
                </Space>
              </List.Item>
            )}
          />
        </Card>
      ))}
    </Space>
  );
}

function Documents({ p }: { p: Person }) {
  if (!p.documents.length) return <Empty description="暂无档案材料" />;
  return (
    <List
      size="small"
      dataSource={p.documents}
      renderItem={(d) => (
        <List.Item>
          <Space wrap>
            <Tag>{d.docType}</Tag>
            <a href={fileUrl(d.fileId)}>{d.title}</a>
            <Typography.Text type="secondary">{d.createdAt.slice(0, 10)}</Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}
