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
import { errorMessage } from '../../../app/api.js';
import { useFileMyObjection, useMyResults } from '../../publicity/api.js';

type Item = NonNullable<ReturnType<typeof useMyResults>['data']>['items'][number];
const outcomeColor: Record<string, string> = {
  pass: 'green',
  fail: 'red',
  cancelled: 'volcano',
  incomplete: 'default',
};

/**
 * 我的成绩 (R-PUB-01): the candidate's results as publicised while the window runs (with an objection to its own
 * result), and the final result with each part's score once the centre has made it final.
 */
export function MyResults() {
  const q = useMyResults();
  const [objecting, setObjecting] = useState<Item | null>(null);
  if (q.isPending)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (q.isError) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  if (!q.data.items.length)
    return (
      <Card>
        <Empty description="暂无成绩：考试结束、成绩登记表签字后，成绩在公示期内公布" />
      </Card>
    );
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12} data-testid="portal-results">
      {q.data.items.map((r) => (
        <Card
          key={r.applicationId}
          size="small"
          title={<span style={{ whiteSpace: 'normal' }}>{r.batchTitle}</span>}
          extra={<Tag color={r.state === 'final' ? 'green' : 'orange'}>{r.stateName}</Tag>}
          data-testid="portal-result"
        >
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="职业与等级">{`${r.occupation} ${r.levelName}`}</Descriptions.Item>
            <Descriptions.Item label={r.state === 'final' ? '最终结果' : '公示结果'}>
              <Tag color={outcomeColor[r.outcome]}>{r.outcomeName}</Tag>
            </Descriptions.Item>
            {r.parts.map((p) => (
              <Descriptions.Item key={p.part} label={p.partName}>
                {p.state === 'scored' || p.state === 'carried' ? p.score : p.stateName}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label="公示期">{`${r.startsOn} 至 ${r.endsOn}`}</Descriptions.Item>
          </Descriptions>
          {r.state === 'open' && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              公示期满、异议处理完毕后成绩确定，届时可在此查看各科成绩。
            </Typography.Paragraph>
          )}
          {r.acceptsObjections && (
            <Button block style={{ marginTop: 8 }} onClick={() => setObjecting(r)}>
              对本人成绩提出异议
            </Button>
          )}
        </Card>
      ))}
      {objecting && <ObjectionModal item={objecting} onClose={() => setObjecting(null)} />}
    </Space>
  );
}

function ObjectionModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const file = useFileMyObjection();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ objectorContact: string; objectionText: string }>();
  return (
    <Modal
      open
      title="对本人成绩提出异议"
      okText="提交"
      cancelText="取消"
      confirmLoading={file.isPending}
      onCancel={onClose}
      onOk={() =>
        form
          .validateFields()
          .then((v) => file.mutateAsync({ applicationId: item.applicationId, ...v }))
          .then((r) => {
            message.success(r.message);
            onClose();
          })
          .catch((e) => e instanceof Error && message.error(errorMessage(e)))
      }
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="objectorContact"
          label="联系方式"
          rules={[{ required: true, min: 5, message: '请填写电话或邮箱' }]}
        >
          <Input maxLength={100} inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="objectionText"
          label="异议内容"
          rules={[{ required: true, min: 5, message: '请写明异议事项（至少 5 个字）' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
