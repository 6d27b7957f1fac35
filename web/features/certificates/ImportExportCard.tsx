import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { CloudUploadOutlined, DownloadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { CertificateExportItem } from '../../../shared/certificates.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { exportFileUrl, useCertificateExports, useExportCertificates } from './api.js';

/**
 * 导出上报 (R-CERT-04): the batch's certificate data for the national query system, each version stored once with
 * its SHA-256 shown; a change (revocation, reissue, import) makes a new version, the earlier ones kept.
 */
export function ImportExportCard({ batchId }: { batchId: string }) {
  const { message } = App.useApp();
  const q = useCertificateExports(batchId);
  const run = useExportCertificates();
  const mayExport = useCan('certificates.issue');
  const columns: ColumnsType<CertificateExportItem> = [
    { title: '版本', dataIndex: 'version', width: 70, render: (v: number) => `第 ${v} 版` },
    { title: '导出时间', dataIndex: 'createdAt', width: 170, render: (v: string) => v.slice(0, 19).replace('T', ' ') },
    { title: '导出人', dataIndex: 'createdBy', width: 100, render: (v: string | null) => v ?? '—' },
    { title: '证书数', dataIndex: 'rows', width: 80 },
    {
      title: 'SHA-256 校验值',
      dataIndex: 'sha256',
      render: (v: string) => (
        <Typography.Text code copyable style={{ wordBreak: 'break-all' }} data-testid="cert-export-sha">
          {v}
        </Typography.Text>
      ),
    },
    {
      title: '下载',
      width: 90,
      render: (_, e) => (
        <Button size="small" icon={<DownloadOutlined />} href={exportFileUrl(e.id)}>
          下载
        </Button>
      ),
    },
  ];
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      title="全国联网查询数据上报"
      extra={
        mayExport ? (
          <Button
            icon={<CloudUploadOutlined />}
            loading={run.isPending}
            data-testid="cert-export"
            onClick={() =>
              run
                .mutateAsync(batchId)
                .then((r) => message.success(`已生成第 ${r.items[0]?.version ?? 1} 版上报表`))
                .catch((e) => message.error(errorMessage(e)))
            }
          >
            导出上报
          </Button>
        ) : null
      }
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
        {q.data?.changed && (
          <Alert
            type="warning"
            showIcon
            message={
              q.data.items.length
                ? '证书数据在上次上报后有变化（撤销、补发或导入），请重新导出上报；旧版本保留'
                : '尚未导出上报'
            }
          />
        )}
        <Table<CertificateExportItem>
          rowKey="id"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          columns={columns}
          scroll={{ x: 900 }}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未导出：上报表含完整证件号码，每次导出与下载均记录审计' }}
          data-testid="cert-exports"
        />
      </Space>
    </Card>
  );
}
