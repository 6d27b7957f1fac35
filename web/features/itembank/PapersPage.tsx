import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Select, Space, Table, Tag, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { assemblyKindNames, paperStateNames, paperStates, type PaperState } from '../../../shared/itembank.js';
import type { ItemOf } from '../../app/api.js';
import { useBlueprints } from './api.blueprint.js';
import { usePapers } from './api.papers.js';

/** 试卷 (R-BANK-02): every paper and form of the bank the user may see, by occupation and state. */
export function PapersPage() {
  const navigate = useNavigate();
  const [occupationId, setOccupationId] = useState<string | undefined>();
  const [state, setState] = useState<PaperState | undefined>();
  const [page, setPage] = useState(1);
  const papers = usePapers({ occupationId, state, page, pageSize: 20 });
  const blueprints = useBlueprints();
  const occupations = new Map((blueprints.data?.items ?? []).map((b) => [b.occupationId, b.occupationName]));
  return (
    <PageContainer
      title="试卷"
      content="已发布的试卷已封存：内容与发布时的封存值不符即可核验发现。查看试卷与参考答案均留痕。"
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部职业"
          style={{ width: 200 }}
          value={occupationId}
          onChange={(v) => {
            setOccupationId(v);
            setPage(1);
          }}
          options={[...occupations].map(([value, label]) => ({ value, label }))}
        />
        <Select
          allowClear
          placeholder="全部状态"
          style={{ width: 160 }}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(1);
          }}
          options={paperStates.map((s) => ({ value: s, label: paperStateNames[s] }))}
        />
      </Space>
      <Table<ItemOf<'/itembank/papers'>>
        rowKey="id"
        size="small"
        loading={papers.isLoading}
        dataSource={papers.data?.items ?? []}
        scroll={{ x: 820 }}
        data-testid="papers-table"
        locale={{ emptyText: '暂无试卷' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: papers.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: '试卷',
            dataIndex: 'title',
            render: (_, p) => (
              <Typography.Link onClick={() => navigate(`/itembank/papers/${p.id}`)}>{p.title}</Typography.Link>
            ),
          },
          { title: '卷别', dataIndex: 'label', width: 70 },
          { title: '组卷方式', width: 140, render: (_, p) => assemblyKindNames[p.kind] },
          { title: '题数', dataIndex: 'itemCount', width: 70 },
          { title: '总分', dataIndex: 'totalPoints', width: 70 },
          {
            title: '状态',
            width: 140,
            render: (_, p) => (
              <Tag color={p.state === 'published' ? 'green' : 'default'}>{paperStateNames[p.state]}</Tag>
            ),
          },
          { title: '发布时间', width: 150, render: (_, p) => p.publishedAt?.slice(0, 16).replace('T', ' ') ?? '—' },
        ]}
      />
    </PageContainer>
  );
}
