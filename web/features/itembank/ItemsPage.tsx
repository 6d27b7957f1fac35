import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  difficultyNames,
  itemStateNames,
  itemStates,
  itemTypeNames,
  itemTypes,
  type Difficulty,
  type ItemState,
  type ItemType,
} from '../../../shared/itembank.js';
import type { ItemRow } from '../../../shared/itembank-items.js';
import { useCan } from '../../app/session.js';
import { TitledSearch } from '../../components/TitledSearch.js';
import { itemExportUrl, useItemChoices, useItems, type ItemQuery } from './api.items.js';
import { ItemFormModal } from './ItemForm.js';

export const stateColor: Record<ItemState, string> = {
  draft: 'default',
  reviewed: 'blue',
  active: 'green',
  retired: 'red',
};

/** 试题 (R-BANK-01/02): the bank's items with their stems (never the keys), filters and the way to entry and import. */
export function ItemsPage() {
  // The home page links here with a blueprint and a state (items waiting for review or activation).
  const [params] = useSearchParams();
  const fromLink = params.get('state');
  const [query, setQuery] = useState<ItemQuery>({
    page: 1,
    pageSize: 20,
    blueprintId: params.get('blueprintId') ?? undefined,
    state: itemStates.includes(fromLink as ItemState) ? (fromLink as ItemState) : undefined,
  });
  const items = useItems(query);
  const choices = useItemChoices();
  const canAuthor = useCan('itembank.author');
  const [creating, setCreating] = useState(false);
  const blueprints = choices.data?.blueprints ?? [];
  const blueprint = blueprints.find((b) => b.id === query.blueprintId);
  const set = (patch: Partial<ItemQuery>) => setQuery((q) => ({ ...q, ...patch, page: 1 }));

  const columns = [
    {
      title: '题号',
      dataIndex: 'code',
      width: 90,
      render: (_: unknown, r: ItemRow) => (
        <Link to={`/itembank/items/${r.id}`} data-testid="item-link">
          {r.code}
        </Link>
      ),
    },
    { title: '题型', dataIndex: 'typeName', width: 110 },
    {
      title: '鉴定点',
      width: 170,
      render: (_: unknown, r: ItemRow) => `${r.pointCode} ${r.pointName}`,
    },
    { title: '难度', dataIndex: 'difficultyName', width: 60 },
    {
      title: '题干',
      dataIndex: 'stem',
      render: (v: string) => <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{v}</Typography.Text>,
    },
    {
      title: '状态',
      width: 90,
      render: (_: unknown, r: ItemRow) => (
        <Tag color={r.returned ? 'orange' : stateColor[r.state]} data-testid="item-state">
          {r.stateName}
        </Tag>
      ),
    },
    { title: '版本', width: 70, render: (_: unknown, r: ItemRow) => `第 ${r.version} 版` },
    { title: '编写人', dataIndex: 'authorName', width: 90 },
  ];

  return (
    <PageContainer
      title="试题"
      content="题库的试题按鉴定要素细目表的鉴定点编写；草稿由本职业的另一位专家审核，题库管理员启用后才能组卷。列表只显示题干，答案在试题详情中查看（查看会被记录）。"
      extra={
        <Space wrap>
          {canAuthor && (
            <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="item-new">
              新增试题
            </Button>
          )}
          {canAuthor && (
            <Link to="/itembank/items/import">
              <Button icon={<ImportOutlined />} data-testid="item-import">
                导入试题
              </Button>
            </Link>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={query.blueprintId ? itemExportUrl(query.blueprintId) : undefined}
            disabled={!query.blueprintId}
            title={query.blueprintId ? undefined : '请先选择细目表'}
          >
            导出题库（年度审查）
          </Button>
        </Space>
      }
    >
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            placeholder="细目表"
            style={{ width: 260, maxWidth: '100%' }}
            options={blueprints.map((b) => ({ value: b.id, label: b.title }))}
            value={query.blueprintId}
            onChange={(v) => set({ blueprintId: v, pointId: undefined })}
            notFoundContent="没有可用的细目表"
            data-testid="item-filter-blueprint"
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="鉴定点"
            style={{ width: 200, maxWidth: '100%' }}
            disabled={!blueprint}
            options={(blueprint?.points ?? []).map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
            value={query.pointId}
            onChange={(v) => set({ pointId: v })}
          />
          <Select
            allowClear
            placeholder="题型"
            style={{ width: 140 }}
            options={itemTypes.map((t) => ({ value: t, label: itemTypeNames[t as ItemType] }))}
            value={query.type}
            onChange={(v) => set({ type: v })}
          />
          <Select
            allowClear
            placeholder="状态"
            style={{ width: 110 }}
            options={itemStates.map((s) => ({ value: s, label: itemStateNames[s as ItemState] }))}
            value={query.state}
            onChange={(v) => set({ state: v })}
            data-testid="item-filter-state"
          />
          <Select
            allowClear
            placeholder="难度"
            style={{ width: 90 }}
            options={([1, 2, 3] as Difficulty[]).map((d) => ({ value: d, label: difficultyNames[d] }))}
            value={query.difficulty}
            onChange={(v) => set({ difficulty: v })}
          />
        </Space>
        <div data-testid="items-table">
          <Table<ItemRow>
            rowKey="id"
            size="middle"
            loading={items.isLoading}
            dataSource={items.data?.items ?? []}
            columns={columns}
            scroll={{ x: 900 }}
            title={() => (
              <TitledSearch
                title={<Typography.Text strong>试题列表</Typography.Text>}
                placeholder="题号或题干关键字"
                onSearch={(keyword) => set({ keyword })}
                testId="item-search"
              />
            )}
            pagination={{
              current: query.page,
              pageSize: query.pageSize,
              total: items.data?.total ?? 0,
              showTotal: (n) => `共 ${n} 道`,
              onChange: (page, pageSize) => setQuery((q) => ({ ...q, page, pageSize })),
            }}
            locale={{ emptyText: '没有试题' }}
          />
        </div>
      </Card>
      {creating && (
        <ItemFormModal
          open={creating}
          blueprints={blueprints}
          defaultBlueprintId={query.blueprintId}
          onClose={() => setCreating(false)}
        />
      )}
    </PageContainer>
  );
}
