import { Button, Form, InputNumber, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { batchMethodNames, type PlanLineBody } from '../../../shared/plans.js';
import type { ScopeRow } from '../../../shared/scope.js';
import { levelNames } from '../../../shared/centre.rules.js';

/** One line of a plan as the form holds it: the occupation is a row of the active scope (R-ORG-02). */
export interface LineValues {
  scopeRowId: string;
  level: number;
  method: PlanLineBody['method'];
  expectedCandidates: number;
  month?: number | null;
}

export const newLine = (): Partial<LineValues> => ({ method: 'exam', level: 4, expectedCandidates: 40 });

const sameJob = (a: string | null | undefined, b: string | null | undefined) => (a ?? '') === (b ?? '');

/** A saved line back into the form: matched to its scope row by edition, code and job. */
export function lineToValues(
  rows: ScopeRow[],
  l: {
    edition: string;
    code: string;
    jobName: string | null;
    level: number;
    method: PlanLineBody['method'];
    expectedCandidates: number;
    month?: number | null;
  },
): Partial<LineValues> {
  const row = rows.find((r) => r.edition === l.edition && r.code === l.code && sameJob(r.jobName, l.jobName));
  return {
    scopeRowId: row?.id,
    level: l.level,
    method: l.method,
    expectedCandidates: l.expectedCandidates,
    month: l.month ?? null,
  };
}

export function valuesToLine(rows: ScopeRow[], v: LineValues): PlanLineBody {
  const r = rows.find((x) => x.id === v.scopeRowId)!;
  return {
    edition: r.edition as PlanLineBody['edition'],
    code: r.code,
    jobName: r.jobName,
    level: v.level,
    method: v.method,
    expectedCandidates: v.expectedCandidates,
    month: v.month ?? null,
  };
}

/** The lines of an annual or semester plan (R-PLAN-01/02): occupation, level, method, expected candidates, month. */
export function PlanLinesField({
  rows,
  withMonth,
  showCollege,
}: {
  rows: ScopeRow[];
  withMonth?: boolean;
  showCollege?: boolean;
}) {
  return (
    <Form.List name="lines">
      {(fields, { add, remove }) => (
        <>
          {fields.map((f, i) => (
            <Space key={f.key} align="start" wrap data-testid={`plan-line-${i}`}>
              <Form.Item
                name={[f.name, 'scopeRowId']}
                label={i === 0 ? '职业（工种）' : undefined}
                rules={[{ required: true, message: '请选择职业' }]}
                style={{ width: 300 }}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder="认定范围内的职业"
                  options={rows.map((r) => ({
                    value: r.id,
                    label: `${r.code} ${r.occupationName}${r.jobName ? `（${r.jobName}）` : ''}${showCollege ? ` · ${r.collegeName}` : ''}`,
                  }))}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'level']} label={i === 0 ? '等级' : undefined} style={{ width: 130 }}>
                <Select options={[5, 4, 3, 2, 1].map((l) => ({ value: l, label: levelNames[l] }))} />
              </Form.Item>
              <Form.Item name={[f.name, 'method']} label={i === 0 ? '评价方式' : undefined} style={{ width: 120 }}>
                <Select options={Object.entries(batchMethodNames).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item
                name={[f.name, 'expectedCandidates']}
                label={i === 0 ? '预计人数' : undefined}
                rules={[{ required: true, message: '请填写人数' }]}
              >
                <InputNumber min={0} style={{ width: 90 }} />
              </Form.Item>
              {withMonth && (
                <Form.Item name={[f.name, 'month']} label={i === 0 ? '计划月份' : undefined}>
                  <Select
                    allowClear
                    style={{ width: 90 }}
                    options={Array.from({ length: 12 }, (_, m) => ({ value: m + 1, label: `${m + 1} 月` }))}
                  />
                </Form.Item>
              )}
              <Form.Item label={i === 0 ? ' ' : undefined}>
                <MinusCircleOutlined aria-label="删除该项" onClick={() => remove(f.name)} />
              </Form.Item>
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newLine())} style={{ marginBottom: 8 }}>
            添加认定项目
          </Button>
        </>
      )}
    </Form.List>
  );
}
