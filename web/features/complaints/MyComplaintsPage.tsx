import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { errorMessage } from '../../app/api.js';
import { useFileMyComplaint, useMyComplaints } from './api.js';
import { complaintStateColor } from './ComplaintPublicPage.js';
import { EvidenceUpload } from './EvidenceUpload.js';

/** 我的投诉 (R-CMP-01/02): the candidate files a complaint in the portal and follows its own. Phone first. */
export function MyComplaintsPage() {
  const q = useMyComplaints();
  const [filing, setFiling] = useState(false);
  return (
    <PageContainer
      title="我的投诉"
      content="认定中心在收到投诉后 3 个工作日内决定是否调查并书面通知您，7 个工作日内作出处理结果。"
      extra={
        <Button type="primary" onClick={() => setFiling(true)} data-testid="my-complaint-new">
          我要投诉
        </Button>
      }
    >
      {q.isPending ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : q.error ? (
        <Alert type="error" showIcon message={errorMessage(q.error)} />
      ) : !q.data.items.length ? (
        <Card>
          <Empty description="您没有提交过投诉" />
        </Card>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          {q.data.items.map((c) => (
            <Card key={c.id} size="small" data-testid="my-complaint">
              <Space style={{ marginBottom: 8 }}>
                <Tag color={complaintStateColor[c.state]}>{c.stateName}</Tag>
                <Typography.Text type="secondary">{c.receivedOn} 提交</Typography.Text>
              </Space>
              <Typography.Paragraph ellipsis={{ rows: 3, expandable: true }}>{c.complaintText}</Typography.Paragraph>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="决定是否调查期限">{c.acceptDueOn}</Descriptions.Item>
                <Descriptions.Item label="处理结果期限">{c.resultDueOn}</Descriptions.Item>
                {c.decisionReason && <Descriptions.Item label="中心决定">{c.decisionReason}</Descriptions.Item>}
                {c.result && <Descriptions.Item label="处理结果">{c.result}</Descriptions.Item>}
              </Descriptions>
            </Card>
          ))}
        </Space>
      )}
      {filing && <FileModal onClose={() => setFiling(false)} />}
    </PageContainer>
  );
}

function FileModal({ onClose }: { onClose: () => void }) {
  const { modal } = App.useApp();
  const file = useFileMyComplaint();
  const [form] = Form.useForm();
  return (
    <Modal
      open
      title="我要投诉"
      okText="提交"
      onCancel={onClose}
      confirmLoading={file.isPending}
      onOk={() =>
        form.validateFields().then((v) =>
          file.mutate(v, {
            onSuccess: (r) => {
              onClose();
              modal.success({ title: '投诉已提交', content: `${r.message} 查询码：${r.trackingCode}` });
            },
          }),
        )
      }
    >
      {file.error && <Alert type="error" showIcon style={{ marginBottom: 12 }} message={errorMessage(file.error)} />}
      <Form form={form} layout="vertical">
        <Form.Item name="complainantContact" label="联系方式" rules={[{ required: true, message: '请填写电话或邮箱' }]}>
          <Input maxLength={100} data-testid="my-contact" />
        </Form.Item>
        <Form.Item name="respondentText" label="被投诉的人员或事项（选填）">
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="complaintText" label="投诉内容" rules={[{ required: true, min: 5, message: '至少 5 个字' }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount data-testid="my-content" />
        </Form.Item>
        <Form.Item name="evidenceFileIds" label="证据材料">
          <EvidenceUpload />
        </Form.Item>
      </Form>
    </Modal>
  );
}
