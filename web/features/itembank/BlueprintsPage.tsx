import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { bankPartNames, bankParts, type BankPart } from '../../../shared/itembank.js';
import { levelNames } from '../../../shared/centre.rules.js';
import { ApiError, errorMessage, type FieldIssue, type ItemOf } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { ImportIssuesTable } from '../../components/ImportIssuesTable.js';
import {
  blueprintTemplateUrl,
  useBlueprintOccupations,
  useBlueprints,
  useCreateBlueprint,
  useDeleteBlueprint,
  useImportBlueprint,
} from './api.blueprint.js';

/** Column names of the 细目表 workbook, for the issue table. */
const issueFields: Record<string, string> = {
  code: '代码',
  name: '名称',
  weight: '鉴定比重',
  importance: '重要程度',
  file: '文件',
  occupationId: '职业',
  level: '等级',
  part: '考核部分',
};

type Row = ItemOf<'/itembank/blueprints'>;
interface Filter {
  occupationId?: string;
  level?: number;
  part?: BankPart;
}

/** 鉴定要素细目表 (R-BANK-01): the blueprints of the occupations in scope, new ones, and the Excel import. */
export function BlueprintsPage() {
  const navigate = useNavigate();
  const manage = useCan('itembank.manage');
  const [filter, setFilter] = useState<Filter>({});
  const list = useBlueprints(filter);
  const occupations = useBlueprintOccupations();
  const del = useDeleteBlueprint();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const occupationOptions = (occupations.data?.items ?? []).map((o) => ({
    value: o.occupationId,
    label: `${o.code} ${o.name}`,
  }));

  return (
    <PageContainer
      title="鉴定要素细目表"
      content="按职业、等级和考核部分建立鉴定范围与鉴定点；试题须标注鉴定点，组卷按鉴定比重和重要程度抽题。"
      extra={
        manage
          ? [
              <Button key="template" icon={<DownloadOutlined />} href={blueprintTemplateUrl()}>
                下载导入模板
              </Button>,
              <Button
                key="import"
                icon={<UploadOutlined />}
                onClick={() => setImporting(true)}
                data-testid="bp-import-open"
              >
                导入细目表
              </Button>,
              <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                新建细目表
              </Button>,
            ]
          : []
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="职业"
            style={{ width: 240, maxWidth: '100%' }}
            options={occupationOptions}
            value={filter.occupationId}
            onChange={(v) => setFilter((f) => ({ ...f, occupationId: v }))}
            aria-label="职业"
          />
          <Select
            allowClear
            placeholder="等级"
            style={{ width: 150 }}
            options={[1, 2, 3, 4, 5].map((l) => ({ value: l, label: levelNames[l] }))}
            value={filter.level}
            onChange={(v) => setFilter((f) => ({ ...f, level: v }))}
            aria-label="等级"
          />
          <Select
            allowClear
            placeholder="考核部分"
            style={{ width: 130 }}
            options={bankParts.map((p) => ({ value: p, label: bankPartNames[p] }))}
            value={filter.part}
            onChange={(v) => setFilter((f) => ({ ...f, part: v }))}
            aria-label="考核部分"
          />
        </Space>
        <Table<Row>
          rowKey="id"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          data-testid="bp-list"
          locale={{ emptyText: '还没有细目表' }}
          columns={[
            {
              title: '细目表',
              render: (_, b) => (
                <Typography.Link onClick={() => navigate(`/itembank/blueprints/${b.id}`)}>{b.title}</Typography.Link>
              ),
            },
            { title: '职业编码', dataIndex: 'occupationCode', width: 120 },
            { title: '鉴定范围', dataIndex: 'rangeCount', width: 90 },
            { title: '鉴定点', dataIndex: 'pointCount', width: 80 },
            { title: '试题', dataIndex: 'itemCount', width: 70 },
            { title: '依据', dataIndex: 'source', ellipsis: true, render: (v) => v ?? '—' },
            ...(manage
              ? [
                  {
                    title: '操作',
                    width: 80,
                    render: (_: unknown, b: Row) =>
                      b.itemCount === 0 ? (
                        <Popconfirm
                          title="删除这张细目表？"
                          okText="删除"
                          cancelText="取消"
                          onConfirm={() =>
                            del.mutate(b.id, {
                              onSuccess: () => message.success('已删除'),
                              onError: (e) => message.error(errorMessage(e)),
                            })
                          }
                        >
                          <Typography.Link type="danger">删除</Typography.Link>
                        </Popconfirm>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {creating && <CreateModal occupationOptions={occupations.data?.items ?? []} onClose={() => setCreating(false)} />}
      {importing && (
        <ImportModal occupationOptions={occupations.data?.items ?? []} onClose={() => setImporting(false)} />
      )}
    </PageContainer>
  );
}

type Occupation = ItemOf<'/itembank/blueprints/occupations'>;

/** Occupation, level (of the scope) and part: the three fields a blueprint is keyed by. */
function KeyFields({ occupations }: { occupations: Occupation[] }) {
  const form = Form.useFormInstance();
  const occupationId = Form.useWatch('occupationId', form) as string | undefined;
  const levels = occupations.find((o) => o.occupationId === occupationId)?.levels ?? [];
  return (
    <>
      <Form.Item name="occupationId" label="职业" rules={[{ required: true, message: '请选择职业' }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={occupations.map((o) => ({ value: o.occupationId, label: `${o.code} ${o.name}` }))}
          onChange={() => form.setFieldValue('level', undefined)}
          data-testid="bp-occupation"
        />
      </Form.Item>
      <Form.Item name="level" label="等级" rules={[{ required: true, message: '请选择等级' }]}>
        <Select options={levels.map((l) => ({ value: l, label: levelNames[l] }))} data-testid="bp-level" />
      </Form.Item>
      <Form.Item name="part" label="考核部分" rules={[{ required: true, message: '请选择考核部分' }]}>
        <Select options={bankParts.map((p) => ({ value: p, label: bankPartNames[p] }))} data-testid="bp-part" />
      </Form.Item>
    </>
  );
}

function CreateModal({ occupationOptions, onClose }: { occupationOptions: Occupation[]; onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useCreateBlueprint();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title="新建细目表"
      okText="新建"
      cancelText="取消"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() =>
        form.validateFields().then((v) =>
          create.mutate(v, {
            onSuccess: (d) => navigate(`/itembank/blueprints/${d.id}`),
            onError: (e) => message.error(errorMessage(e)),
          }),
        )
      }
    >
      <Form form={form} layout="vertical">
        <KeyFields occupations={occupationOptions} />
        <Form.Item name="source" label="依据（标准版本等，可不填）">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** R-BANK-01: a file with any bad row imports nothing; the problems are listed by row and column. */
function ImportModal({ occupationOptions, onClose }: { occupationOptions: Occupation[]; onClose: () => void }) {
  const [form] = Form.useForm();
  const [file, setFile] = useState<File | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<string | null>(null);
  const importBlueprint = useImportBlueprint();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submit = () =>
    form.validateFields().then((v) => {
      if (!file) return setError('请选择细目表 Excel 文件');
      setIssues([]);
      setError(null);
      importBlueprint.mutate(
        { ...v, file },
        {
          onSuccess: (d) => {
            message.success(`已导入：${d.rangeCount} 个鉴定范围，${d.pointCount} 个鉴定点`);
            navigate(`/itembank/blueprints/${d.id}`);
          },
          onError: (e) => {
            const found = e instanceof ApiError ? e.fieldIssues.filter((i) => i.row) : [];
            setIssues(found);
            setError(
              found.length ? `文件有 ${found.length} 处错误，未导入任何数据，请按下表修改后重新上传` : errorMessage(e),
            );
          },
        },
      );
    });
  return (
    <Modal
      open
      title="导入细目表"
      okText="导入"
      cancelText="取消"
      width={760}
      confirmLoading={importBlueprint.isPending}
      onCancel={onClose}
      onOk={submit}
      okButtonProps={{ 'data-testid': 'bp-import-submit' } as Record<string, string>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message="鉴定范围的各级在列中（代码、名称、鉴定比重），其后为鉴定点的代码、名称和重要程度；跨行的鉴定范围可合并单元格。同一职业、等级和考核部分再次导入时替换原表（已有试题时不能替换）。"
        />
        <Form form={form} layout="vertical">
          <KeyFields occupations={occupationOptions} />
          <Form.Item label="细目表文件" required>
            <Upload
              accept=".xlsx"
              maxCount={1}
              beforeUpload={(f) => (setFile(f), false)}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />} data-testid="bp-file">
                选择 Excel 文件
              </Button>
            </Upload>
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon message={error} data-testid="bp-import-error" />}
        {issues.length > 0 && <ImportIssuesTable issues={issues} fieldNames={issueFields} testId="bp-issues" />}
      </Space>
    </Modal>
  );
}
