import { useMemo, useState } from 'react';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import dayjs, { type Dayjs } from 'dayjs';
import {
  ownershipLabels,
  recordKindNames,
  recordKinds,
  type CalibrationState,
  type EquipmentItem,
  type RecordKind,
} from '../../../shared/equipment.js';
import { applyServerErrors } from '../../app/forms.js';
import { useCan } from '../../app/session.js';
import { useOccupations } from '../centre/api.js';
import { useRooms } from '../arrangement/api.js';
import { useAddRecord, useEquipmentItems, useEquipmentRecords, useSaveItem } from './api.js';
import { CheckTab } from './CheckTab.js';
import { CalibrationTag } from './CalibrationTag.js';
import { RequestModal, RequestsTab } from './RequestsTab.js';

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
/** 设备设施 (R-EQ-01…04): the ledger per occupation, its records and requests, and the pre-batch check. */
export function EquipmentPage() {
  return (
    <PageContainer
      title="设备设施"
      content="按职业登记设备台账（含计量器具检定有效期），记录维护、维修和检定；借用、损坏、丢失、购置和报废经中心负责人审批后生效；每批次考核前逐项核查设备并签字确认。"
    >
      <Tabs
        items={[
          { key: 'ledger', label: '设备台账', children: <LedgerTab /> },
          { key: 'requests', label: '设备申请', children: <RequestsTab /> },
          { key: 'checks', label: '考前设备核查', children: <CheckTab /> },
        ]}
      />
    </PageContainer>
  );
}

function LedgerTab() {
  const all = useEquipmentItems();
  const [occupationId, setOccupationId] = useState<string>();
  const canManage = useCan('equipment.manage');
  const [editing, setEditing] = useState<EquipmentItem | 'new' | null>(null);
  const [records, setRecords] = useState<EquipmentItem | null>(null);
  const [asking, setAsking] = useState<EquipmentItem | null>(null);
  const occupations = useMemo(
    () => [
      ...new Map(
        (all.data?.items ?? []).map((i) => [i.occupationId, `${i.occupationCode} ${i.occupationName}`]),
      ).entries(),
    ],
    [all.data],
  );
  const items = (all.data?.items ?? []).filter((i) => !occupationId || i.occupationId === occupationId);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label="职业"
          allowClear
          placeholder="全部职业"
          style={{ minWidth: 280 }}
          value={occupationId}
          onChange={setOccupationId}
          options={occupations.map(([value, label]) => ({ value, label }))}
        />
        {canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            登记设备
          </Button>
        )}
      </Space>
      <Table<EquipmentItem>
        rowKey="id"
        size="small"
        loading={all.isLoading}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无设备' }}
        scroll={{ x: 1100 }}
        columns={[
          { title: '职业', dataIndex: 'occupationName', width: 140 },
          {
            title: '设备名称',
            dataIndex: 'name',
            render: (v: string, r) => (
              <Space size={4} wrap>
                {v}
                {r.isInstrument && <Tag>计量器具</Tag>}
                {r.status === 'retired' && <Tag>已报废/丢失</Tag>}
              </Space>
            ),
          },
          { title: '规格/型号', dataIndex: 'model', width: 140, render: (v: string | null) => v ?? '—' },
          {
            title: '数量',
            dataIndex: 'quantity',
            width: 110,
            render: (v: number, r) => `${v}${r.unit ?? ''}${r.onLoan ? `（借出 ${r.onLoan}）` : ''}`,
          },
          { title: '权属', dataIndex: 'ownership', width: 70, render: (v: 'owned' | 'leased') => ownershipLabels[v] },
          {
            title: '所在地',
            dataIndex: 'location',
            width: 200,
            render: (v: string, r) => (r.roomName ? `${v}（考场：${r.roomName}）` : v),
          },
          {
            title: '检定有效期',
            dataIndex: 'calibrationState',
            width: 190,
            render: (v: CalibrationState | null, r) => <CalibrationTag state={v} dueOn={r.calibrationDueOn} />,
          },
          {
            title: '操作',
            key: 'op',
            width: 170,
            render: (_: unknown, r) => (
              <Space size={0}>
                {canManage && (
                  <Button size="small" type="link" onClick={() => setEditing(r)}>
                    编辑
                  </Button>
                )}
                <Button size="small" type="link" onClick={() => setRecords(r)}>
                  记录
                </Button>
                {canManage && (
                  <Button size="small" type="link" onClick={() => setAsking(r)}>
                    申请
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
        expandable={{
          expandedRowRender: (r) => (
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label="购置日期">{r.purchasedOn ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="购置价格">
                {r.price == null ? '—' : `${r.price.toFixed(2)} 元`}
              </Descriptions.Item>
              <Descriptions.Item label="对应工作内容">{r.workContents ?? '—'}</Descriptions.Item>
              <Descriptions.Item label="技术参数" span={3}>
                {r.parameters ?? '—'}
              </Descriptions.Item>
            </Descriptions>
          ),
        }}
      />
      {editing && <ItemDrawer item={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {records && <RecordsDrawer item={records} onClose={() => setRecords(null)} />}
      {asking && <RequestModal item={asking} onClose={() => setAsking(null)} />}
    </Space>
  );
}

const ITEM_FIELDS = [
  'occupationId',
  'name',
  'model',
  'quantity',
  'unit',
  'purchasedOn',
  'price',
  'parameters',
  'workContents',
  'ownership',
  'location',
  'roomId',
  'isInstrument',
  'calibrationDueOn',
] as const;

function ItemDrawer({ item, onClose }: { item: EquipmentItem | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const [keyword, setKeyword] = useState<string>();
  const occupations = useOccupations({ keyword: keyword || undefined, edition: '2022', page: 1, pageSize: 50 });
  const rooms = useRooms();
  const save = useSaveItem();
  const { message } = App.useApp();
  const isInstrument = Form.useWatch('isInstrument', form);
  const options = [
    ...(item ? [{ value: item.occupationId, label: `${item.occupationCode} ${item.occupationName}` }] : []),
    ...(occupations.data?.items ?? [])
      .filter((o) => o.id !== item?.occupationId)
      .map((o) => ({ value: o.id, label: `${o.code} ${o.name}` })),
  ];
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        id: item?.id,
        body: {
          ...v,
          purchasedOn: day(v.purchasedOn),
          calibrationDueOn: v.isInstrument ? day(v.calibrationDueOn) : null,
          roomId: v.roomId ?? null,
        },
      });
      message.success(item ? '设备信息已保存' : '设备已登记');
      onClose();
    } catch (e) {
      const rest = applyServerErrors(form, e, ITEM_FIELDS);
      if (rest) message.error(rest);
    }
  };
  return (
    <Drawer
      open
      width={520}
      title={item ? `编辑设备：${item.name}` : '登记设备'}
      onClose={onClose}
      extra={
        <Button type="primary" loading={save.isPending} onClick={submit}>
          保存
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          item
            ? {
                ...item,
                purchasedOn: item.purchasedOn ? dayjs(item.purchasedOn) : null,
                calibrationDueOn: item.calibrationDueOn ? dayjs(item.calibrationDueOn) : null,
              }
            : { ownership: 'owned', quantity: 1, isInstrument: false }
        }
      >
        <Form.Item name="occupationId" label="职业" rules={[{ required: true, message: '请选择职业' }]}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setKeyword}
            placeholder="输入职业名称或编码搜索"
            options={options}
            loading={occupations.isLoading}
          />
        </Form.Item>
        <Form.Item name="name" label="设备名称" rules={[{ required: true, message: '请填写设备名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="model" label="规格/型号">
          <Input maxLength={100} />
        </Form.Item>
        <Space>
          <Form.Item
            name="quantity"
            label="数量"
            rules={[{ required: true, message: '请填写数量' }]}
            extra={item ? '数量通过购置、报废、丢失申请变更' : undefined}
          >
            <InputNumber min={0} precision={0} disabled={!!item} />
          </Form.Item>
          <Form.Item name="unit" label="单位">
            <Input maxLength={10} style={{ width: 90 }} />
          </Form.Item>
          <Form.Item name="ownership" label="权属">
            <Radio.Group
              options={(['owned', 'leased'] as const).map((o) => ({ value: o, label: ownershipLabels[o] }))}
            />
          </Form.Item>
        </Space>
        <Space>
          <Form.Item name="purchasedOn" label="购置日期">
            <DatePicker />
          </Form.Item>
          <Form.Item name="price" label="购置价格（元）">
            <InputNumber min={0} precision={2} style={{ width: 160 }} />
          </Form.Item>
        </Space>
        <Form.Item name="parameters" label="技术参数">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="workContents" label="对应工作内容（职业标准）">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item name="location" label="设备所在地" rules={[{ required: true, message: '请填写设备所在地' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="roomId" label="所在考场" extra="计量器具检定过期时，该考场不能用于同职业的操作技能考核">
          <Select
            allowClear
            placeholder="不在考场"
            options={(rooms.data?.items ?? []).map((r) => ({ value: r.id, label: r.name }))}
          />
        </Form.Item>
        <Form.Item name="isInstrument" valuePropName="checked">
          <Checkbox disabled={!!item?.calibrationDueOn}>计量器具（须定期检定）</Checkbox>
        </Form.Item>
        {isInstrument && (
          <Form.Item
            name="calibrationDueOn"
            label="检定有效期至"
            rules={[{ required: true, message: '请选择检定有效期' }]}
            extra={item?.calibrationDueOn ? '已设有效期的计量器具，请在“记录”中登记检定更新' : undefined}
          >
            <DatePicker disabled={!!item?.calibrationDueOn} />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}

function RecordsDrawer({ item, onClose }: { item: EquipmentItem; onClose: () => void }) {
  const records = useEquipmentRecords(item.id);
  const canManage = useCan('equipment.manage');
  const add = useAddRecord();
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const kind = Form.useWatch('recordKind', form) as RecordKind | undefined;
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await add.mutateAsync({
        itemId: item.id,
        body: { ...v, doneOn: day(v.doneOn)!, calibrationDueOn: day(v.calibrationDueOn) },
      });
      message.success('记录已登记');
      form.resetFields();
    } catch (e) {
      const rest = applyServerErrors(form, e, ['recordKind', 'doneOn', 'recordText', 'doneBy', 'calibrationDueOn']);
      if (rest) message.error(rest);
    }
  };
  return (
    <Drawer open width={560} title={`维护、维修与检定记录：${item.name}`} onClose={onClose}>
      {canManage && (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ recordKind: item.isInstrument ? 'calibration' : 'maintenance', doneOn: dayjs() }}
        >
          <Space wrap>
            <Form.Item name="recordKind" label="记录类型">
              <Select
                style={{ width: 120 }}
                options={recordKinds
                  .filter((k) => k !== 'calibration' || item.isInstrument)
                  .map((k) => ({ value: k, label: recordKindNames[k] }))}
              />
            </Form.Item>
            <Form.Item name="doneOn" label="日期" rules={[{ required: true, message: '请选择日期' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="doneBy" label="经办人" rules={[{ required: true, message: '请填写经办人' }]}>
              <Input maxLength={50} style={{ width: 140 }} />
            </Form.Item>
            {kind === 'calibration' && (
              <Form.Item
                name="calibrationDueOn"
                label="新的检定有效期至"
                rules={[{ required: true, message: '请选择有效期' }]}
              >
                <DatePicker />
              </Form.Item>
            )}
          </Space>
          <Form.Item name="recordText" label="记录内容" rules={[{ required: true, message: '请填写记录内容' }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Button type="primary" loading={add.isPending} onClick={submit} style={{ marginBottom: 16 }}>
            登记记录
          </Button>
        </Form>
      )}
      <Table
        rowKey="id"
        size="small"
        loading={records.isLoading}
        dataSource={records.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: '暂无记录' }}
        columns={[
          { title: '日期', dataIndex: 'doneOn', width: 100 },
          { title: '类型', dataIndex: 'kind', width: 80, render: (v: RecordKind) => recordKindNames[v] },
          {
            title: '内容',
            dataIndex: 'description',
            render: (v: string, r) => (r.calibrationDueOn ? `${v}（有效期至 ${r.calibrationDueOn}）` : v),
          },
          { title: '经办人', dataIndex: 'doneBy', width: 100 },
        ]}
      />
    </Drawer>
  );
}
