import { useState } from 'react';
import { Alert, App, Button, Card, Radio, Space, Table, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { importKindNames } from '../../../shared/people-appraisal.js';
import { ApiError, api, apiUrl, errorMessage, type FieldIssue } from '../../app/api.js';
import type { ImportResult } from './api.js';

/** 人员批量导入: a roster with any bad cell imports nothing; every bad cell is listed by row and column. */
export function ImportPage() {
  const [kind, setKind] = useState<'staff' | 'examiners'>('examiners');
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const upload = async (file: File) => {
    setBusy(true);
    setIssues([]);
    setResult(null);
    try {
      const r = await api.upload('/people/import', file, {}, { query: { kind } });
      setResult(r);
      message.success('导入成功');
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.details)) setIssues(e.fieldIssues);
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer
      title="人员批量导入"
      content="按模板填写后上传；有任何错误时整个文件都不导入，请按下表逐项修改后重新上传。"
    >
      <Card data-testid="people-import">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Radio.Group
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            optionType="button"
            options={Object.entries(importKindNames).map(([value, label]) => ({ value, label }))}
          />
          <Space>
            <Button icon={<DownloadOutlined />} href={apiUrl('/people/import-template', { query: { kind } })}>
              下载模板
            </Button>
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void upload(f), false)}>
              <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="import-upload">
                上传 Excel
              </Button>
            </Upload>
          </Space>
          {result && (
            <Alert
              type="success"
              showIcon
              message={`导入完成：新增人员 ${result.createdPersons} 人，新增${kind === 'examiners' ? '考评员' : '考务岗位'} ${result.createdRoles} 条`}
            />
          )}
          {issues.length > 0 && (
            <>
              <Alert type="error" showIcon message={`文件有 ${issues.length} 处错误，未导入任何数据`} />
              <Table<FieldIssue>
                rowKey={(r, i) => `${r.row}-${r.column}-${i}`}
                size="small"
                dataSource={issues}
                pagination={{ pageSize: 50 }}
                data-testid="import-issues"
                columns={[
                  { title: '行', dataIndex: 'row', width: 70, render: (v) => v ?? '—' },
                  { title: '列', dataIndex: 'column', width: 70, render: (v) => v ?? '—' },
                  { title: '问题', dataIndex: 'message' },
                ]}
              />
            </>
          )}
        </Space>
      </Card>
    </PageContainer>
  );
}
