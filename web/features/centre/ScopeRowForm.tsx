import { useState } from 'react';
import { Button, Card, Checkbox, Form, Input, Radio, Select, Space } from 'antd';
import type { Occupation, ScopeRowBody } from '../../../shared/scope.js';
import { standardTypes } from '../../../shared/scope.js';
import { formatLevels, levelNames } from '../../../shared/centre.rules.js';
import { useColleges } from '../colleges/api.js';
import { useOccupations } from './api.js';

/** One scope row for a filing: occupation picked from the catalogue of an edition, its job and levels (R-ORG-02). */
export function ScopeRowForm({ onAdd }: { onAdd: (body: ScopeRowBody) => Promise<boolean> }) {
  const [edition, setEdition] = useState<'2022' | '2015'>('2022');
  const [keyword, setKeyword] = useState('');
  const [occ, setOcc] = useState<Occupation | null>(null);
  const [form] = Form.useForm();
  const found = useOccupations({ edition, keyword, page: 1, pageSize: 30 }, keyword.length >= 1);
  const colleges = useColleges();
  const allowed = (job?: string) => occ?.jobs.find((j) => j.name === job)?.levels ?? occ?.levels ?? [5, 4, 3, 2, 1];

  const submit = async (v: {
    jobName?: string;
    levels: number[];
    standardType: 'national' | 'spec';
    collegeId: string;
    major?: string;
  }) => {
    if (!occ) return;
    const ok = await onAdd({
      edition,
      code: occ.code,
      jobName: v.jobName || null,
      levels: v.levels,
      standardType: v.standardType,
      collegeId: v.collegeId,
      major: v.major || null,
    });
    if (ok) {
      form.resetFields(['jobName', 'levels', 'major']);
    }
  };

  return (
    <Card size="small" title="添加职业（工种）" data-testid="scope-row-form">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ standardType: 'national' }}>
        <Space wrap align="start">
          <Form.Item label="目录版本">
            <Radio.Group
              value={edition}
              onChange={(e) => (setEdition(e.target.value), setOcc(null))}
              optionType="button"
              options={[
                { value: '2022', label: '2022 版' },
                { value: '2015', label: '2015 版' },
              ]}
            />
          </Form.Item>
          <Form.Item label="职业" required style={{ width: 320 }}>
            <Select
              showSearch
              filterOption={false}
              placeholder="输入职业编码或名称搜索"
              onSearch={setKeyword}
              value={occ?.id}
              onChange={(id) => (
                setOcc(found.data?.items.find((o) => o.id === id) ?? null),
                form.resetFields(['jobName', 'levels'])
              )}
              loading={found.isFetching}
              options={(found.data?.items ?? []).map((o) => ({ value: o.id, label: `${o.code} ${o.name}` }))}
              notFoundContent={keyword ? '没有匹配的职业' : '请输入关键字'}
            />
          </Form.Item>
          <Form.Item
            name="jobName"
            label="工种/职业方向"
            style={{ width: 200 }}
            rules={[{ required: !!occ?.jobs.length, message: '该职业下设工种，须选择工种' }]}
          >
            {occ?.jobs.length ? (
              <Select allowClear options={occ.jobs.map((j) => ({ value: j.name, label: j.name }))} />
            ) : (
              <Input placeholder={occ?.jobCount ? '工种名称' : '无'} disabled={!occ?.jobCount} />
            )}
          </Form.Item>
        </Space>
        <Form.Item noStyle shouldUpdate={(a, b) => a.jobName !== b.jobName}>
          {({ getFieldValue }) => (
            <Form.Item
              name="levels"
              label={`等级（标准规定：${occ ? formatLevels(allowed(getFieldValue('jobName'))) : '—'}）`}
              rules={[{ required: true, message: '请至少选择一个等级' }]}
            >
              <Checkbox.Group
                options={allowed(getFieldValue('jobName')).map((l) => ({
                  value: l,
                  label: `${l} 级 ${levelNames[l].split('/')[1]}`,
                }))}
              />
            </Form.Item>
          )}
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="standardType" label="评价标准">
            <Radio.Group options={Object.entries(standardTypes).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item
            name="collegeId"
            label="所属二级学院"
            rules={[{ required: true, message: '请选择二级学院' }]}
            style={{ width: 180 }}
          >
            <Select options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))} />
          </Form.Item>
          <Form.Item name="major" label="对应专业" style={{ width: 220 }}>
            <Input placeholder="如 数控技术" />
          </Form.Item>
          <Form.Item label=" ">
            <Button type="primary" htmlType="submit" disabled={!occ}>
              添加
            </Button>
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
}
