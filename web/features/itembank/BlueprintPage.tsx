import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { importanceNames, importances } from '../../../shared/itembank.js';
import { errorMessage, type ApiResponse } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { blueprintExportUrl, useBlueprint, useNodeAction } from './api.blueprint.js';

type Detail = ApiResponse<'/itembank/blueprints/{id}'>;
type Node = Detail['nodes'][number];
type TreeRow = Node & { children?: TreeRow[] };

const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
const importanceColor = { X: 'red', Y: 'blue', Z: 'default' } as const;

/** Nodes (depth-first) → nested rows for the tree table. */
function toTree(nodes: Node[]): TreeRow[] {
  const rows = new Map<string, TreeRow>(nodes.map((n) => [n.id, { ...n }]));
  const roots: TreeRow[] = [];
  for (const n of nodes) {
    const row = rows.get(n.id)!;
    const parent = n.parentId ? rows.get(n.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

/** One 鉴定要素细目表 (R-BANK-01): the tree of 鉴定范围 and 鉴定点, its edits, the warnings and the export. */
export function BlueprintPage() {
  const { id = '' } = useParams();
  const detail = useBlueprint(id);
  const manage = useCan('itembank.manage');
  const action = useNodeAction(id);
  const { message } = App.useApp();
  const [editing, setEditing] = useState<{ node?: Node; parentId: string | null; kind: 'range' | 'point' } | null>(
    null,
  );
  const d = detail.data;
  const tree = useMemo(() => toTree(d?.nodes ?? []), [d]);

  if (detail.error)
    return (
      <PageContainer title="鉴定要素细目表">
        <Alert type="error" showIcon message={errorMessage(detail.error)} />
      </PageContainer>
    );

  const remove = (n: Node) =>
    action.mutate(
      { kind: 'delete', nodeId: n.id },
      { onSuccess: () => message.success('已删除'), onError: (e) => message.error(errorMessage(e)) },
    );

  return (
    <PageContainer
      title={d ? `${d.title} 鉴定要素细目表` : '鉴定要素细目表'}
      loading={detail.isLoading}
      onBack={() => history.back()}
      extra={[
        <Button key="export" icon={<DownloadOutlined />} href={blueprintExportUrl(id)} data-testid="bp-export">
          导出 Excel
        </Button>,
        ...(manage
          ? [
              <Button
                key="add"
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setEditing({ parentId: null, kind: 'range' })}
              >
                新增一级鉴定范围
              </Button>,
            ]
          : []),
      ]}
    >
      {d && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
              <Descriptions.Item label="职业">{`${d.occupationCode} ${d.occupationName}`}</Descriptions.Item>
              <Descriptions.Item label="等级">{d.levelName}</Descriptions.Item>
              <Descriptions.Item label="考核部分">{d.partName}</Descriptions.Item>
              <Descriptions.Item label="依据">{d.source ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="鉴定范围">{d.rangeCount}</Descriptions.Item>
              <Descriptions.Item label="鉴定点">{d.pointCount}</Descriptions.Item>
              <Descriptions.Item label="试题">{d.itemCount}</Descriptions.Item>
              <Descriptions.Item label="重要程度占比">
                {`X ${pct(d.shares.X)} · Y ${pct(d.shares.Y)} · Z ${pct(d.shares.Z)}`}
              </Descriptions.Item>
            </Descriptions>
          </Card>
          <Warnings detail={d} manage={manage} />
          <Card size="small" title="鉴定范围与鉴定点">
            <Table<TreeRow>
              rowKey="id"
              size="small"
              dataSource={tree}
              pagination={false}
              scroll={{ x: 860 }}
              expandable={{ defaultExpandAllRows: true }}
              onRow={(n) => ({ 'data-code': n.code }) as React.HTMLAttributes<HTMLElement>}
              key={d.nodes.length}
              data-testid="bp-tree"
              locale={{ emptyText: '还没有鉴定范围，请新增或导入' }}
              columns={[
                { title: '代码', dataIndex: 'code', width: 170 },
                { title: '名称', dataIndex: 'name' },
                {
                  title: '鉴定比重 / 重要程度',
                  width: 150,
                  render: (_, n) =>
                    n.kind === 'range' ? (
                      `${n.weight ?? 0}%`
                    ) : (
                      <Tag color={importanceColor[n.importance ?? 'Z']}>{importanceNames[n.importance ?? 'Z']}</Tag>
                    ),
                },
                {
                  title: '试题（启用 / 全部）',
                  width: 140,
                  render: (_, n) =>
                    `${n.items.active} / ${n.items.draft + n.items.reviewed + n.items.active + n.items.retired}`,
                },
                ...(manage
                  ? [
                      {
                        title: '操作',
                        width: 220,
                        render: (_: unknown, n: TreeRow) => (
                          <Space size="small" wrap>
                            {n.kind === 'range' && (
                              <>
                                <Typography.Link onClick={() => setEditing({ parentId: n.id, kind: 'range' })}>
                                  加下级范围
                                </Typography.Link>
                                <Typography.Link onClick={() => setEditing({ parentId: n.id, kind: 'point' })}>
                                  加鉴定点
                                </Typography.Link>
                              </>
                            )}
                            <Typography.Link
                              onClick={() => setEditing({ node: n, parentId: n.parentId, kind: n.kind })}
                            >
                              修改
                            </Typography.Link>
                            <Popconfirm
                              title={n.kind === 'range' ? '删除该鉴定范围及其下级？' : '删除该鉴定点？'}
                              okText="删除"
                              cancelText="取消"
                              onConfirm={() => remove(n)}
                            >
                              <Typography.Link type="danger">删除</Typography.Link>
                            </Popconfirm>
                          </Space>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Space>
      )}
      {editing && d && <NodeModal detail={d} {...editing} onClose={() => setEditing(null)} />}
    </PageContainer>
  );
}

/** R-BANK-01: the checks, as warnings each naming the setting that drives it. */
function Warnings({ detail, manage }: { detail: Detail; manage: boolean }) {
  if (!detail.warnings.length)
    return <Alert type="success" showIcon message="各项检查均符合设置" data-testid="bp-warnings" />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="bp-warnings"
      message={`检查提示（${detail.warnings.length} 项，不影响保存）`}
      description={
        <div>
          {detail.warnings.map((w) => (
            <div key={`${w.check}-${w.message}`} style={{ marginBottom: 4 }}>
              <Typography.Text>{w.message}</Typography.Text>
              <Typography.Text type="secondary">{`（依据：${w.setting}）`}</Typography.Text>
            </div>
          ))}
          {manage && <Link to="/itembank/settings">修改题库设置</Link>}
        </div>
      }
    />
  );
}

/** Adds a node under `parentId`, or edits `node` (rename, reweight, re-grade, move to another range). */
function NodeModal({
  detail,
  node,
  parentId,
  kind,
  onClose,
}: {
  detail: Detail;
  node?: Node;
  parentId: string | null;
  kind: 'range' | 'point';
  onClose: () => void;
}) {
  const [form] = Form.useForm();
  const action = useNodeAction(detail.id);
  const { message } = App.useApp();
  // A node may move under any range that is not itself or below it.
  const below = new Set<string>();
  if (node) {
    below.add(node.id);
    for (const n of detail.nodes) if (n.parentId && below.has(n.parentId)) below.add(n.id);
  }
  const parents = detail.nodes
    .filter((n) => n.kind === 'range' && !below.has(n.id))
    .map((n) => ({ value: n.id, label: `${'　'.repeat(n.depth)}${n.code} ${n.name}` }));
  const title = node
    ? `修改${kind === 'range' ? '鉴定范围' : '鉴定点'}`
    : kind === 'range'
      ? '新增鉴定范围'
      : '新增鉴定点';
  const submit = () =>
    form.validateFields().then((v) => {
      const body = {
        parentId: v.parentId ?? null,
        code: v.code,
        name: v.name,
        weight: kind === 'range' ? v.weight : null,
        importance: kind === 'point' ? v.importance : null,
      };
      const done = { onSuccess: onClose, onError: (e: unknown) => message.error(errorMessage(e)) };
      if (node) action.mutate({ kind: 'update', nodeId: node.id, body }, done);
      else action.mutate({ kind: 'add', body: { ...body, kind } }, done);
    });
  return (
    <Modal
      open
      title={title}
      okText="保存"
      cancelText="取消"
      confirmLoading={action.isPending}
      onCancel={onClose}
      onOk={submit}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          parentId: parentId ?? undefined,
          code: node?.code,
          name: node?.name,
          weight: node?.weight ?? undefined,
          importance: node?.importance ?? 'X',
        }}
      >
        <Form.Item
          name="parentId"
          label="上级鉴定范围"
          rules={kind === 'point' ? [{ required: true, message: '鉴定点须放在某个鉴定范围之下' }] : []}
        >
          <Select allowClear={kind === 'range'} placeholder="（第一级）" options={parents} />
        </Form.Item>
        <Form.Item name="code" label="代码" rules={[{ required: true, whitespace: true, message: '请填写代码' }]}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="name" label="名称" rules={[{ required: true, whitespace: true, message: '请填写名称' }]}>
          <Input maxLength={200} />
        </Form.Item>
        {kind === 'range' ? (
          <Form.Item
            name="weight"
            label="鉴定比重（%，占上一级）"
            rules={[{ required: true, message: '请填写 0–100 的鉴定比重' }]}
          >
            <InputNumber min={0} max={100} step={1} style={{ width: 160 }} />
          </Form.Item>
        ) : (
          <Form.Item name="importance" label="重要程度" rules={[{ required: true, message: '请选择重要程度' }]}>
            <Select options={importances.map((i) => ({ value: i, label: importanceNames[i] }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
