import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import type { ColumnsType } from 'antd/es/table';
import type { CertificateImportResult, CertificateImportRow } from '../../../shared/certificates.js';
import { errorMessage } from '../../app/api.js';
import { importTemplateUrl, useImportCertificateNumbers } from './api.js';

/**
 * 导入省平台证书编号 (R-CERT-01): the file (姓名, 证件号码, 证书编号) is previewed first — every row with whom it
 * matched and what is wrong, by row and column — and nothing is written until 确认导入, which writes all rows or none.
 */
export function ImportNumbersModal({
  batchId,
  title,
  onClose,
}: {
  batchId: string;
  title: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const mutation = useImportCertificateNumbers();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<CertificateImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const check = (f: File) => {
    setFile(f);
    setPreview(null);
    setError(null);
    mutation
      .mutateAsync({ batchId, confirm: false, file: f })
      .then(setPreview)
      .catch((e) => setError(errorMessage(e)));
  };
  const confirm = () =>
    file &&
    mutation
      .mutateAsync({ batchId, confirm: true, file })
      .then((r) => {
        message.success(`已导入 ${r.imported} 个证书编号`);
        onClose();
      })
      .catch((e) => setError(errorMessage(e)));

  const columns: ColumnsType<CertificateImportRow> = [
    { title: '行', dataIndex: 'row', width: 56 },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '证件号码', dataIndex: 'idMasked', width: 170 },
    { title: '证书编号', dataIndex: 'certificateNumber', width: 210 },
    { title: '等级', dataIndex: 'levelName', width: 110, render: (v: string | null) => v ?? '—' },
    {
      title: '检查结果',
      render: (_, r) =>
        r.issues.length ? (
          <Space direction="vertical" size={0}>
            {r.issues.map((m) => (
              <Typography.Text key={m} type="danger">
                {m}
              </Typography.Text>
            ))}
          </Space>
        ) : (
          <Tag color="green">可导入</Tag>
        ),
    },
  ];
  const ok = !!preview && preview.bad === 0 && preview.good > 0;
  return (
    <Modal
      open
      width={1000}
      title={`导入省平台证书编号：${title}`}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          disabled={!ok}
          loading={mutation.isPending}
          onClick={() => void confirm()}
          data-testid="cert-import-confirm"
        >
          确认导入{preview && ok ? `（${preview.good} 条）` : ''}
        </Button>,
      ]}
    >
      <Space direction="vertical" style={{ width: '100%' }} size={12}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          省平台分配证书编号时，导出其名单（姓名、证件号码、证书编号）后在此导入：按姓名与证件号码对应本批次成绩合格且已确定的考生；先预览检查，确认后全部导入，有任何错误则不导入。
        </Typography.Paragraph>
        <Space wrap>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            beforeUpload={(f) => {
              check(f);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={mutation.isPending && !preview} data-testid="cert-import-file">
              {file ? '重新选择文件' : '选择 Excel 文件'}
            </Button>
          </Upload>
          <Button icon={<DownloadOutlined />} href={importTemplateUrl()}>
            下载模板
          </Button>
          {file ? <Typography.Text type="secondary">{file.name}</Typography.Text> : null}
        </Space>
        {error && <Alert type="error" showIcon message={error} data-testid="cert-import-error" />}
        {preview && (
          <>
            <Alert
              type={preview.bad ? 'error' : 'success'}
              showIcon
              message={
                preview.bad
                  ? `共 ${preview.rows.length} 行，其中 ${preview.bad} 行有错误：请修改文件后重新选择，未导入任何数据`
                  : `共 ${preview.good} 行，检查通过：确认后导入`
              }
              data-testid="cert-import-summary"
            />
            <Table<CertificateImportRow>
              rowKey="row"
              size="small"
              dataSource={preview.rows}
              columns={columns}
              scroll={{ x: 900 }}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              data-testid="cert-import-rows"
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
