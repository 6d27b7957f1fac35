import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Image, Space, Table, Tag, Typography, Upload } from 'antd';
import { EyeOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { birthDateOf, idTypeNames } from '../../../shared/idcard.js';
import {
  classTypeNames,
  documentTypes,
  educationLevelNames,
  examinerGradeNames,
  genderNames,
  personKindNames,
  skillLevelNames,
  staffRoleNames,
  titleGradeNames,
} from '../../../shared/people.js';
import type { PersonDetail } from '../../../shared/people-staff.js';
import { api, apiUrl, errorMessage, fileUrl } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { PersonFormModal } from './PersonFormModal.js';
import { PersonAccountLink } from './PersonAccountLink.js';
import { fetchFullIdNumber, usePerson } from './api.js';
import { ValidityTag } from './StaffTables.js';

const dash = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

/** 人员详情: photo, masked number with an audited full view, the person's file (档案) and staff roles. */
export function PersonDetailPage() {
  const { id } = useParams();
  const q = usePerson(id);
  return <PersonRecord query={q} />;
}

function PersonRecord({
  query,
  own,
}: {
  query: { data?: PersonDetail; error: unknown; isLoading: boolean };
  own?: boolean;
}) {
  const p = query.data;
  const canManage = useCan('people.manage') && !own;
  const canViewId = useCan('people.viewIdNumber') && !own;
  const canLinkAccount = useCan('users.manage') && !own;
  const [fullId, setFullId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [photoStamp, setPhotoStamp] = useState(Date.now());
  const client = useQueryClient();
  const { message, modal } = App.useApp();

  if (query.error)
    return (
      <PageContainer title="人员详情">
        <Empty description={errorMessage(query.error)} />
      </PageContainer>
    );
  if (!p) return <PageContainer title="人员详情" loading />;

  const revealId = () =>
    modal.confirm({
      title: '查看完整证件号码',
      content: '本次查看将记入审计日志（查看人、时间、对象）。确定查看吗？',
      okText: '查看',
      cancelText: '取消',
      onOk: async () => {
        try {
          setFullId((await fetchFullIdNumber(p.id)).idNumber);
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  const upload = async <T,>(call: () => Promise<T>) => {
    try {
      return await call();
    } catch (e) {
      message.error(errorMessage(e));
      return null;
    }
  };
  const refresh = () => void client.invalidateQueries({ queryKey: ['persons'] });

  return (
    <PageContainer
      title={`${p.name}${own ? '（我的档案）' : ''}`}
      tags={p.roles.map((r) => (
        <Tag key={r} color="blue">
          {staffRoleNames[r]}
        </Tag>
      ))}
      extra={
        canManage
          ? [
              <Button key="edit" onClick={() => setEditing(true)}>
                修改信息
              </Button>,
            ]
          : []
      }
    >
      <div data-testid="person-detail">
        <Card style={{ marginBottom: 16 }}>
          <Space align="start" size={24}>
            <div style={{ width: 118, textAlign: 'center' }}>
              {p.hasPhoto ? (
                <Image
                  width={118}
                  height={165}
                  src={`${apiUrl('/persons/{id}/photo', { path: { id: p.id } })}?t=${photoStamp}`}
                  alt="证件照"
                />
              ) : (
                <div
                  style={{
                    width: 118,
                    height: 165,
                    border: '1px dashed #d9d9d9',
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    color: '#999',
                  }}
                >
                  无照片
                </div>
              )}
              {canManage && (
                <Upload
                  accept="image/jpeg,image/png"
                  showUploadList={false}
                  beforeUpload={(file) => {
                    void upload(() => api.upload('/persons/{id}/photo', file, {}, { path: { id: p.id } })).then((r) => {
                      if (r) {
                        message.success('照片已更新（已裁剪为一寸照）');
                        setPhotoStamp(Date.now());
                        refresh();
                      }
                    });
                    return false;
                  }}
                >
                  <Button size="small" icon={<UploadOutlined />} style={{ marginTop: 8 }}>
                    上传照片
                  </Button>
                </Upload>
              )}
            </div>
            <Descriptions column={{ xs: 1, sm: 1, md: 2 }} size="small" style={{ flex: 1, minWidth: 0 }}>
              <Descriptions.Item label="性别">{genderNames[p.gender]}</Descriptions.Item>
              <Descriptions.Item label="证件类型">{idTypeNames[p.idType]}</Descriptions.Item>
              <Descriptions.Item label="证件号码">
                <Space>
                  <Typography.Text code data-testid="person-id-number">
                    {fullId ?? p.idMasked}
                  </Typography.Text>
                  {canViewId && !fullId && (
                    <Button size="small" icon={<EyeOutlined />} onClick={revealId} data-testid="reveal-id">
                      查看完整证件号
                    </Button>
                  )}
                </Space>
              </Descriptions.Item>
              {/* R-PPL-02: the full birth date only with the full number; beside the mask, the year alone. */}
              <Descriptions.Item label={fullId ? '出生日期' : '出生年份'}>
                {fullId ? dash(birthDateOf(fullId)) : p.birthYear ? `${p.birthYear} 年` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label="联系电话">{dash(p.phone)}</Descriptions.Item>
              {canLinkAccount && (
                <Descriptions.Item label="登录账户">
                  <PersonAccountLink personId={p.id} />
                </Descriptions.Item>
              )}
              <Descriptions.Item label="类别">{personKindNames[p.kind]}</Descriptions.Item>
              <Descriptions.Item label="二级学院">{dash(p.collegeName)}</Descriptions.Item>
              <Descriptions.Item label="学历">{dash(p.education)}</Descriptions.Item>
              {p.kind === 'student' ? (
                <>
                  <Descriptions.Item label="专业/班级">{`${dash(p.major)} / ${dash(p.className)}`}</Descriptions.Item>
                  <Descriptions.Item label="入学年份">{dash(p.enrolmentYear)}</Descriptions.Item>
                  <Descriptions.Item label="培养层次">
                    {p.educationLevel ? educationLevelNames[p.educationLevel] : '—'}
                    {p.classType ? `（${classTypeNames[p.classType]}）` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="毕业学年">{p.graduating ? '是' : '否'}</Descriptions.Item>
                </>
              ) : (
                <>
                  <Descriptions.Item label="工作单位">
                    {dash(p.workUnit)}
                    {p.ownStaff ? '（本单位职工）' : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="职称">
                    {dash(p.titleName)}
                    {p.titleGrade ? `（${titleGradeNames[p.titleGrade]}）` : ''}
                  </Descriptions.Item>
                  <Descriptions.Item label="职业技能等级">
                    {p.skillLevel ? `${skillLevelNames[p.skillLevel]} ${p.skillOccupation ?? ''}` : '—'}
                  </Descriptions.Item>
                </>
              )}
            </Descriptions>
          </Space>
        </Card>
        {(p.examiner || p.supervisor || p.experts.length > 0) && (
          <Card title="考评与督导资格" style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              {p.examiner && (
                <Descriptions.Item label={examinerGradeNames[p.examiner.grade]}>
                  证书 {p.examiner.certificateNumber}，有效期至 {p.examiner.certificateValidUntil}{' '}
                  <ValidityTag v={p.examiner.validity} days={p.examiner.daysLeft} />
                  {p.examiner.dismissalReason && (
                    <Typography.Text type="danger">（{p.examiner.dismissalReason}）</Typography.Text>
                  )}
                  <div>
                    可考评职业：
                    {p.examiner.occupations
                      .map((o) => `${o.name}（${o.code}）${o.modules?.length ? `：${o.modules.join('、')}` : ''}`)
                      .join('；')}
                  </div>
                </Descriptions.Item>
              )}
              {p.supervisor && (
                <Descriptions.Item label="质量督导员">
                  证书 {p.supervisor.certificateNumber}，有效期至 {p.supervisor.certificateValidUntil}{' '}
                  <ValidityTag v={p.supervisor.validity} days={p.supervisor.daysLeft} />
                </Descriptions.Item>
              )}
              {p.experts.map((x) => (
                <Descriptions.Item key={x.id} label="专家">
                  {x.occupation.name}专家组{x.leader ? '组长' : '成员'}，聘期 {x.termStart} 至 {x.termEnd}{' '}
                  <ValidityTag v={x.validity} days={x.daysLeft} />
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
        )}
        <Card
          title="档案材料"
          style={{ marginBottom: 16 }}
          extra={
            canManage && (
              <Upload
                showUploadList={false}
                accept="image/jpeg,image/png,application/pdf"
                beforeUpload={(file) => {
                  void upload(() => api.upload('/files', file, { purpose: 'evidence' })).then(async (f) => {
                    if (!f) return;
                    const docType = documentTypes.find((d) => file.name.includes(d.slice(0, 4))) ?? '其他';
                    try {
                      await api.post('/persons/{id}/documents', {
                        path: { id: p.id },
                        body: {
                          fileId: f.id,
                          docType,
                          title: file.name.replace(/\.[^.]+$/, '').slice(0, 60),
                        },
                      });
                      message.success('已加入档案');
                      refresh();
                    } catch (e) {
                      message.error(errorMessage(e));
                    }
                  });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />}>上传材料（PDF/图片）</Button>
              </Upload>
            )
          }
        >
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.documents}
            locale={{ emptyText: '暂无档案材料' }}
            columns={[
              { title: '类别', dataIndex: 'docType', width: 180 },
              { title: '名称', dataIndex: 'title', render: (_, d) => <a href={fileUrl(d.fileId)}>{d.title}</a> },
              {
                title: '上传时间',
                dataIndex: 'createdAt',
                width: 180,
                render: (v: string) => v.slice(0, 16).replace('T', ' '),
              },
            ]}
          />
        </Card>
        {p.appointments.length > 0 && (
          <Card title="聘书 / 聘任合同">
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={p.appointments}
              columns={[
                { title: '岗位', dataIndex: 'role', render: (r: keyof typeof staffRoleNames) => staffRoleNames[r] },
                { title: '聘书编号', dataIndex: 'letterNumber', render: dash },
                { title: '聘期', key: 'term', render: (_, a) => `${a.startDate} 至 ${a.endDate}` },
              ]}
            />
          </Card>
        )}
      </div>
      {editing && <PersonFormModal person={p} onClose={() => setEditing(false)} />}
    </PageContainer>
  );
}
