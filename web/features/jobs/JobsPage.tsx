import { Alert, Button, Card, Progress, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { jobStatusNames, type Job } from '../../../shared/jobs.js';
import { errorMessage, fileUrl } from '../../app/api.js';
import { useMyJobs } from './api.js';

const statusColor: Record<Job['status'], string> = {
  queued: 'default',
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

/** What a finished job left: its file, the roster import's counts, or a refused roster's problem count. */
function outcomeOf(j: Job) {
  if (j.status === 'failed') return <Typography.Text type="danger">{j.error ?? '失败'}</Typography.Text>;
  if (j.status !== 'succeeded')
    return <Progress percent={j.progress} size="small" status="active" style={{ width: 160 }} />;
  const r = j.result ?? {};
  if (r.outcome === 'imported') return `已导入：${String(r.applicationsCreated ?? 0)} 人报名`;
  if (r.fileId)
    return (
      <Button size="small" icon={<DownloadOutlined />} href={fileUrl(r.fileId)} download={r.fileName ?? true}>
        {r.fileName ?? '下载'}
      </Button>
    );
  if (r.outcome === 'refused')
    return (
      <Typography.Text type="danger">{`未导入：${Array.isArray(r.issues) && r.issues.length ? `${r.issues.length} 处错误，请在花名册导入页重新上传查看` : String(r.message ?? '')}`}</Typography.Text>
    );
  return '已完成';
}

/** 我的后台任务: the user's recent exports, bulk prints and imports, to come back to a result later. */
export function JobsPage() {
  const jobs = useMyJobs();
  return (
    <PageContainer
      title="我的后台任务"
      content="最近 50 个由您发起的导出、批量打印和导入任务；文件类结果可在此重新下载。"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => void jobs.refetch()}>
          刷新
        </Button>
      }
    >
      <Card>
        {jobs.isError && <Alert type="error" showIcon message={errorMessage(jobs.error)} />}
        <Table<Job>
          rowKey="id"
          size="small"
          loading={jobs.isLoading}
          dataSource={jobs.data?.items ?? []}
          pagination={false}
          data-testid="jobs-table"
          locale={{ emptyText: '暂无后台任务' }}
          columns={[
            { title: '任务', dataIndex: 'kindName', width: 180 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 100,
              render: (s: Job['status']) => <Tag color={statusColor[s]}>{jobStatusNames[s]}</Tag>,
            },
            {
              title: '发起时间',
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss'),
            },
            {
              title: '完成时间',
              dataIndex: 'finishedAt',
              width: 170,
              render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm:ss') : '—'),
            },
            { title: '结果', render: (_: unknown, j) => outcomeOf(j) },
          ]}
        />
      </Card>
    </PageContainer>
  );
}
