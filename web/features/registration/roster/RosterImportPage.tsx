import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Progress, Select, Space, Typography, Upload } from 'antd';
import { ArrowRightOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { INITIAL_PASSWORD_NOTE, rosterColumnNames, type RosterImportResult } from '../../../../shared/registration.js';
import { ApiError, errorMessage, type FieldIssue } from '../../../app/api.js';
import { useBatches } from '../../plans/api.js';
import { useJob } from '../../jobs/api.js';
import { rosterTemplateUrl, useRosterImportJob } from './api.js';
import { ImportIssuesTable } from '../../../components/ImportIssuesTable.js';

/** R-REG-01: 花名册导入 — a roster with any bad cell imports nothing; every bad cell is listed by row and column. */
export function RosterImportPage() {
  const batches = useBatches({ state: 'registering' });
  const [batchId, setBatchId] = useState<string>();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [summary, setSummary] = useState<string | null>(null);
  const [result, setResult] = useState<RosterImportResult | null>(null);
  const startImport = useRosterImportJob();
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useJob(jobId);
  const { message } = App.useApp();
  const running =
    startImport.isPending ||
    (!!jobId && !job.error && job.data?.status !== 'succeeded' && job.data?.status !== 'failed');

  // The job's end: an import, or a refused file with its problems by row and column (nothing imported).
  useEffect(() => {
    const j = job.data;
    if (!jobId || !j || (j.status !== 'succeeded' && j.status !== 'failed')) return;
    setJobId(null);
    if (j.status === 'failed') return setSummary(j.error ?? '导入失败，请稍后重试');
    const r = j.result as unknown as
      ({ outcome: 'imported' } & RosterImportResult) | { outcome: 'refused'; message: string; issues: FieldIssue[] };
    if (r.outcome === 'imported') {
      setResult(r);
      message.success(`导入成功：${r.applicationsCreated} 人报名`);
    } else if (r.issues.length) {
      setIssues(r.issues);
      setSummary(
        r.issues.length > 1 || r.issues[0].row
          ? `文件有 ${r.issues.length} 处错误，未导入任何数据，请按下表修改后重新上传`
          : r.message,
      );
    } else setSummary(r.message);
  }, [job.data, jobId, message]);

  const upload = (file: File) => {
    if (!batchId) return;
    setIssues([]);
    setSummary(null);
    setResult(null);
    startImport.mutate(
      { batchId, file },
      {
        onSuccess: (r) => setJobId(r.jobId),
        onError: (e) => {
          if (e instanceof ApiError && e.fieldIssues[0]?.row) setIssues(e.fieldIssues);
          setSummary(errorMessage(e));
        },
      },
    );
  };

  const options = (batches.data?.items ?? []).map((b) => ({
    value: b.id,
    label: `${b.title}（${b.collegeName ?? ''}）`,
  }));
  return (
    <PageContainer
      title="花名册导入"
      content="选择报名中的认定批次，下载模板填写后上传。每行的职业、工种、等级和评价方式须为本批次的（不填时按本批次）；任何一行有错误时整个文件都不导入；导入的报名进入学院初审。"
    >
      <Card data-testid="roster-import">
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Alert type="info" showIcon message={INITIAL_PASSWORD_NOTE} />
          <Space wrap>
            <Select
              style={{ minWidth: 'min(320px, 100%)', maxWidth: '100%' }}
              placeholder="选择认定批次（报名中）"
              loading={batches.isLoading}
              options={options}
              value={batchId}
              onChange={(v) => setBatchId(v)}
              data-testid="roster-batch"
              notFoundContent="没有报名中的批次"
            />
            <Button
              icon={<DownloadOutlined />}
              href={batchId ? rosterTemplateUrl(batchId) : undefined}
              disabled={!batchId}
            >
              下载模板
            </Button>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              disabled={!batchId}
              beforeUpload={(f) => (upload(f), false)}
            >
              <Button
                type="primary"
                icon={<UploadOutlined />}
                loading={running}
                disabled={!batchId}
                data-testid="roster-upload"
              >
                上传花名册
              </Button>
            </Upload>
          </Space>
          {running && (
            <div data-testid="roster-progress">
              <Typography.Text type="secondary">
                {job.data?.message ?? '正在上传'}：正在后台校验并导入，几千行的花名册需要几十秒，请稍候……
              </Typography.Text>
              <Progress percent={job.data?.progress ?? 0} status="active" />
            </div>
          )}
          {job.error && (
            <Alert type="error" showIcon message="无法获取导入进度" description={errorMessage(job.error)} />
          )}
          {result && (
            <div data-testid="roster-result">
              <Alert
                type="success"
                showIcon
                message={`导入完成：${result.applicationsCreated} 人报名，进入学院初审`}
                action={
                  <Link to={`/applications?batchId=${result.batchId}`} data-testid="roster-to-review">
                    <Button type="primary" size="small" icon={<ArrowRightOutlined />}>
                      去报名审核
                    </Button>
                  </Link>
                }
                style={{ marginBottom: 12 }}
              />
              <Descriptions bordered size="small" column={{ xs: 1, sm: 2, md: 3 }}>
                <Descriptions.Item label="花名册行数">{result.rows}</Descriptions.Item>
                <Descriptions.Item label="新建人员">{result.personsCreated}</Descriptions.Item>
                <Descriptions.Item label="更新人员">{result.personsUpdated}</Descriptions.Item>
                <Descriptions.Item label="新开考生账号">{result.accountsCreated}</Descriptions.Item>
                <Descriptions.Item label="符合申报条件">{result.eligible}</Descriptions.Item>
                <Descriptions.Item label="不符合申报条件（待审核）">{result.notEligible}</Descriptions.Item>
              </Descriptions>
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 12 }}
                message="请通知考生"
                description={result.initialPasswordNote}
              />
            </div>
          )}
          {summary && <Alert type="error" showIcon message={summary} data-testid="roster-error" />}
          {issues.length > 0 && (
            <ImportIssuesTable issues={issues} fieldNames={rosterColumnNames} testId="roster-issues" />
          )}
        </Space>
      </Card>
    </PageContainer>
  );
}
