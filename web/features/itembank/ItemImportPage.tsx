import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, App, Button, Card, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { ImportQuestion, ItemImportResult } from '../../../shared/itembank-items.js';
import { errorMessage } from '../../app/api.js';
import { itemTemplateUrl, useImportItems, useItemChoices } from './api.items.js';

type Format = 'word' | 'excel';

/** 导入试题 (R-BANK-01): Excel template or a Word file; a preview first, nothing created until confirmed. */
export function ItemImportPage() {
  const choices = useItemChoices();
  const importItems = useImportItems();
  const { message } = App.useApp();
  const [format, setFormat] = useState<Format>('word');
  const [blueprintId, setBlueprintId] = useState<string>();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ItemImportResult | null>(null);
  const [done, setDone] = useState<ItemImportResult | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const blueprints = choices.data?.blueprints ?? [];

  const send = (f: File, confirm: boolean) => {
    if (!blueprintId) return;
    setRefused(null);
    if (!confirm) setDone(null);
    importItems.mutate(
      { format, blueprintId, confirm, file: f },
      {
        onSuccess: (r) => {
          if (confirm) {
            setDone(r);
            setPreview(null);
            setFile(null);
            message.success(`已导入 ${r.created} 道试题（草稿）`);
          } else setPreview(r);
        },
        onError: (e) => {
          setRefused(errorMessage(e));
          if (!confirm) setPreview(null);
        },
      },
    );
  };

  const choose = (f: File) => {
    setFile(f);
    send(f, false);
  };

  const uploader = (
    <Space wrap>
      <Select
        style={{ width: 300, maxWidth: '100%' }}
        placeholder="选择细目表"
        options={blueprints.map((b) => ({ value: b.id, label: b.title }))}
        value={blueprintId}
        onChange={(v) => {
          setBlueprintId(v);
          setPreview(null);
        }}
        loading={choices.isLoading}
        notFoundContent="没有可用的细目表"
        data-testid="import-blueprint"
      />
      {format === 'excel' && (
        <Button icon={<DownloadOutlined />} href={itemTemplateUrl(blueprintId)} data-testid="import-template">
          下载模板
        </Button>
      )}
      <Upload
        accept={format === 'word' ? '.docx' : '.xlsx'}
        showUploadList={false}
        disabled={!blueprintId}
        beforeUpload={(f) => (choose(f), false)}
      >
        <Button icon={<UploadOutlined />} disabled={!blueprintId} loading={importItems.isPending && !preview}>
          {format === 'word' ? '选择 Word 文件（.docx）' : '选择 Excel 文件'}
        </Button>
      </Upload>
    </Space>
  );

  const columns = [
    { title: '题', dataIndex: 'label', width: 80 },
    { title: '题型', dataIndex: 'typeName', width: 110, render: (v: string | null) => v ?? '—' },
    {
      title: '题干与选项',
      render: (_: unknown, q: ImportQuestion) => (
        <div>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{q.stem}</Typography.Text>
          {q.images > 0 && <Tag style={{ marginLeft: 8 }}>含 {q.images} 张图片</Tag>}
          {q.options.length > 0 && (
            <div>
              <Typography.Text type="secondary">{q.options.join('　')}</Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { title: '答案', dataIndex: 'answer', width: 70 },
    { title: '难度', dataIndex: 'difficultyName', width: 60, render: (v: string | null) => v ?? '—' },
    { title: '鉴定点', dataIndex: 'pointCode', width: 100, render: (v: string | null) => v ?? '—' },
    {
      title: '检查结果',
      width: 220,
      render: (_: unknown, q: ImportQuestion) =>
        q.issues.length ? (
          <Typography.Text type="danger" data-testid="import-issue">
            {q.issues.join('；')}
          </Typography.Text>
        ) : (
          <Tag color="green">可导入</Tag>
        ),
    },
  ];

  return (
    <PageContainer
      title="导入试题"
      content="先预览：列出将要新增的每道题，有问题的题标出题号和原因；确认导入时只要有一道题有错误，整个文件都不导入。导入的试题为草稿，由本职业的另一位专家审核。"
    >
      <Card>
        <Tabs
          activeKey={format}
          onChange={(k) => {
            setFormat(k as Format);
            setPreview(null);
            setFile(null);
            setRefused(null);
          }}
          items={[
            {
              key: 'word',
              label: 'Word 文件',
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    版式：题干以“1.”“1、”或“（1）”开头；选项“A.”…“D.”（也可“A、”，可多个选项在一行）；每题下写“答案：”“难度：”（易/中/难或
                    1–3）“鉴定点：”（代码）；可用“一、单项选择题”“二、判断题”这样的标题或“题型：”说明题型；题中的图片会一并导入。
                  </Typography.Paragraph>
                  {uploader}
                </Space>
              ),
            },
            {
              key: 'excel',
              label: 'Excel 模板',
              children: (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                    下载模板（每种题型一行示例），每行一道题；错误按行和列列出。
                  </Typography.Paragraph>
                  {uploader}
                </Space>
              ),
            },
          ]}
        />
        {refused && (
          <Alert
            type="error"
            showIcon
            message="未导入"
            description={refused}
            style={{ marginTop: 12 }}
            data-testid="import-refused"
          />
        )}
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 12 }}
            message={`导入完成：新增 ${done.created} 道试题（草稿）`}
            action={
              <Link to={`/itembank/items`}>
                <Button size="small" type="primary">
                  查看试题
                </Button>
              </Link>
            }
            data-testid="import-done"
          />
        )}
      </Card>
      {preview && (
        <Card
          style={{ marginTop: 16 }}
          title={`预览：${file?.name ?? ''}`}
          extra={
            <Space wrap>
              <Typography.Text data-testid="import-summary">
                可导入 {preview.good} 道{preview.bad ? `，有错误 ${preview.bad} 道` : ''}
              </Typography.Text>
              <Button
                type="primary"
                disabled={!file}
                loading={importItems.isPending}
                onClick={() => file && send(file, true)}
                data-testid="import-confirm"
              >
                确认导入
              </Button>
            </Space>
          }
        >
          {preview.bad > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`有 ${preview.bad} 道题有错误：请在文件中修改或删除后重新选择文件；现在确认导入将整个文件都不导入。`}
            />
          )}
          <div data-testid="import-preview">
            <Table<ImportQuestion>
              rowKey={(q) => `${q.label}-${q.number}`}
              size="small"
              dataSource={preview.questions}
              columns={columns}
              pagination={false}
              scroll={{ x: 900 }}
              rowClassName={(q) => (q.issues.length ? 'import-row-bad' : '')}
              onRow={(q) => ({ style: q.issues.length ? { background: '#fff1f0' } : undefined })}
            />
          </div>
        </Card>
      )}
    </PageContainer>
  );
}
