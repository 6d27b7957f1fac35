import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Image,
  Input,
  Modal,
  Result,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import type { ItemContent } from '../../../shared/itembank.js';
import type { ItemDetail } from '../../../shared/itembank-items.js';
import { errorMessage } from '../../app/api.js';
import { itemImageUrl, useItem, useItemAction, useItemChoices } from './api.items.js';
import { ItemFormModal } from './ItemForm.js';
import { stateColor } from './ItemsPage.js';

const dateTime = (s: string | null) => (s ? new Date(s).toLocaleString('zh-CN', { hour12: false }) : '—');

function Images({ ids }: { ids: (string | null | undefined)[] }) {
  const real = ids.filter((x): x is string => !!x);
  if (!real.length) return null;
  return (
    <Space wrap>
      {real.map((id) => (
        <Image key={id} src={itemImageUrl(id)} height={80} alt="试题图片" />
      ))}
    </Space>
  );
}

/** The content of a version, key included (the page is an audited view, R-BANK-02). */
function ContentView({ content, pointsTotal }: { content: ItemContent; pointsTotal: number | null }) {
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="item-content">
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{content.stem}</Typography.Paragraph>
      <Images ids={content.stemImageFileIds} />
      {(content.type === 'single' || content.type === 'multiple') && (
        <div>
          {content.options.map((o) => (
            <div key={o.key}>
              <Typography.Text strong={content.answer.includes(o.key)}>
                {o.key}. {o.text}
              </Typography.Text>{' '}
              <Images ids={[o.imageFileId]} />
            </div>
          ))}
          <Typography.Text type="success" data-testid="item-answer">
            答案：{content.answer.join('')}
          </Typography.Text>
        </div>
      )}
      {content.type === 'truefalse' && (
        <Typography.Text type="success" data-testid="item-answer">
          答案：{content.answer ? '正确（√）' : '错误（×）'}
        </Typography.Text>
      )}
      {content.type === 'skill' && (
        <>
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label="时限">{content.timeLimitMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="超时规定">{content.overtimeRule || '—'}</Descriptions.Item>
            <Descriptions.Item label="材料">{content.materials.join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label="设备">{content.equipment.join('、') || '—'}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey={(_, i) => String(i)}
            pagination={false}
            scroll={{ x: 720 }}
            dataSource={content.steps}
            title={() => `评分表（配分合计 ${pointsTotal ?? 0} 分）`}
            columns={[
              { title: '考核要素', dataIndex: 'element', width: 120 },
              { title: '考核要求', dataIndex: 'requirement' },
              { title: '配分', dataIndex: 'points', width: 60 },
              { title: '评分标准', dataIndex: 'criteria' },
              {
                title: '扣分规则',
                render: (_, s) => s.deductions.map((d) => `${d.text}（扣 ${d.points} 分）`).join('；') || '—',
              },
              { title: '否决项', width: 70, render: (_, s) => (s.veto ? <Tag color="red">否决项</Tag> : '否') },
            ]}
          />
        </>
      )}
      {content.explanation && <Typography.Text type="secondary">解析：{content.explanation}</Typography.Text>}
    </Space>
  );
}

function Actions({ item }: { item: ItemDetail }) {
  const action = useItemAction();
  const choices = useItemChoices();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const run = (a: 'approve' | 'return' | 'activate' | 'retire', n?: string) =>
    action.mutate(
      { id: item.id, action: a, note: n },
      {
        onSuccess: (r) => {
          message.success(`试题 ${r.code}：${r.stateName}`);
          setReturning(false);
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  return (
    <Space wrap>
      {item.may.edit && (
        <Button onClick={() => setEditing(true)} data-testid="item-edit">
          修改
        </Button>
      )}
      {item.may.review && (
        <Button type="primary" onClick={() => run('approve')} loading={action.isPending} data-testid="item-approve">
          审核通过
        </Button>
      )}
      {item.may.review && (
        <Button danger onClick={() => setReturning(true)} data-testid="item-return">
          退回
        </Button>
      )}
      {item.may.activate && (
        <Button type="primary" onClick={() => run('activate')} data-testid="item-activate">
          启用
        </Button>
      )}
      {item.may.retire && (
        <Button danger onClick={() => run('retire')} data-testid="item-retire">
          停用
        </Button>
      )}
      {editing && (
        <ItemFormModal
          open={editing}
          item={item}
          blueprints={choices.data?.blueprints ?? []}
          onClose={() => setEditing(false)}
        />
      )}
      <Modal
        open={returning}
        title={`退回试题 ${item.code}`}
        okText="退回"
        cancelText="取消"
        okButtonProps={{ danger: true, disabled: !note.trim() }}
        onOk={() => run('return', note.trim())}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          rows={3}
          placeholder="退回意见（必填）：需要修改的地方"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={1000}
        />
      </Modal>
    </Space>
  );
}

/** 试题详情 (R-BANK-01/02): the current version with its key (an audited view), its versions and the next steps. */
export function ItemPage() {
  const { id } = useParams();
  const item = useItem(id);
  if (item.error)
    return (
      <PageContainer title="试题">
        <Result status="404" title="试题不存在或无权查看" />
      </PageContainer>
    );
  const d = item.data;
  return (
    <PageContainer
      title={d ? `试题 ${d.code}` : '试题'}
      loading={item.isLoading}
      extra={d ? <Actions item={d} /> : undefined}
    >
      {d && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          {d.returned && (
            <Alert type="warning" showIcon message={`已被${d.reviewerName ?? ''}退回：${d.reviewNote ?? ''}`} />
          )}
          <Card>
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
              <Descriptions.Item label="细目表">{d.blueprintTitle}</Descriptions.Item>
              <Descriptions.Item label="鉴定点">
                {d.pointCode} {d.pointName}
              </Descriptions.Item>
              <Descriptions.Item label="题型">{d.typeName}</Descriptions.Item>
              <Descriptions.Item label="难度">{d.difficultyName}</Descriptions.Item>
              <Descriptions.Item label="状态">
                <Tag color={d.returned ? 'orange' : stateColor[d.state]} data-testid="item-detail-state">
                  {d.stateName}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label="当前版本">第 {d.version} 版</Descriptions.Item>
              <Descriptions.Item label="编写人">{d.authorName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="审核人">{d.reviewerName ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="审核时间">{dateTime(d.reviewedAt)}</Descriptions.Item>
              <Descriptions.Item label="不打乱选项">{d.noShuffle ? '是' : '否'}</Descriptions.Item>
              <Descriptions.Item label="互斥组">{d.enemyKey ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title="试题内容（含答案，本次查看已记录）">
            <ContentView content={d.content} pointsTotal={d.pointsTotal} />
          </Card>
          <Card title="版本记录">
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={d.versions}
              scroll={{ x: 640 }}
              columns={[
                { title: '版本', render: (_, v) => `第 ${v.version} 版${v.current ? '（当前）' : ''}`, width: 120 },
                { title: '修订人', dataIndex: 'createdByName', width: 100 },
                { title: '时间', render: (_, v) => dateTime(v.createdAt), width: 170 },
                { title: '组卷使用', render: (_, v) => (v.usedAt ? `已使用（${dateTime(v.usedAt)}）` : '未使用') },
                {
                  title: '内容摘要',
                  render: (_, v) => (
                    <Typography.Text type="secondary" title={v.contentHash}>
                      {v.contentHash.slice(0, 12)}…
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
          {d.statistics.length > 0 && (
            <Card title="考试统计（机考）">
              <Table
                size="small"
                rowKey={(x) => `${x.sitting}-${x.version}`}
                pagination={false}
                dataSource={d.statistics}
                scroll={{ x: 640 }}
                data-testid="item-statistics"
                columns={[
                  { title: '考试场次', dataIndex: 'sitting' },
                  { title: '版本', render: (_, x) => `第 ${x.version} 版`, width: 80 },
                  { title: '作答人数', dataIndex: 'answered', width: 90 },
                  { title: '难度（答对率 p）', render: (_, x) => x.difficulty.toFixed(2), width: 130 },
                  {
                    title: '区分度（高分组 − 低分组）',
                    render: (_, x) => (x.discrimination === null ? '—' : x.discrimination.toFixed(2)),
                    width: 190,
                  },
                ]}
              />
            </Card>
          )}
        </Space>
      )}
    </PageContainer>
  );
}
