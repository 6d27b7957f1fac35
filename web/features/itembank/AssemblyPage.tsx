import { useNavigate, useParams } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { FilePdfOutlined, LockOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { assemblyKindNames, paperStateNames } from '../../../shared/itembank.js';
import { errorMessage } from '../../app/api.js';
import { assemblyReportUrl, useAssembly, usePublishAssembly } from './api.papers.js';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** One assembly run: the report (plan against result, capacity, the independent checker), its forms, publishing. */
export function AssemblyPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const run = useAssembly(id);
  const publish = usePublishAssembly();
  if (!run.data) return <PageContainer title="组卷结果" loading={run.isLoading} />;
  const a = run.data;
  const drafts = a.papers.filter((p) => p.state === 'draft').length;
  const issues = [...a.report.unmet.map((u) => u.message), ...a.report.violations.map((v) => v.message)];
  const onPublish = async () => {
    try {
      const r = await publish.mutateAsync(a.id);
      message.success(`已发布并封存 ${r.published} 套试卷`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <PageContainer
      title="组卷结果"
      subTitle={`${a.blueprint.title} · ${a.planName}`}
      onBack={() => navigate(`/itembank/plans/${a.planId}`)}
      extra={
        <Space wrap>
          <Button icon={<FilePdfOutlined />} href={assemblyReportUrl(a.id)} target="_blank">
            组卷报告
          </Button>
          <Popconfirm
            title="发布并封存"
            description="发布后试卷内容封存（记录封存值），所用试题版本不再修改。"
            okText="发布"
            cancelText="取消"
            onConfirm={onPublish}
            disabled={!drafts || !a.passed}
          >
            <Button
              type="primary"
              icon={<LockOutlined />}
              disabled={!drafts || !a.passed}
              loading={publish.isPending}
              data-testid="assembly-publish"
            >
              {drafts ? `发布并封存（${drafts} 套）` : '已全部发布'}
            </Button>
          </Popconfirm>
        </Space>
      }
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label="组卷方式">{assemblyKindNames[a.kind]}</Descriptions.Item>
            <Descriptions.Item label="套数">{a.formCount}</Descriptions.Item>
            {a.sittingLabel && <Descriptions.Item label="场次">{a.sittingLabel}</Descriptions.Item>}
            <Descriptions.Item label="独立校验">
              {a.passed ? <Tag color="green">全部试卷通过</Tag> : <Tag color="red">未通过（{issues.length} 项）</Tag>}
            </Descriptions.Item>
            {a.formCount > 1 && (
              <Descriptions.Item label="最大重合率">
                {pct(a.report.maxOverlap)}（上限 {pct(a.spec.maxOverlap)}）
              </Descriptions.Item>
            )}
            {a.formCount > 1 && (
              <Descriptions.Item label="最大曝光率">
                {pct(a.report.maxExposure)}（上限 {pct(a.spec.maxExposure)}）
              </Descriptions.Item>
            )}
            <Descriptions.Item label="题库容量">最多 {a.report.capacity.maxForms} 套</Descriptions.Item>
            <Descriptions.Item label="用时">{a.report.millis} 毫秒</Descriptions.Item>
            <Descriptions.Item label="随机种子">{a.seed}</Descriptions.Item>
          </Descriptions>
          {issues.length > 0 && (
            <Alert
              type="error"
              showIcon
              style={{ marginTop: 8 }}
              message="未满足的约束"
              description={issues.slice(0, 20).join('；')}
            />
          )}
        </Card>
        <Card title="方案与结果对照（每套）" size="small">
          <Table
            size="small"
            rowKey="cell"
            pagination={false}
            dataSource={a.report.cells}
            scroll={{ x: 480 }}
            data-testid="assembly-cells"
            columns={[
              { title: '单元', dataIndex: 'label' },
              { title: '方案', dataIndex: 'planned', width: 80 },
              { title: '最少', dataIndex: 'min', width: 80 },
              { title: '最多', dataIndex: 'max', width: 80 },
            ]}
          />
        </Card>
        <Card title="试卷" size="small">
          <Table
            size="small"
            rowKey="id"
            dataSource={a.papers}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            data-testid="assembly-papers"
            columns={[
              { title: '卷别', dataIndex: 'label', width: 70 },
              {
                title: '试卷',
                dataIndex: 'title',
                render: (_, p) => (
                  <Typography.Link onClick={() => navigate(`/itembank/papers/${p.id}`)}>{p.title}</Typography.Link>
                ),
              },
              { title: '考生', width: 100, render: (_, p) => p.personName ?? '—' },
              {
                title: '状态',
                width: 140,
                render: (_, p) => (
                  <Tag color={p.state === 'published' ? 'green' : 'default'}>{paperStateNames[p.state]}</Tag>
                ),
              },
            ]}
          />
        </Card>
      </Space>
    </PageContainer>
  );
}
