import { Alert, Button, Progress, Space, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import type { Job } from '../../shared/jobs.js';
import { jobStatusNames } from '../../shared/jobs.js';
import { errorMessage, fileUrl } from '../app/api.js';

/** A background job as the user sees it: a progress bar, then a download link or the reason it failed. */
export function JobProgress({ job, error }: { job: Job | undefined; error?: unknown }) {
  if (error)
    return (
      <Alert
        type="error"
        showIcon
        message="无法获取任务进度"
        description={errorMessage(error)}
        data-testid="job-error"
      />
    );
  const status = job?.status ?? 'queued';
  const percent = status === 'succeeded' ? 100 : (job?.progress ?? 0);
  return (
    <div data-testid="job-progress" data-status={status}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text>
          {job?.kindName ?? '后台任务'}：<Typography.Text strong>{jobStatusNames[status]}</Typography.Text>
          {job?.message && status !== 'failed' ? (
            <Typography.Text type="secondary">（{job.message}）</Typography.Text>
          ) : null}
        </Typography.Text>
        <Progress
          percent={percent}
          status={status === 'failed' ? 'exception' : status === 'succeeded' ? 'success' : 'active'}
        />
        {status === 'succeeded' && job?.result?.fileId && (
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            href={fileUrl(job.result.fileId)}
            download={job.result.fileName ?? true}
            data-testid="job-download"
          >
            下载{job.result.fileName ? `：${job.result.fileName}` : ''}
          </Button>
        )}
        {status === 'succeeded' && !job?.result?.fileId && <Alert type="success" showIcon message="任务已完成" />}
        {status === 'failed' && (
          <Alert
            type="error"
            showIcon
            message="任务失败"
            description={job?.error ?? job?.message ?? '请稍后重试'}
            data-testid="job-failed"
          />
        )}
      </Space>
    </div>
  );
}
