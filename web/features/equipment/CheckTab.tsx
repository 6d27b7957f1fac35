import { useEffect, useState } from 'react';
import { Alert, App, Button, Checkbox, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import type { CalibrationState, EquipmentCheck } from '../../../shared/equipment.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useCheckBatches, useEquipmentCheck, useSaveCheck, useSignCheck } from './api.js';
import { CalibrationTag } from './CalibrationTag.js';

type Line = EquipmentCheck['lines'][number];
type Marks = Record<string, { present: boolean | null; working: boolean | null; note: string | null }>;

/**
 * R-EQ-02: the check before a batch: the equipment of the batch's occupation, each marked present and working, then
 * signed (who, when) and read-only. R-EQ-03: an instrument past its calibration date cannot be marked usable.
 */
export function CheckTab() {
  const batches = useCheckBatches();
  const [chosen, setChosen] = useState<string>();
  const batchId = chosen ?? batches.data?.items[0]?.id;
  const check = useEquipmentCheck(batchId);
  const canManage = useCan('equipment.manage');
  const save = useSaveCheck();
  const sign = useSignCheck();
  const { message, modal } = App.useApp();
  const [marks, setMarks] = useState<Marks>({});
  const c = check.data;
  useEffect(() => {
    if (c)
      setMarks(
        Object.fromEntries(
          c.lines.map((l) => [
            l.itemId,
            // R-EQ-03: a lapsed instrument is not usable; the line is answered "no" from the start.
            { present: l.present, working: l.calibrationState === 'lapsed' ? false : l.working, note: l.note },
          ]),
        ),
      );
  }, [c]);
  const signed = !!c?.signedAt;
  const editable = canManage && !signed;
  const mark = (id: string, patch: Partial<Marks[string]>) => setMarks((m) => ({ ...m, [id]: { ...m[id], ...patch } }));
  const body = () => ({
    checkLines: Object.entries(marks).map(([equipmentItemId, m]) => ({ equipmentItemId, ...m })),
  });
  const saveMarks = async () => {
    if (!batchId) return;
    try {
      await save.mutateAsync({ batchId, body: body() });
      message.success('核查结果已保存');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const signCheck = () =>
    modal.confirm({
      title: '签字确认设备核查',
      content: '签字后核查结果不能再修改。',
      okText: '签字确认',
      onOk: async () => {
        if (!batchId) return;
        try {
          await save.mutateAsync({ batchId, body: body() });
          await sign.mutateAsync(batchId);
          message.success('设备核查已签字确认');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Select
        aria-label="认定批次"
        style={{ minWidth: 360 }}
        placeholder="选择认定批次"
        loading={batches.isLoading}
        value={batchId}
        onChange={setChosen}
        showSearch
        optionFilterProp="label"
        options={(batches.data?.items ?? []).map((b) => ({
          value: b.id,
          label: `${b.title}（技能考核 ${b.firstSkillDay}${b.signedAt ? '，已核查' : ''}）`,
        }))}
      />
      {!batchId && !batches.isLoading && <Empty description="暂无需要设备核查的批次（有操作技能考核的批次）" />}
      {c && (
        <>
          <Typography.Text>
            操作技能考核：
            {c.sittings.map((s) => `${s.day} ${s.startsAt} ${s.place}`).join('；')}
            {'\u3000'}计量器具按 {c.examDay} 核对检定有效期
          </Typography.Text>
          {signed ? (
            <Alert
              type="success"
              showIcon
              message={`已由 ${c.signedByName ?? ''} 于 ${dayjs(c.signedAt).format('YYYY-MM-DD HH:mm')} 签字确认，核查结果不能再修改`}
              data-testid="check-signed"
            />
          ) : (
            <Alert type="info" showIcon message="逐项核对设备是否在位、完好可用，全部核查后签字确认。" />
          )}
          <Table<Line>
            rowKey="itemId"
            size="small"
            dataSource={c.lines}
            pagination={false}
            locale={{ emptyText: '本批次职业的设备台账为空，请先在“设备台账”中登记' }}
            columns={[
              { title: '设备名称', dataIndex: 'name' },
              { title: '规格/型号', dataIndex: 'model', width: 140, render: (v: string | null) => v ?? '—' },
              { title: '数量', dataIndex: 'quantity', width: 80, render: (v: number, r) => `${v}${r.unit ?? ''}` },
              { title: '所在地', dataIndex: 'location', width: 180 },
              {
                title: '检定有效期',
                dataIndex: 'calibrationState',
                width: 190,
                render: (v: CalibrationState | null, r) => <CalibrationTag state={v} dueOn={r.calibrationDueOn} />,
              },
              {
                title: '在位',
                key: 'present',
                width: 60,
                render: (_: unknown, r) => (
                  <Checkbox
                    aria-label={`${r.name} 在位`}
                    disabled={!editable}
                    checked={!!marks[r.itemId]?.present}
                    onChange={(e) => mark(r.itemId, { present: e.target.checked })}
                  />
                ),
              },
              {
                title: '完好可用',
                key: 'working',
                width: 90,
                render: (_: unknown, r) =>
                  r.calibrationState === 'lapsed' ? (
                    <Tag color="error">不可用</Tag>
                  ) : (
                    <Checkbox
                      aria-label={`${r.name} 完好可用`}
                      disabled={!editable}
                      checked={!!marks[r.itemId]?.working}
                      onChange={(e) => mark(r.itemId, { working: e.target.checked })}
                    />
                  ),
              },
              {
                title: '备注',
                key: 'note',
                width: 200,
                render: (_: unknown, r) =>
                  editable ? (
                    <Input
                      size="small"
                      maxLength={200}
                      value={marks[r.itemId]?.note ?? ''}
                      onChange={(e) => mark(r.itemId, { note: e.target.value || null })}
                    />
                  ) : (
                    (r.note ?? '')
                  ),
              },
            ]}
          />
          {editable && c.lines.length > 0 && (
            <Space>
              <Button
                onClick={() => {
                  // Unticked boxes count as checked and found wanting: every line gets an answer.
                  setMarks((m) =>
                    Object.fromEntries(
                      Object.entries(m).map(([k, v]) => [k, { ...v, present: !!v.present, working: !!v.working }]),
                    ),
                  );
                }}
              >
                未勾选项记为“否”
              </Button>
              <Button loading={save.isPending} onClick={saveMarks}>
                保存核查结果
              </Button>
              <Button
                type="primary"
                loading={sign.isPending}
                disabled={Object.values(marks).some((m) => m.present === null || m.working === null)}
                onClick={signCheck}
              >
                签字确认
              </Button>
            </Space>
          )}
        </>
      )}
    </Space>
  );
}
