import { App, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { chinaDateTime, chinaInstant, type CustodyDuty, type DocumentTransfer } from '../../../shared/custody.js';
import { applyServerErrors } from '../../app/forms.js';
import { useCustodyBatches, useSaveDuty, useSaveTransfer } from './api.custody.js';

/** The forms of the custody registers (R-BANK-03): a duty record and a hand-over, in a modal. */

const TIME = 'YYYY-MM-DD HH:mm';
/** Times are entered and shown as China wall-clock time, whatever the browser's zone. */
const toPicker = (iso: string) => dayjs(chinaDateTime(iso), TIME);
const fromPicker = (d: Dayjs) => chinaInstant(d.format(TIME));
const required = (label: string, select = false) => [
  { required: true, message: `${select ? '请选择' : '请填写'}${label}` },
];

function BatchSelect(props: { value?: string | null; onChange?: (v: string | null) => void }) {
  const batches = useCustodyBatches();
  return (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      placeholder="不关联批次"
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      options={(batches.data?.items ?? []).map((b) => ({ value: b.id, label: b.title }))}
    />
  );
}

const sealOptions = [
  { value: true, label: '封存完好' },
  { value: false, label: '封存破损' },
];

export function DutyDialog({ duty, onClose }: { duty: CustodyDuty | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useSaveDuty();
  const { message } = App.useApp();
  const fields = ['subject', 'batchId', 'startsAt', 'endsAt', 'keeper1', 'keeper2', 'sealIntact', 'count', 'note'];
  return (
    <Modal
      open
      title={duty ? '修改值班记录' : '新增值班记录'}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okText="保存记录"
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({
            id: duty?.id,
            body: {
              ...v,
              startsAt: fromPicker(v.startsAt),
              endsAt: fromPicker(v.endsAt),
              batchId: v.batchId ?? null,
              note: v.note ?? null,
            },
          });
          message.success('已保存');
          onClose();
        } catch (e) {
          const rest = applyServerErrors(form, e, fields);
          if (rest) message.error(rest);
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="duty-form"
        initialValues={
          duty ? { ...duty, startsAt: toPicker(duty.startsAt), endsAt: toPicker(duty.endsAt) } : { sealIntact: true }
        }
      >
        <Form.Item
          name="subject"
          label="保管试卷"
          rules={required('保管试卷')}
          extra="如“2026 年第二期电工 四级理论知识试卷（A、B 卷）”"
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="batchId" label="批次">
          <BatchSelect />
        </Form.Item>
        <Form.Item name="startsAt" label="开始时间" rules={required('开始时间', true)}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="endsAt" label="结束时间" rules={required('结束时间', true)}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="keeper1" label="值班人一" rules={required('值班人一')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="keeper2"
          label="值班人二"
          rules={[...required('值班人二'), differentFrom('keeper1', '应与值班人一不同（保密室须两人同时值班）')]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="sealIntact" label="封存情况" rules={required('封存情况', true)}>
          <Radio.Group options={sealOptions} />
        </Form.Item>
        <Form.Item name="count" label="数量（袋）" rules={required('数量')}>
          <InputNumber min={0} max={100000} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function TransferDialog({ transfer, onClose }: { transfer: DocumentTransfer | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useSaveTransfer();
  const { message } = App.useApp();
  const fields = [
    'documentName',
    'batchId',
    'transferredAt',
    'place',
    'keeper',
    'receiver',
    'approver',
    'count',
    'sealIntact',
    'note',
  ];
  return (
    <Modal
      open
      title={transfer ? '修改移交登记' : '新增移交登记'}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okText="保存记录"
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({
            id: transfer?.id,
            body: {
              ...v,
              transferredAt: fromPicker(v.transferredAt),
              batchId: v.batchId ?? null,
              count: v.count ?? null,
              sealIntact: v.sealIntact ?? null,
              note: v.note ?? null,
            },
          });
          message.success('已保存');
          onClose();
        } catch (e) {
          const rest = applyServerErrors(form, e, fields);
          if (rest) message.error(rest);
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        data-testid="transfer-form"
        initialValues={
          transfer ? { ...transfer, transferredAt: toPicker(transfer.transferredAt) } : { sealIntact: true }
        }
      >
        <Form.Item name="documentName" label="文件名称" rules={required('文件名称')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="batchId" label="批次">
          <BatchSelect />
        </Form.Item>
        <Form.Item name="transferredAt" label="移交时间" rules={required('移交时间', true)}>
          <DatePicker showTime={{ format: 'HH:mm' }} format={TIME} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="place" label="移交地点" rules={required('移交地点')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="keeper" label="保管员" rules={required('保管员')}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="receiver"
          label="接收人"
          rules={[...required('接收人'), differentFrom('keeper', '应与保管员不同（移交须交接双方签字）')]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="approver" label="领导" rules={required('领导')} extra="重要文件移交须经主管领导同意并签字">
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="count" label="数量（份/袋）">
          <InputNumber min={0} max={100000} />
        </Form.Item>
        <Form.Item name="sealIntact" label="封存情况">
          <Radio.Group options={sealOptions} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** R-BANK-03: a second person's name must differ from the first's (spaces ignored), as the server checks too. */
function differentFrom(other: string, message: string) {
  return ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
    validator: async (_r: unknown, v: string | undefined) => {
      if (v && v.replace(/\s+/g, '') === String(getFieldValue(other) ?? '').replace(/\s+/g, ''))
        throw new Error(message);
    },
  });
}
