import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, List, Result, Spin, Tag, Typography } from 'antd';
import { errorMessage } from '../../app/api.js';
import { useFilePublicObjection, usePublicBoard, usePublicResults } from './api.js';

const resultColor: Record<string, string> = { 合格: 'green', 不合格: 'red', 成绩取消: 'volcano' };

/**
 * 成绩公示 (public, R-PUB-01): the batches whose results are publicised and one batch's list, readable on a phone,
 * without login. R-PPL-02: a person shows by name, the last four characters of the ID number and the ticket number
 * only. During the window anyone may object, leaving a contact; before or after it the form is closed.
 */
export function PublicityBoardPage() {
  const [params, setParams] = useSearchParams();
  const batchId = params.get('batch');
  return (
    <div style={{ minHeight: '100vh', background: '#f5f6f8', padding: '16px 12px' }} data-testid="publicity-board">
      <div style={{ maxWidth: 720, margin: '0 auto' }}>
        <Typography.Title level={4} style={{ textAlign: 'center', margin: '4px 0 12px' }}>
          职业技能等级认定成绩公示
        </Typography.Title>
        {batchId ? (
          <BatchResults batchId={batchId} onBack={() => setParams({})} />
        ) : (
          <Board onOpen={(id) => setParams({ batch: id })} />
        )}
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 12, textAlign: 'center' }}>
          公示期不少于 5 个工作日。证件号码仅显示后四位。对公示结果有异议的，请在公示期内提出并留下联系方式。
        </Typography.Paragraph>
      </div>
    </div>
  );
}

function Board({ onOpen }: { onOpen: (batchId: string) => void }) {
  const q = usePublicBoard();
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (q.error) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  const items = q.data?.items ?? [];
  if (!items.length)
    return (
      <Card>
        <Empty description="目前没有正在公示的认定成绩" />
      </Card>
    );
  return (
    <List
      dataSource={items}
      data-testid="board-list"
      renderItem={(b) => (
        <Card
          key={b.batchId}
          size="small"
          hoverable
          style={{ marginBottom: 12 }}
          onClick={() => onOpen(b.batchId)}
          data-testid="board-batch"
        >
          <Typography.Text strong style={{ fontSize: 15 }}>
            {b.title}
          </Typography.Text>
          <div style={{ marginTop: 4 }}>
            <Tag color={b.state === 'final' ? 'green' : 'orange'}>{b.stateName}</Tag>
            <Typography.Text type="secondary">{b.occupation}</Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            公示期：{b.startsOn} 至 {b.endsOn}
          </Typography.Text>
        </Card>
      )}
    />
  );
}

function BatchResults({ batchId, onBack }: { batchId: string; onBack: () => void }) {
  const q = usePublicResults(batchId);
  if (q.isLoading) return <Spin style={{ display: 'block', margin: 32 }} />;
  if (q.error)
    return (
      <Card>
        <Result status="warning" title="无法查看" subTitle={errorMessage(q.error)} />
        <Button block onClick={onBack}>
          返回公示列表
        </Button>
      </Card>
    );
  const { batch, entries } = q.data!;
  return (
    <>
      <Button type="link" onClick={onBack} style={{ padding: 0, marginBottom: 8 }}>
        ‹ 返回公示列表
      </Button>
      <Card size="small" style={{ marginBottom: 12 }} data-testid="board-batch-head">
        <Typography.Text strong style={{ fontSize: 16 }}>
          {batch.title}
        </Typography.Text>
        <div style={{ marginTop: 4 }}>
          <Tag color={batch.state === 'final' ? 'green' : 'orange'}>{batch.stateName}</Tag>
          <Typography.Text type="secondary">{batch.occupation}</Typography.Text>
        </div>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          公示期：{batch.startsOn} 至 {batch.endsOn}
        </Typography.Text>
      </Card>
      <Card size="small" title={`公示名单（${entries.length} 人）`} styles={{ body: { padding: '0 12px' } }}>
        <List
          dataSource={entries}
          locale={{ emptyText: '名单为空' }}
          data-testid="board-entries"
          renderItem={(e) => (
            <List.Item key={e.no} style={{ padding: '10px 0', display: 'block' }} data-testid="board-entry">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <span>
                  <Typography.Text type="secondary">{e.no}. </Typography.Text>
                  <Typography.Text strong>{e.name}</Typography.Text>
                </span>
                <Tag color={resultColor[e.result] ?? 'default'} style={{ marginRight: 0 }}>
                  {e.result}
                </Tag>
              </div>
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)', wordBreak: 'break-all' }}>
                证件号码 {e.idMasked}
                {e.ticketNumber ? ` · 准考证号 ${e.ticketNumber}` : ''}
              </div>
              <div style={{ fontSize: 12, color: 'rgba(0,0,0,0.55)' }}>
                {e.occupation} · {e.levelName}
              </div>
            </List.Item>
          )}
        />
      </Card>
      <ObjectionForm batchId={batchId} open={batch.acceptsObjections} period={`${batch.startsOn} 至 ${batch.endsOn}`} />
    </>
  );
}

function ObjectionForm({ batchId, open, period }: { batchId: string; open: boolean; period: string }) {
  const file = useFilePublicObjection();
  const [form] = Form.useForm<{
    objectorName: string;
    objectorContact: string;
    objectionText: string;
    entryNo?: number | null;
  }>();
  const [receipt, setReceipt] = useState<string | null>(null);
  if (!open)
    return (
      <Alert
        style={{ marginTop: 12 }}
        type="info"
        showIcon
        message="异议受理已结束"
        description={`本批次公示期为 ${period}，公示期外不再受理异议。`}
        data-testid="board-objection-closed"
      />
    );
  if (receipt)
    return (
      <Alert
        style={{ marginTop: 12 }}
        type="success"
        showIcon
        message={receipt}
        data-testid="board-objection-receipt"
      />
    );
  return (
    <Card size="small" title="提出异议" style={{ marginTop: 12 }} data-testid="board-objection">
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          file
            .mutateAsync({ batchId, body: { ...v, entryNo: v.entryNo ?? null } })
            .then((r) => setReceipt(r.message))
            .catch(() => undefined)
        }
      >
        {file.error && <Alert type="error" showIcon message={errorMessage(file.error)} style={{ marginBottom: 12 }} />}
        <Form.Item name="objectorName" label="您的姓名" rules={[{ required: true, message: '请填写姓名' }]}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="objectorContact"
          label="联系方式"
          rules={[{ required: true, min: 5, message: '请填写电话或邮箱，便于答复' }]}
        >
          <Input maxLength={100} inputMode="tel" autoComplete="tel" />
        </Form.Item>
        <Form.Item name="entryNo" label="涉及名单序号（可不填）">
          <InputNumber min={1} style={{ width: '100%' }} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="objectionText"
          label="异议内容"
          rules={[{ required: true, min: 5, message: '请写明异议事项（至少 5 个字）' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={file.isPending} data-testid="board-objection-submit">
          提交异议
        </Button>
      </Form>
    </Card>
  );
}
