import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Grid, Image, Space, Tag, Typography } from 'antd';
import { FilePdfOutlined, PaperClipOutlined } from '@ant-design/icons';
import { levelNames, type Level } from '../../../../shared/eligibility.js';
import {
  applicationFormNames,
  evidenceKindNames,
  singlePartNames,
  type ApplicationForm,
} from '../../../../shared/registration.js';
import { batchMethodNames, type BatchMethod } from '../../../../shared/plans.js';
import { educationLevelNames, genderNames, personKindNames } from '../../../../shared/people.js';
import { errorMessage } from '../../../app/api.js';
import { applicationFileUrl, reviewFormPdf, useApplication, useReviewAction } from '../api.js';
import { DecisionTimeline, FeeTag, LevelVerdicts, ReasonModal, StatusTag } from '../parts.js';

const dash = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));
const lv = (l: number) => levelNames[l as Level] ?? `${l}级`;

/** One application for a reviewer: person (masked ID), 报名表, photo, evidence, the engine's reasons, decisions (R-REG-02, R-ELIG-00). */
export function ApplicationDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const q = useApplication(id);
  const action = useReviewAction();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'approve' | 'reject' | 'unlock' | null>(null);
  const a = q.data;

  const run = async (reason: string | null) => {
    try {
      if (dialog === 'unlock') {
        await action.mutateAsync({ kind: 'unlock', id, reason: reason ?? '' });
        message.success('已解除锁定，报名退回待中心复审');
      } else {
        await action.mutateAsync({ kind: 'review', body: { ids: [id], decision: dialog!, reason } });
        message.success(dialog === 'approve' ? '已审核通过' : '已退回');
      }
      setDialog(null);
      return true;
    } catch (e) {
      message.error(errorMessage(e));
      return false;
    }
  };

  return (
    <Drawer
      open
      width={screens.lg ? 760 : '100%'}
      title={a ? `${a.name} · ${a.code} ${a.occupationName} ${lv(a.level)}` : '报名详情'}
      onClose={onClose}
      extra={
        a && (
          <Space wrap>
            <Button icon={<FilePdfOutlined />} href={reviewFormPdf(a.id)} target="_blank">
              打印报名表
            </Button>
            {a.can.unlock && (
              <Button danger onClick={() => setDialog('unlock')} data-testid="application-unlock">
                解除锁定
              </Button>
            )}
            {a.can.review && (
              <>
                <Button danger onClick={() => setDialog('reject')} data-testid="drawer-reject">
                  退回
                </Button>
                <Button type="primary" onClick={() => setDialog('approve')} data-testid="drawer-approve">
                  审核通过
                </Button>
              </>
            )}
          </Space>
        )
      }
    >
      {q.error ? (
        <Empty description={errorMessage(q.error)} />
      ) : !a ? (
        <Card loading />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }} data-testid="application-detail">
          <Space wrap>
            <StatusTag status={a.status} />
            <FeeTag status={a.feeStatus} applicationStatus={a.status} />
            {a.eligible === false && (
              <Alert
                type="warning"
                showIcon
                message="资格审核引擎判定：不符合申报条件"
                style={{ padding: '2px 8px' }}
              />
            )}
          </Space>
          <Card size="small" title="考生信息">
            <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
              {a.photoFileId ? (
                <Image
                  width={96}
                  height={134}
                  style={{ objectFit: 'cover' }}
                  src={applicationFileUrl(a.id, a.photoFileId)}
                  alt="证件照"
                />
              ) : (
                <div
                  style={{
                    width: 96,
                    height: 134,
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
              <Descriptions
                column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
                size="small"
                style={{ flex: 1, minWidth: 240 }}
              >
                <Descriptions.Item label="姓名">{a.name}</Descriptions.Item>
                <Descriptions.Item label="性别">
                  {genderNames[a.gender as keyof typeof genderNames] ?? a.gender}
                </Descriptions.Item>
                <Descriptions.Item label="证件号码" span={2}>
                  {/* Issue 9: the masked number (R-PPL-02) on one line. */}
                  <Typography.Text code style={{ whiteSpace: 'nowrap' }} data-testid="drawer-id-masked">
                    {a.idMasked}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label="出生年份">{a.birthYear ? `${a.birthYear} 年` : '—'}</Descriptions.Item>
                <Descriptions.Item label="类别">{personKindNames[a.kind]}</Descriptions.Item>
                <Descriptions.Item label="学号">{dash(a.studentNumber)}</Descriptions.Item>
                <Descriptions.Item label="二级学院">{dash(a.collegeName)}</Descriptions.Item>
                <Descriptions.Item label="班级">{dash(a.className)}</Descriptions.Item>
                <Descriptions.Item label="培养层次">
                  {a.educationLevel
                    ? (educationLevelNames[a.educationLevel as keyof typeof educationLevelNames] ?? a.educationLevel)
                    : '—'}
                </Descriptions.Item>
                <Descriptions.Item label="专业">{dash(a.major)}</Descriptions.Item>
              </Descriptions>
            </div>
          </Card>
          <Card size="small" title="报名表">
            <Descriptions column={{ xs: 1, md: 2 }} size="small">
              <Descriptions.Item label="认定批次">{a.batchTitle}</Descriptions.Item>
              <Descriptions.Item label="评价方式">
                {batchMethodNames[a.method as BatchMethod] ?? a.method}
              </Descriptions.Item>
              <Descriptions.Item label="申报等级">
                {lv(a.level)}
                {a.onlyPart && (
                  <Tag color="purple" style={{ marginLeft: 6 }}>
                    单科报考：只考{singlePartNames[a.onlyPart]}
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="来源">
                {a.source === 'import' ? '花名册导入' : '考生网上报名'}
              </Descriptions.Item>
              {(Object.keys(applicationFormNames) as (keyof ApplicationForm)[]).map((k) => (
                <Descriptions.Item key={k} label={applicationFormNames[k]}>
                  <span style={{ wordBreak: 'break-word' }}>{dash(a.form[k])}</span>
                </Descriptions.Item>
              ))}
            </Descriptions>
          </Card>
          <Card size="small" title="证明材料">
            {a.evidence.length ? (
              <Space direction="vertical">
                {a.evidence.map((e) => (
                  <Typography.Link key={e.fileId} href={applicationFileUrl(a.id, e.fileId)} target="_blank">
                    <PaperClipOutlined /> {evidenceKindNames[e.kind]}：{e.name}
                  </Typography.Link>
                ))}
              </Space>
            ) : (
              <Typography.Text type="secondary">未上传</Typography.Text>
            )}
          </Card>
          <Card size="small" title="资格审核依据（系统判定）">
            {a.eligibility ? (
              <>
                <LevelVerdicts
                  levels={a.eligibility.levels
                    .filter((l) => l.level === a.level)
                    .concat(a.eligibility.levels.filter((l) => l.level !== a.level))}
                  ruleIds
                />
                {a.eligibility.notes.map((n, i) => (
                  <Typography.Text key={i} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    注：{n}
                  </Typography.Text>
                ))}
              </>
            ) : (
              <Typography.Text type="secondary">尚无判定</Typography.Text>
            )}
          </Card>
          <Card size="small" title="审核记录">
            <DecisionTimeline decisions={a.decisions} />
          </Card>
        </Space>
      )}
      <ReasonModal
        open={!!dialog}
        title={dialog === 'unlock' ? '解除锁定（退回待中心复审）' : dialog === 'reject' ? '退回报名' : '审核通过'}
        required={dialog !== 'approve'}
        label={dialog === 'unlock' ? '解锁原因' : undefined}
        onCancel={() => setDialog(null)}
        onOk={run}
      />
    </Drawer>
  );
}
