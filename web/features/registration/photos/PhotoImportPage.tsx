import { useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { photoMatchKindNames, type PhotoImportResult } from '../../../../shared/registration.js';
import { api, errorMessage } from '../../../app/api.js';
import { useBatches } from '../../plans/api.js';

type Matched = PhotoImportResult['matched'][number];
type Listed = { file: string; reason: string };

/** 照片批量导入 (R-REG-01): a ZIP of photos named by ID number or student number; every file's outcome by name. */
export function PhotoImportPage() {
  const batches = useBatches({});
  const [batchId, setBatchId] = useState<string>();
  const [result, setResult] = useState<PhotoImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const { message } = App.useApp();

  const upload = async (file: File) => {
    if (!batchId) return void message.warning('请先选择认定批次');
    setBusy(true);
    setResult(null);
    try {
      const r = await api.upload('/batches/{id}/photos/import', file, {}, { path: { id: batchId } });
      setResult(r);
      message.success(`已导入 ${r.imported} 张照片`);
    } catch (e) {
      message.error(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const listed = (rows: Listed[], testId: string) => (
    <Table<Listed>
      rowKey="file"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 50 }}
      data-testid={testId}
      columns={[
        { title: '文件名', dataIndex: 'file', width: 280 },
        { title: '原因', dataIndex: 'reason' },
      ]}
    />
  );
  const warned = result?.matched.filter((m) => m.warnings.length).length ?? 0;

  return (
    <PageContainer
      title="照片批量导入"
      content="将考生证件照打包为 ZIP 上传，每张照片以身份证号或学号命名（如 410102200405050011.jpg、JD2023001.png）。照片将统一裁剪为 295×413 像素（一寸）JPEG，不超过 100 KB；请使用白色背景。"
    >
      <Card data-testid="photo-import">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <span>认定批次：</span>
            <Select
              style={{ width: 360, maxWidth: '100%' }}
              showSearch
              optionFilterProp="label"
              placeholder="选择认定批次"
              value={batchId}
              onChange={(v) => (setBatchId(v), setResult(null))}
              data-testid="photo-batch"
              options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.title }))}
            />
            <Upload
              accept=".zip"
              showUploadList={false}
              beforeUpload={(f) => (void upload(f), false)}
              disabled={!batchId}
            >
              <Button
                type="primary"
                icon={<UploadOutlined />}
                loading={busy}
                disabled={!batchId}
                data-testid="photo-upload"
              >
                上传照片 ZIP
              </Button>
            </Upload>
          </Space>
          {result && (
            <>
              <Alert
                type={result.unmatched.length || result.duplicate.length || result.bad.length ? 'warning' : 'success'}
                showIcon
                data-testid="photo-summary"
                message={`已导入 ${result.imported} 张；未匹配 ${result.unmatched.length} 个，重复 ${result.duplicate.length} 个，无效 ${result.bad.length} 个${warned ? `；${warned} 张需检查背景或比例` : ''}`}
              />
              <Tabs
                items={[
                  {
                    key: 'matched',
                    label: `已导入（${result.matched.length}）`,
                    children: (
                      <Table<Matched>
                        rowKey="file"
                        size="small"
                        dataSource={result.matched}
                        pagination={{ pageSize: 50 }}
                        data-testid="photo-matched"
                        columns={[
                          { title: '文件名', dataIndex: 'file', width: 280 },
                          { title: '考生', dataIndex: 'personName', width: 100 },
                          {
                            title: '匹配方式',
                            dataIndex: 'by',
                            width: 100,
                            render: (v: Matched['by']) => photoMatchKindNames[v],
                          },
                          {
                            title: '大小',
                            dataIndex: 'size',
                            width: 90,
                            render: (v: number) => `${(v / 1024).toFixed(0)} KB`,
                          },
                          {
                            title: '提示',
                            dataIndex: 'warnings',
                            render: (w: string[]) =>
                              w.length ? (
                                w.map((x) => (
                                  <Tag key={x} color="orange">
                                    {x}
                                  </Tag>
                                ))
                              ) : (
                                <Typography.Text type="success">合格</Typography.Text>
                              ),
                          },
                        ]}
                      />
                    ),
                  },
                  {
                    key: 'unmatched',
                    label: `未匹配（${result.unmatched.length}）`,
                    children: listed(result.unmatched, 'photo-unmatched'),
                  },
                  {
                    key: 'duplicate',
                    label: `重复（${result.duplicate.length}）`,
                    children: listed(result.duplicate, 'photo-duplicate'),
                  },
                  { key: 'bad', label: `无效文件（${result.bad.length}）`, children: listed(result.bad, 'photo-bad') },
                ]}
              />
            </>
          )}
        </Space>
      </Card>
    </PageContainer>
  );
}
