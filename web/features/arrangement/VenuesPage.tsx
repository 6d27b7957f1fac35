import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, ProTable, type ProColumns } from '@ant-design/pro-components';
import { roomKindLabels, roomKinds, type Room, type Site } from '../../../shared/arrangement.js';
import { batchStateNames } from '../../../shared/plans.js';
import { errorMessage, type ItemOf } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useBatches } from '../plans/api.js';
import { stateColor } from '../../components/batchState.js';
import { useRooms, useSaveRoom, useSaveSite, useSites, useUnavailability } from './api.js';

/** 考场编排 home: the batches to arrange, and the sites and rooms (R-ARR-01) the arrangement draws on. */
export function VenuesPage() {
  return (
    <PageContainer
      title="考场编排"
      content="报名结束（审核完成）后，按批次自动编排考场、座位、监考、考点工作人员和考评组。"
    >
      <Tabs
        items={[
          { key: 'batches', label: '编排批次', children: <BatchesToArrange /> },
          { key: 'venues', label: '考点与考场', children: <Venues /> },
        ]}
      />
    </PageContainer>
  );
}

function BatchesToArrange() {
  const navigate = useNavigate();
  const reviewed = useBatches({ state: 'reviewed' });
  const registering = useBatches({ state: 'registering' });
  const arranged = useBatches({ state: 'arranged' });
  const rows = [...(reviewed.data?.items ?? []), ...(registering.data?.items ?? []), ...(arranged.data?.items ?? [])];
  return (
    <Table<ItemOf<'/batches'>>
      rowKey="id"
      size="small"
      loading={reviewed.isLoading}
      dataSource={rows}
      pagination={false}
      data-testid="arrangement-batches"
      columns={[
        {
          title: '批次',
          dataIndex: 'title',
          render: (_, b) => (
            <Typography.Link onClick={() => navigate(`/batches/${b.id}/arrangement`)}>{b.title}</Typography.Link>
          ),
        },
        { title: '职业', render: (_, b) => `${b.code} ${b.occupationName}` },
        { title: '首场考核', dataIndex: 'firstSittingDay', width: 110 },
        { title: '报名截止', dataIndex: 'registrationClosesOn', width: 110 },
        {
          title: '状态',
          dataIndex: 'state',
          width: 100,
          render: (_, b) => <Tag color={stateColor[b.state]}>{batchStateNames[b.state]}</Tag>,
        },
        {
          title: '',
          width: 100,
          render: (_, b) => (
            <Button size="small" onClick={() => navigate(`/batches/${b.id}/arrangement`)}>
              进入编排
            </Button>
          ),
        },
      ]}
    />
  );
}

function Venues() {
  const sites = useSites();
  const [siteId, setSiteId] = useState<string | undefined>();
  const rooms = useRooms(siteId);
  const canManage = useCan('arrangement.manage');
  const [siteDialog, setSiteDialog] = useState<Site | 'new' | null>(null);
  const [roomDialog, setRoomDialog] = useState<Room | 'new' | null>(null);
  const [offRoom, setOffRoom] = useState<Room | null>(null);
  const columns: ProColumns<Room>[] = [
    { title: '考点', dataIndex: 'siteName', width: 120 },
    { title: '考场', dataIndex: 'name', width: 140 },
    { title: '类型', dataIndex: 'kind', width: 90, render: (_, r) => roomKindLabels[r.kind] },
    {
      title: '座位/工位',
      dataIndex: 'capacity',
      width: 90,
      render: (_, r) => (r.kind === 'theory' ? r.capacity : (r.stations ?? r.capacity)),
    },
    {
      title: '设备',
      dataIndex: 'equipment',
      render: (_, r) => (r.equipment.length ? r.equipment.map((e) => <Tag key={e}>{e}</Tag>) : '—'),
    },
    {
      title: '不可用时段',
      dataIndex: 'unavailable',
      render: (_, r) =>
        r.unavailable.length
          ? r.unavailable.map((u) => <div key={u.id}>{`${u.day} ${u.startsAt}–${u.endsAt} ${u.reason}`}</div>)
          : '—',
    },
    {
      title: '状态',
      dataIndex: 'active',
      width: 70,
      render: (_, r) => (r.active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
    },
    {
      title: '操作',
      width: 150,
      valueType: 'option',
      render: (_, r) =>
        canManage
          ? [
              <a key="e" onClick={() => setRoomDialog(r)}>
                修改
              </a>,
              <a key="u" onClick={() => setOffRoom(r)}>
                不可用时段
              </a>,
            ]
          : [],
    },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid="venues">
      <Card
        title="考点"
        size="small"
        extra={
          canManage && (
            <Button icon={<PlusOutlined />} onClick={() => setSiteDialog('new')}>
              新增考点
            </Button>
          )
        }
      >
        <Table<Site>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={sites.data?.items ?? []}
          columns={[
            { title: '考点', dataIndex: 'name' },
            { title: '地址', dataIndex: 'address', render: (v) => v ?? '—' },
            { title: '考场数', dataIndex: 'roomCount', width: 80 },
            { title: '座位/工位合计', dataIndex: 'seatCount', width: 120 },
            {
              title: '状态',
              dataIndex: 'active',
              width: 70,
              render: (v) => (v ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>),
            },
            { title: '操作', width: 80, render: (_, s) => canManage && <a onClick={() => setSiteDialog(s)}>修改</a> },
          ]}
        />
      </Card>
      <ProTable<Room>
        rowKey="id"
        size="small"
        headerTitle="考场"
        search={false}
        options={false}
        loading={rooms.isLoading}
        dataSource={rooms.data?.items ?? []}
        columns={columns}
        pagination={{ pageSize: 20 }}
        toolBarRender={() => [
          <Select
            key="s"
            allowClear
            placeholder="全部考点"
            style={{ width: 160 }}
            value={siteId}
            onChange={setSiteId}
            options={(sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          />,
          canManage && (
            <Button key="n" type="primary" icon={<PlusOutlined />} onClick={() => setRoomDialog('new')}>
              新增考场
            </Button>
          ),
        ]}
      />
      {siteDialog && <SiteDialog site={siteDialog === 'new' ? null : siteDialog} onClose={() => setSiteDialog(null)} />}
      {roomDialog && (
        <RoomDialog
          room={roomDialog === 'new' ? null : roomDialog}
          sites={sites.data?.items ?? []}
          onClose={() => setRoomDialog(null)}
        />
      )}
      {offRoom && (
        <UnavailabilityDialog
          room={(rooms.data?.items ?? []).find((r) => r.id === offRoom.id) ?? offRoom}
          onClose={() => setOffRoom(null)}
        />
      )}
    </Space>
  );
}

function SiteDialog({ site, onClose }: { site: Site | null; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useSaveSite();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title={site ? '修改考点' : '新增考点'}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({ id: site?.id, body: v });
          message.success('已保存');
          onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={site ?? { active: true }}>
        <Form.Item
          name="name"
          label="考点名称"
          rules={[{ required: true, message: '请填写考点名称' }]}
          extra="与批次场次的考试地点对应，如“信息楼”"
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="address" label="地址">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="active" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function RoomDialog({ room, sites, onClose }: { room: Room | null; sites: Site[]; onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useSaveRoom();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  return (
    <Modal
      open
      title={room ? '修改考场' : '新增考场'}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await save.mutateAsync({ id: room?.id, body: { ...v, equipment: v.equipment ?? [] } });
          message.success('已保存');
          onClose();
        } catch (e) {
          message.error(errorMessage(e));
        }
      }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={room ?? { kind: 'theory', capacity: 30, active: true, equipment: [], siteId: sites[0]?.id }}
      >
        <Form.Item name="siteId" label="考点" rules={[{ required: true, message: '请选择考点' }]}>
          <Select options={sites.map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
        <Form.Item name="name" label="考场名称" rules={[{ required: true, message: '请填写考场名称' }]}>
          <Input maxLength={40} placeholder="如 201" />
        </Form.Item>
        <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
          <Select options={roomKinds.map((k) => ({ value: k, label: roomKindLabels[k] }))} />
        </Form.Item>
        <Form.Item
          name="capacity"
          label={kind === 'theory' ? '座位数（标准考场 30 座）' : '容量'}
          rules={[{ required: true, message: '请填写容量' }]}
        >
          <InputNumber min={1} max={kind === 'theory' ? 30 : 500} />
        </Form.Item>
        {kind !== 'theory' && (
          <Form.Item name="stations" label="工位数">
            <InputNumber min={0} max={500} />
          </Form.Item>
        )}
        {kind !== 'theory' && (
          <Form.Item name="equipment" label="设备（回车添加）">
            <Select mode="tags" tokenSeparators={[',', '，']} />
          </Form.Item>
        )}
        <Form.Item name="active" label="启用" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function UnavailabilityDialog({ room, onClose }: { room: Room; onClose: () => void }) {
  const [form] = Form.useForm();
  const act = useUnavailability();
  const { message } = App.useApp();
  const run = async (a: Parameters<typeof act.mutateAsync>[0]) => {
    try {
      await act.mutateAsync(a);
      message.success('已保存');
      form.resetFields();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal open title={`${room.siteName} ${room.name}：不可用时段`} onCancel={onClose} footer={null} width={640}>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={room.unavailable}
        columns={[
          { title: '日期', dataIndex: 'day' },
          { title: '时段', render: (_, u) => `${u.startsAt}–${u.endsAt}` },
          { title: '原因', dataIndex: 'reason' },
          { title: '', render: (_, u) => <a onClick={() => void run({ roomId: room.id, removeId: u.id })}>删除</a> },
        ]}
      />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 12 }}
        onFinish={(v) => void run({ roomId: room.id, add: v })}
      >
        <Form.Item name="day" rules={[{ required: true, message: '日期' }]}>
          <Input placeholder="YYYY-MM-DD" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="startsAt" rules={[{ required: true, message: '开始' }]}>
          <Input placeholder="08:00" style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="endsAt" rules={[{ required: true, message: '结束' }]}>
          <Input placeholder="12:00" style={{ width: 80 }} />
        </Form.Item>
        <Form.Item name="reason" rules={[{ required: true, message: '原因' }]}>
          <Input placeholder="原因" style={{ width: 140 }} />
        </Form.Item>
        <Button htmlType="submit" type="primary">
          添加
        </Button>
      </Form>
    </Modal>
  );
}
