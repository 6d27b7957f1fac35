import { useState } from 'react';
import { App, Button, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ModalForm,
  PageContainer,
  ProFormDatePicker,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
  ProTable,
} from '@ant-design/pro-components';
import { appealStatusNames, misconductActNames } from '../../../shared/people.js';
import type { MisconductRecord } from '../../../shared/people-appraisal.js';
import { api, errorMessage, fileUrl, type ApiBody } from '../../app/api.js';
import { applyServerErrors } from '../../app/forms.js';
import { PersonSelect } from './PersonSelect.js';
import { useMisconduct, useStaffAction } from './api.js';

/** 考务人员违纪 (R-PPL-10): the ten acts of §5 end exam duties; evidence is kept; appeals and their outcome (§7). */
export function MisconductPage() {
  const { data, isFetching } = useMisconduct();
  const [creating, setCreating] = useState(false);
  const [appeal, setAppeal] = useState<MisconductRecord | null>(null);
  return (
    <PageContainer
      title="考务人员违纪"
      content="有《考务人员违纪处理办法》第五条所列情形之一的，终止其考务工作；当事人不服可向纪检监察部门申诉。"
    >
      <div data-testid="misconduct-page">
        <ProTable<MisconductRecord>
          rowKey="id"
          search={false}
          options={false}
          loading={isFetching}
          dataSource={data?.items}
          toolBarRender={() => [
            <Button key="a" type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              登记违纪
            </Button>,
          ]}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            { title: '发生日期', dataIndex: 'occurredOn', width: 110 },
            { title: '违纪情形', dataIndex: 'act', render: (_, r) => misconductActNames[r.act] },
            { title: '事实经过', dataIndex: 'description', ellipsis: true },
            {
              title: '证据',
              dataIndex: 'evidence',
              render: (_, r) =>
                r.evidence.length
                  ? r.evidence.map((f) => (
                      <a key={f.id} href={fileUrl(f.id)} style={{ marginRight: 8 }}>
                        {f.name}
                      </a>
                    ))
                  : '—',
            },
            {
              title: '申诉',
              dataIndex: 'appealStatus',
              width: 200,
              render: (_, r) => (
                <Space>
                  <Tag
                    color={
                      r.appealStatus === 'overturned' ? 'green' : r.appealStatus === 'pending' ? 'orange' : 'default'
                    }
                  >
                    {appealStatusNames[r.appealStatus]}
                  </Tag>
                  {(r.appealStatus === 'none' || r.appealStatus === 'pending') && (
                    <a onClick={() => setAppeal(r)}>{r.appealStatus === 'none' ? '登记申诉' : '处理申诉'}</a>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </div>
      {creating && <MisconductForm onClose={() => setCreating(false)} />}
      {appeal && <AppealModal record={appeal} onClose={() => setAppeal(null)} />}
    </PageContainer>
  );
}

function MisconductForm({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm();
  const save = useStaffAction((body: ApiBody<'/misconduct', 'post'>) => api.post('/misconduct', { body }));
  const { message } = App.useApp();
  return (
    <ModalForm
      title="登记考务人员违纪"
      open
      form={form}
      width={640}
      dateFormatter="string"
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      onOpenChange={(o) => !o && onClose()}
      onFinish={async (v) => {
        const ids = String(v.evidence ?? '')
          .split(/[\s,，]+/)
          .filter(Boolean);
        try {
          await save.mutateAsync({ ...v, evidence: undefined, evidenceFileIds: ids });
          message.success('已登记，该人员的考务工作已终止');
          onClose();
          return true;
        } catch (e) {
          const rest = applyServerErrors(form, e, ['personId', 'act', 'occurredOn', 'description']);
          if (rest) message.error(rest);
          return false;
        }
      }}
    >
      <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
        <PersonSelect />
      </Form.Item>
      <ProFormSelect
        name="act"
        label="违纪情形"
        rules={[{ required: true }]}
        options={Object.entries(misconductActNames).map(([value, label]) => ({ value, label }))}
      />
      <ProFormDatePicker name="occurredOn" label="发生日期" rules={[{ required: true }]} />
      <ProFormText name="batchRef" label="认定批次" />
      <ProFormTextArea name="description" label="事实经过" rules={[{ required: true }]} />
      <ProFormText
        name="evidence"
        label="证据材料文件编号"
        placeholder="先在人员档案中上传，再填文件编号；多个用逗号分隔"
      />
    </ModalForm>
  );
}

function AppealModal({ record, onClose }: { record: MisconductRecord; onClose: () => void }) {
  const [textValue, setText] = useState('');
  const [outcome, setOutcome] = useState<'upheld' | 'overturned'>('upheld');
  const file = useStaffAction((body: ApiBody<'/misconduct/{id}/appeal', 'post'>) =>
    api.post('/misconduct/{id}/appeal', { path: { id: record.id }, body }),
  );
  const decide = useStaffAction((body: ApiBody<'/misconduct/{id}/decision', 'post'>) =>
    api.post('/misconduct/{id}/decision', { path: { id: record.id }, body }),
  );
  const { message } = App.useApp();
  const pending = record.appealStatus === 'pending';
  const submit = async () => {
    try {
      if (pending) await decide.mutateAsync({ outcome, note: textValue });
      else await file.mutateAsync({ text: textValue });
      message.success('已保存');
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={pending ? '处理申诉' : '登记申诉'}
      onCancel={onClose}
      onOk={submit}
      okText="保存"
      cancelText="取消"
    >
      {pending && (
        <>
          <Typography.Paragraph>申诉理由：{record.appealText}</Typography.Paragraph>
          <Radio.Group value={outcome} onChange={(e) => setOutcome(e.target.value)} style={{ marginBottom: 12 }}>
            <Radio value="upheld">维持处理</Radio>
            <Radio value="overturned">撤销处理（恢复考务工作）</Radio>
          </Radio.Group>
        </>
      )}
      <Input.TextArea
        rows={4}
        value={textValue}
        onChange={(e) => setText(e.target.value)}
        placeholder={pending ? '处理意见' : '申诉理由'}
      />
    </Modal>
  );
}
