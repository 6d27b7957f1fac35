import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  requestKindNames,
  requestKinds,
  requestStatusNames,
  type EquipmentItem,
  type EquipmentRequest,
  type RequestKind,
} from '../../../shared/equipment.js';
import { errorMessage } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { useCan, useMe } from '../../app/session.js';
import { useCreateRequest, useDecideRequest, useEquipmentRequests } from './api.js';

/** R-EQ-04: loans, returns, damage, loss, purchase and scrapping, requested by staff and decided by the centre head. */

export function RequestModal({ item, onClose }: { item: EquipmentItem; onClose: () => void }) {
  const [form] = Form.useForm();
  const create = useCreateRequest();
  const { message } = App.useApp();
  const kind = Form.useWatch('requestKind', form) as RequestKind | undefined;
  return (
    <Modal
      open
      title={`设备申请：${item.name}`}
      okText="提交申请"
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        try {
          await create.mutateAsync({ ...v, equipmentItemId: item.id });
          message.success('申请已提交，待中心负责人审批');
          onClose();
        } catch (e) {
          const rest = applyServerErrors(form, e, ['requestKind', 'quantity', 'reason', 'borrower']);
          if (rest) message.error(rest);
        }
      }}
    >
      <Form form={form} layout="vertical" initialValues={{ requestKind: 'loan', quantity: 1 }}>
        <Form.Item name="requestKind" label="申请类型">
          <Radio.Group options={requestKinds.map((k) => ({ value: k, label: requestKindNames[k] }))} />
        </Form.Item>
        <Form.Item name="quantity" label={`数量（在用 ${item.quantity}，借出 ${item.onLoan}）`}>
          <InputNumber min={1} precision={0} />
        </Form.Item>
        {kind === 'loan' && (
          <Form.Item name="borrower" label="借用人" rules={[{ required: true, message: '请填写借用人' }]}>
            <Input maxLength={50} />
          </Form.Item>
        )}
        <Form.Item name="reason" label="原因" rules={[{ required: true, message: '请填写原因' }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RequestsTab() {
  const [status, setStatus] = useState<'pending' | 'approved' | 'rejected' | undefined>('pending');
  const requests = useEquipmentRequests(status);
  const canApprove = useCan('equipment.approve');
  const me = useMe();
  const decide = useDecideRequest();
  const { message, modal } = App.useApp();
  const act = (r: EquipmentRequest, equipmentDecision: 'approved' | 'rejected') => {
    let note = '';
    modal.confirm({
      title: `${equipmentDecision === 'approved' ? '批准' : '驳回'}${requestKindNames[r.kind]}申请`,
      content: (
        <Input.TextArea
          aria-label="审批意见"
          rows={2}
          placeholder="审批意见"
          onChange={(e) => (note = e.target.value)}
        />
      ),
      okText: equipmentDecision === 'approved' ? '批准' : '驳回',
      onOk: async () => {
        try {
          await decide.mutateAsync({ id: r.id, body: { equipmentDecision, decisionNote: note || null } });
          message.success('已审批');
        } catch (e) {
          message.error(errorMessage(e));
        }
      },
    });
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Radio.Group
        value={status ?? 'all'}
        onChange={(e) => setStatus(e.target.value === 'all' ? undefined : e.target.value)}
        options={[
          { value: 'pending', label: '待审批' },
          { value: 'approved', label: '已批准' },
          { value: 'rejected', label: '已驳回' },
          { value: 'all', label: '全部' },
        ]}
        optionType="button"
      />
      <Table<EquipmentRequest>
        rowKey="id"
        size="small"
        loading={requests.isLoading}
        dataSource={requests.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '暂无申请' }}
        scroll={{ x: 1000 }}
        columns={[
          {
            title: '申请时间',
            dataIndex: 'requestedAt',
            width: 150,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
          { title: '设备', dataIndex: 'itemName', render: (v: string, r) => `${v}（${r.occupationName}）` },
          { title: '类型', dataIndex: 'kind', width: 70, render: (v: RequestKind) => requestKindNames[v] },
          { title: '数量', dataIndex: 'quantity', width: 60 },
          {
            title: '原因',
            dataIndex: 'reason',
            render: (v: string, r) => (r.borrower ? `${v}（借用人：${r.borrower}）` : v),
          },
          { title: '申请人', dataIndex: 'requestedByName', width: 90 },
          {
            title: '状态',
            dataIndex: 'status',
            width: 200,
            render: (v: EquipmentRequest['status'], r) => (
              <Space direction="vertical" size={0}>
                <Tag color={v === 'approved' ? 'success' : v === 'rejected' ? 'error' : 'processing'}>
                  {requestStatusNames[v]}
                </Tag>
                {r.decidedByName && (
                  <Typography.Text type="secondary">
                    {r.decidedByName} {r.decisionNote ?? ''}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          ...(canApprove
            ? [
                {
                  title: '审批',
                  key: 'op',
                  width: 120,
                  render: (_: unknown, r: EquipmentRequest) =>
                    r.status === 'pending' && r.requestedBy !== me.data?.user.id ? (
                      <Space size={0}>
                        <Button size="small" type="link" onClick={() => act(r, 'approved')}>
                          批准
                        </Button>
                        <Button size="small" type="link" danger onClick={() => act(r, 'rejected')}>
                          驳回
                        </Button>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
