import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd';
import type { PrintRun } from '../../../shared/certificates.print.js';
import { errorMessage } from '../../app/api.js';
import { usePrintRuns, useSettlePrintRun } from './api.print.js';

/** Serials typed as `8102, 8105-8107` (commas, spaces or 、; a dash for a range). */
export function parseSerials(text: string): number[] | null {
  const out: number[] = [];
  for (const part of text.split(/[,，、\s]+/).filter(Boolean)) {
    const m = /^(\d+)(?:[-–~](\d+))?$/.exec(part);
    if (!m) return null;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    if (b < a || b - a > 10_000) return null;
    for (let s = a; s <= b; s++) out.push(s);
  }
  return out;
}

/**
 * R-CERT-03 打印批次: each 套打 run took blank sheets from stock; after printing the user records the spoiled sheets'
 * serials and settles it: sheets taken = printed + spoiled.
 */
export function PrintRunsCard() {
  const q = usePrintRuns();
  const [settling, setSettling] = useState<PrintRun | null>(null);
  return (
    <Card size="small" title="打印批次（空白证书领用与结算）" style={{ marginTop: 16 }} data-testid="print-runs">
      {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
      <Table<PrintRun>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '尚无套打记录' }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: '时间',
            dataIndex: 'createdAt',
            width: 150,
            render: (v: string) => v.slice(0, 16).replace('T', ' '),
          },
          { title: '批次', dataIndex: 'batchTitle' },
          { title: '打印机', dataIndex: 'printer', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '领用流水号', width: 150, render: (_, r) => `${r.firstSerial}–${r.lastSerial}` },
          { title: '领用', dataIndex: 'sheets', width: 60 },
          { title: '已打印', dataIndex: 'printed', width: 70, render: (v: number | null) => v ?? '—' },
          {
            title: '结算',
            width: 200,
            render: (_, r) =>
              r.state === 'settled' ? (
                <Typography.Text>
                  打印成功 {r.printedSheets} 张，作废 {r.spoiledSerials.length} 张
                  {r.spoiledSerials.length ? `（${r.spoiledSerials.join('、')}）` : ''}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          {
            title: '状态',
            width: 150,
            render: (_, r) =>
              r.state === 'settled' ? (
                <Tag color="green">{r.stateName}</Tag>
              ) : (
                <Button size="small" type="primary" onClick={() => setSettling(r)} data-testid="print-run-settle">
                  结算
                </Button>
              ),
          },
        ]}
      />
      {settling && <SettleModal run={settling} onClose={() => setSettling(null)} />}
    </Card>
  );
}

function SettleModal({ run, onClose }: { run: PrintRun; onClose: () => void }) {
  const { message } = App.useApp();
  const settle = useSettlePrintRun();
  const [form] = Form.useForm<{ printedSheets: number; spoiled: string; settleNote?: string }>();
  const printedSheets = Form.useWatch('printedSheets', form) ?? 0;
  const spoiled = parseSerials(Form.useWatch('spoiled', form) ?? '') ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    const spoiledSerials = parseSerials(v.spoiled ?? '');
    if (!spoiledSerials) {
      message.error('作废流水号：格式不正确（如 8102, 8105-8107）');
      return;
    }
    try {
      await settle.mutateAsync({
        id: run.id,
        body: { printedSheets: v.printedSheets, spoiledSerials, settleNote: v.settleNote?.trim() || undefined },
      });
      message.success('打印批次已结算');
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const sum = printedSheets + spoiled.length;
  return (
    <Modal
      open
      title={`结算打印批次：${run.batchTitle}（流水号 ${run.firstSerial}–${run.lastSerial}）`}
      okText="结算"
      confirmLoading={settle.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ printedSheets: run.printed ?? run.sheets, spoiled: '' }}>
        <Form.Item name="printedSheets" label="打印成功张数" rules={[{ required: true, message: '请填写' }]}>
          <InputNumber min={0} precision={0} />
        </Form.Item>
        <Form.Item name="spoiled" label="作废流水号（卡纸、错印等，逗号分隔，连号可写 8102-8105）">
          <Input placeholder="没有作废的可不填" />
        </Form.Item>
        <Form.Item name="settleNote" label="结算说明（可不填）">
          <Input maxLength={200} />
        </Form.Item>
      </Form>
      <Alert
        type={sum === run.sheets ? 'success' : 'warning'}
        showIcon
        message={`领用 ${run.sheets} 张 = 打印成功 ${printedSheets} 张 + 作废 ${spoiled.length} 张${
          sum === run.sheets ? '，数量相符' : `（现为 ${sum} 张，不相符）`
        }`}
      />
    </Modal>
  );
}
