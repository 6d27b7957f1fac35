import { useState } from 'react';
import { App, Button, Checkbox, Input, Modal, Segmented, Space, Tag, Tooltip, Typography, Upload } from 'antd';
import { UploadOutlined, WarningOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormCheckbox,
  ProFormText,
  ProTable,
  type ProColumns,
} from '@ant-design/pro-components';
import type { editions, Occupation } from '../../../shared/scope.js';

type Edition = (typeof editions)[number];
import { jobBody } from '../../../shared/scope.js';
import { formatLevels, levelNames } from '../../../shared/centre.rules.js';
import { errorMessage } from '../../app/api.js';
import { zodRule } from '../../app/forms.js';
import { useCan } from '../../app/session.js';
import { useCatalogueChange, useEditions, useOccupations, useJobsImport } from './api.js';

const levelOptions = [5, 4, 3, 2, 1].map((l) => ({ value: l, label: `${l} 级（${levelNames[l].split('/')[1]}）` }));

/** 职业目录 (R-ORG-02): both editions, searchable by code or name; levels and jobs editable. */
export function CataloguePage() {
  const editions = useEditions();
  const [edition, setEdition] = useState<Edition>('2022');
  const [keyword, setKeyword] = useState('');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const list = useOccupations({ edition, keyword: keyword || undefined, ...page });
  const canManage = useCan('catalogue.manage');
  const change = useCatalogueChange();
  const upload = useJobsImport();
  const { message, modal } = App.useApp();
  const [levelsOf, setLevelsOf] = useState<Occupation | null>(null);
  const [levels, setLevels] = useState<number[]>([]);
  const [jobFor, setJobFor] = useState<Occupation | null>(null);

  const columns: ProColumns<Occupation>[] = [
    { title: '职业编码', dataIndex: 'code', width: 120 },
    {
      title: '职业名称',
      dataIndex: 'name',
      render: (_, o) => (
        <Space size={4}>
          {o.name}
          {o.marker && <Tag color="green">{o.marker}</Tag>}
          {o.sourceNote && (
            <Tooltip title={o.sourceNote}>
              <WarningOutlined style={{ color: '#faad14' }} />
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: '工种/职业方向',
      dataIndex: 'jobs',
      render: (_, o) =>
        o.jobs.length ? (
          <Space size={[4, 4]} wrap>
            {o.jobs.map((j) => (
              <Tooltip
                key={j.id}
                title={[j.levels ? `等级 ${formatLevels(j.levels)}` : null, j.sourceNote, j.source]
                  .filter(Boolean)
                  .join('；')}
              >
                <Tag color={j.sourceNote ? 'orange' : undefined}>{j.name}</Tag>
              </Tooltip>
            ))}
          </Space>
        ) : o.jobCount ? (
          <Typography.Text type="secondary">下设 {o.jobCount} 个工种（名称待补充）</Typography.Text>
        ) : (
          '—'
        ),
    },
    {
      title: '标准规定等级',
      dataIndex: 'levels',
      width: 150,
      render: (_, o) =>
        o.levels ? (
          <Tooltip title={o.levelsNote ?? o.standardNotice}>{formatLevels(o.levels)}</Tooltip>
        ) : (
          <Typography.Text type="secondary">未知</Typography.Text>
        ),
    },
  ];
  if (canManage)
    columns.push({
      title: '操作',
      key: 'actions',
      width: 150,
      render: (_, o) => (
        <Space>
          <Typography.Link onClick={() => (setLevelsOf(o), setLevels(o.levels ?? []))}>等级</Typography.Link>
          <Typography.Link onClick={() => setJobFor(o)}>添加工种</Typography.Link>
        </Space>
      ),
    });

  const importJobs = async (file: File) => {
    try {
      const r = await upload.mutateAsync(file);
      message.success(`已添加 ${r.added} 个工种${r.skipped ? `，${r.skipped} 个已存在未重复添加` : ''}`);
    } catch (e) {
      modal.error({ title: '导入失败', content: errorMessage(e), width: 640 });
    }
    return false;
  };

  return (
    <PageContainer
      title="职业目录"
      content="《职业分类大典》2022 版（默认）与 2015 版及新职业公告；职业以“版本 + 编码”区分。标注 ⚠ 的为源数据疑误，按原文保留。"
    >
      <div data-testid="catalogue-page">
        <ProTable<Occupation>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          search={false}
          options={{ reload: () => void list.refetch(), density: true, setting: true, fullScreen: false }}
          pagination={{
            current: page.page,
            pageSize: page.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (t) => `共 ${t} 个职业`,
            onChange: (p, s) => setPage({ page: s !== page.pageSize ? 1 : p, pageSize: s }),
          }}
          headerTitle={
            <Segmented
              value={edition}
              onChange={(v) => (setEdition(v === '2015' ? '2015' : '2022'), setPage((p) => ({ ...p, page: 1 })))}
              options={(
                editions.data ?? [
                  { edition: '2022', name: '2022 版', count: 0 },
                  { edition: '2015', name: '2015 版', count: 0 },
                ]
              )
                .slice()
                .sort((a, b) => b.edition.localeCompare(a.edition))
                .map((e) => ({ value: e.edition, label: `${e.edition} 版（${e.count}）` }))}
            />
          }
          toolBarRender={() => [
            <Input.Search
              key="s"
              allowClear
              placeholder="职业编码、名称或工种"
              style={{ width: 240 }}
              onSearch={(v) => (setKeyword(v.trim()), setPage((p) => ({ ...p, page: 1 })))}
            />,
            canManage && (
              <Upload key="u" accept=".xlsx" showUploadList={false} beforeUpload={importJobs}>
                <Tooltip title="Excel 列：目录版本、职业编码、工种名称、等级（如 5、4、3）">
                  <Button icon={<UploadOutlined />} loading={upload.isPending}>
                    导入工种
                  </Button>
                </Tooltip>
              </Upload>
            ),
          ]}
        />
      </div>
      <Modal
        open={!!levelsOf}
        title={`国家职业技能标准规定的等级：${levelsOf?.code} ${levelsOf?.name}`}
        okText="保存"
        onCancel={() => setLevelsOf(null)}
        confirmLoading={change.isPending}
        onOk={() =>
          change.mutate(
            { id: levelsOf!.id, levels: levels.length ? levels : null },
            {
              onSuccess: () => (message.success('等级已保存'), setLevelsOf(null)),
              onError: (e) => message.error(errorMessage(e)),
            },
          )
        }
      >
        <Checkbox.Group options={levelOptions} value={levels} onChange={(v) => setLevels(v as number[])} />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
          不选任何等级表示“未知”，认定范围的等级不受限制。
        </Typography.Paragraph>
      </Modal>
      <ModalForm<{ name: string; levels?: number[] }>
        open={!!jobFor}
        title={`添加工种：${jobFor?.code} ${jobFor?.name}`}
        width={480}
        modalProps={{ destroyOnHidden: true, onCancel: () => setJobFor(null) }}
        onOpenChange={(o) => !o && setJobFor(null)}
        onFinish={async (v) => {
          try {
            await change.mutateAsync({
              id: jobFor!.id,
              job: { name: v.name, levels: v.levels?.length ? v.levels : null },
            });
            message.success('工种已添加');
            setJobFor(null);
            return true;
          } catch (e) {
            message.error(errorMessage(e));
            return false;
          }
        }}
      >
        <ProFormText
          name="name"
          label="工种名称"
          rules={[zodRule(jobBody.shape.name, '工种名称')]}
          placeholder="与职业包含的工种名称一致"
        />
        <ProFormCheckbox.Group name="levels" label="该工种标准规定的等级（选填）" options={levelOptions} />
      </ModalForm>
    </PageContainer>
  );
}
