import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, Result, Segmented, Tag, Typography } from 'antd';
import { errorMessage } from '../../app/api.js';
import { useComplaintLookup, useFilePublicComplaint } from './api.js';

type Receipt = NonNullable<ReturnType<typeof useFilePublicComplaint>['data']>;
type Tab = 'file' | 'lookup';

export const complaintStateColor: Record<string, string> = {
  received: 'blue',
  investigating: 'orange',
  not_investigated: 'default',
  decided: 'green',
  archived: 'green',
};

/**
 * 考生投诉 (public, R-CMP-01/02): the form without login, on a phone; the answer is a tracking code shown once, and
 * the lookup by that code shows the state and the two due days only.
 */
export function ComplaintPublicPage() {
  const [tab, setTab] = useState<Tab>('file');
  return (
    <div style={{ minHeight: '100vh', background: '#f5f6f8', padding: '16px 12px' }} data-testid="complaint-public">
      <div style={{ maxWidth: 640, margin: '0 auto' }}>
        <Typography.Title level={4} style={{ textAlign: 'center', margin: '4px 0 12px' }}>
          职业技能等级认定考生投诉
        </Typography.Title>
        <Segmented<Tab>
          block
          value={tab}
          onChange={setTab}
          style={{ marginBottom: 12 }}
          options={[
            { value: 'file', label: '提交投诉' },
            { value: 'lookup', label: <span data-testid="tab-lookup">查询进度</span> },
          ]}
        />
        {tab === 'file' ? <FileForm /> : <Lookup />}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, textAlign: 'center' }}>
          认定中心在收到投诉后 3 个工作日内决定是否调查并书面通知您，7
          个工作日内作出处理结果；特殊情况延长的，将及时通知。 被投诉的人员不参与投诉的办理。
        </Typography.Paragraph>
      </div>
    </div>
  );
}

function FileForm() {
  const file = useFilePublicComplaint();
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  if (receipt)
    return (
      <Card>
        <Result
          status="success"
          title="投诉已提交"
          subTitle={receipt.message}
          extra={
            <div>
              <Typography.Text>查询码（仅显示这一次，请抄下或截图保存）：</Typography.Text>
              <Typography.Title level={3} copyable data-testid="tracking-code" style={{ marginTop: 8 }}>
                {receipt.trackingCode}
              </Typography.Title>
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="收到日期">{receipt.receivedOn}</Descriptions.Item>
                <Descriptions.Item label="决定是否调查期限">{receipt.acceptDueOn}</Descriptions.Item>
                <Descriptions.Item label="处理结果期限">{receipt.resultDueOn}</Descriptions.Item>
              </Descriptions>
            </div>
          }
        />
      </Card>
    );
  return (
    <Card>
      {file.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(file.error)} />}
      <Form
        layout="vertical"
        onFinish={(v: {
          complainantName: string;
          complainantUnit?: string;
          complainantContact: string;
          complaintText: string;
          respondentText?: string;
        }) => file.mutate(v, { onSuccess: setReceipt })}
      >
        <Form.Item name="complainantName" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} data-testid="f-name" />
        </Form.Item>
        <Form.Item name="complainantUnit" label="单位（学院、班级或工作单位）">
          <Input maxLength={100} data-testid="f-unit" />
        </Form.Item>
        <Form.Item
          name="complainantContact"
          label="联系方式"
          rules={[{ required: true, message: '请填写电话或邮箱，以便书面答复' }]}
        >
          <Input maxLength={100} inputMode="tel" data-testid="f-contact" />
        </Form.Item>
        <Form.Item name="respondentText" label="被投诉的人员或事项（选填）">
          <Input maxLength={500} data-testid="f-respondent" />
        </Form.Item>
        <Form.Item
          name="complaintText"
          label="投诉内容"
          rules={[{ required: true, min: 5, message: '请写明投诉的事项（至少 5 个字）' }]}
        >
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="f-content" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={file.isPending} data-testid="f-submit">
          提交投诉
        </Button>
      </Form>
    </Card>
  );
}

function Lookup() {
  const lookup = useComplaintLookup();
  return (
    <Card>
      <Form layout="vertical" onFinish={(v: { trackingCode: string }) => lookup.mutate(v.trackingCode.trim())}>
        <Form.Item name="trackingCode" label="查询码" rules={[{ required: true, message: '请填写查询码' }]}>
          <Input placeholder="TS-XXXX-XXXX-XXXX" data-testid="l-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={lookup.isPending} data-testid="l-submit">
          查询
        </Button>
      </Form>
      {lookup.error && <Alert type="error" showIcon style={{ marginTop: 12 }} message={errorMessage(lookup.error)} />}
      {lookup.data && (
        <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }} data-testid="l-result">
          <Descriptions.Item label="办理状态">
            <Tag color={complaintStateColor[lookup.data.state]} data-testid="l-state">
              {lookup.data.stateName}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label="收到日期">{lookup.data.receivedOn}</Descriptions.Item>
          <Descriptions.Item label="决定是否调查期限">{lookup.data.acceptDueOn}</Descriptions.Item>
          <Descriptions.Item label="处理结果期限">{lookup.data.resultDueOn}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
