import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { FilePdfOutlined, PrinterOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import {
  assemblyKindNames,
  difficultyNames,
  itemTypeNames,
  paperStateNames,
  printKindNames,
  printKinds,
  type Difficulty,
  type PrintKind,
} from '../../../shared/itembank.js';
import { errorMessage, type ApiResponse } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { paperPdfUrl, usePaper, useRecordPrint, useVerifySeal } from './api.papers.js';

type Seal = ApiResponse<'/itembank/papers/{id}/seal'>;

/** One paper: its items (and key), the seal check, print runs with copies, and the PDFs (R-BANK-02/03). */
export function PaperPage() {
  const { id } = useParams();
  const paper = usePaper(id);
  const canManage = useCan('itembank.manage');
  const [showKey, setShowKey] = useState(false);
  const [printing, setPrinting] = useState<PrintKind | null>(null);
  const verify = useVerifySeal();
  const [seal, setSeal] = useState<Seal | null>(null);
  const { message } = App.useApp();
  if (!paper.data) return <PageContainer title="试卷" loading={paper.isLoading} />;
  const p = paper.data;
  const published = p.state === 'published';
  const onVerify = async () => {
    try {
      setSeal(await verify.mutateAsync(p.id));
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <PageContainer title={p.title} onBack={() => history.back()}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
            <Descriptions.Item label="卷别">{p.label}</Descriptions.Item>
            <Descriptions.Item label="组卷方式">{assemblyKindNames[p.kind]}</Descriptions.Item>
            {p.personName && <Descriptions.Item label="考生">{p.personName}</Descriptions.Item>}
            <Descriptions.Item label="题数">{p.itemCount} 题</Descriptions.Item>
            <Descriptions.Item label="总分">{p.totalPoints} 分</Descriptions.Item>
            <Descriptions.Item label="考试时长">{p.durationMinutes} 分钟</Descriptions.Item>
            <Descriptions.Item label="状态">
              <Tag color={published ? 'green' : 'default'}>{paperStateNames[p.state]}</Tag>
            </Descriptions.Item>
            {p.sealHash && (
              <Descriptions.Item label="封存值">
                <Typography.Text copyable={{ text: p.sealHash }} style={{ fontFamily: 'monospace' }}>
                  {p.sealHash.slice(0, 16)}…
                </Typography.Text>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Space wrap style={{ marginTop: 8 }}>
            <Button
              icon={<SafetyCertificateOutlined />}
              onClick={onVerify}
              loading={verify.isPending}
              disabled={!published}
              data-testid="seal-verify"
            >
              核验封存
            </Button>
            {printKinds.map((k) => (
              <Button
                key={k}
                icon={<FilePdfOutlined />}
                href={paperPdfUrl(p.id, k)}
                target="_blank"
                data-testid={`pdf-${k}`}
              >
                {printKindNames[k]}
              </Button>
            ))}
            {canManage &&
              printKinds.map((k) => (
                <Button
                  key={k}
                  icon={<PrinterOutlined />}
                  disabled={!published}
                  onClick={() => setPrinting(k)}
                  data-testid={`print-${k}`}
                >
                  印制{printKindNames[k]}
                </Button>
              ))}
          </Space>
          {seal && (
            <Alert
              style={{ marginTop: 12 }}
              showIcon
              type={seal.intact ? 'success' : 'error'}
              message={seal.message}
              data-testid="seal-result"
              description={
                seal.intact
                  ? undefined
                  : `审计记录的封存值：${seal.auditHash ?? '无'}；按当前数据重新计算：${seal.recomputed}`
              }
            />
          )}
        </Card>
        <Card
          title="试题"
          size="small"
          extra={
            <Space>
              显示参考答案 <Switch checked={showKey} onChange={setShowKey} data-testid="show-key" />
            </Space>
          }
        >
          <List
            dataSource={p.items}
            data-testid="paper-items"
            renderItem={(it) => (
              <List.Item>
                <Space direction="vertical" size={2} style={{ width: '100%' }}>
                  <Typography.Text>
                    {it.no}. {it.stem}
                  </Typography.Text>
                  {it.options.map((o) => (
                    <Typography.Text key={o.key} style={{ paddingLeft: 24 }}>
                      {o.key}. {o.text}
                    </Typography.Text>
                  ))}
                  <Space wrap size={4}>
                    <Tag>{itemTypeNames[it.type]}</Tag>
                    <Tag>{it.points} 分</Tag>
                    <Tag>难度 {difficultyNames[it.difficulty as Difficulty]}</Tag>
                    <Tag>
                      {it.itemCode} 第 {it.version} 版
                    </Tag>
                    <Typography.Text type="secondary">鉴定点 {it.pointLabel}</Typography.Text>
                    {showKey && <Tag color="blue">答案：{it.answer}</Tag>}
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Card>
        <Card title="印制记录" size="small">
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={p.prints}
            scroll={{ x: 520 }}
            locale={{ emptyText: '尚未印制' }}
            data-testid="paper-prints"
            columns={[
              { title: '印制时间', width: 150, render: (_, r) => r.printedAt.slice(0, 16).replace('T', ' ') },
              { title: '文件', width: 100, render: (_, r) => printKindNames[r.kind] },
              { title: '份数', dataIndex: 'copies', width: 70 },
              { title: '经办人', width: 100, render: (_, r) => r.printedBy ?? '—' },
              { title: '备注', render: (_, r) => r.note ?? '' },
            ]}
          />
        </Card>
      </Space>
      {printing && <PrintModal paperId={p.id} kind={printing} onClose={() => setPrinting(null)} />}
    </PageContainer>
  );
}

/** R-BANK-03: records how many copies are printed, then opens the PDF to print. */
function PrintModal(props: { paperId: string; kind: PrintKind; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ copies: number; note?: string }>();
  const record = useRecordPrint();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await record.mutateAsync({ id: props.paperId, body: { kind: props.kind, copies: v.copies, note: v.note } });
      message.success(`已登记印制 ${v.copies} 份`);
      window.open(paperPdfUrl(props.paperId, props.kind), '_blank');
      props.onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={`印制${printKindNames[props.kind]}`}
      okText="登记并打开 PDF"
      cancelText="取消"
      onOk={submit}
      confirmLoading={record.isPending}
      onCancel={props.onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ copies: 30 }}>
        <Form.Item name="copies" label="份数" rules={[{ required: true, message: '请填写份数' }]}>
          <InputNumber min={1} max={5000} style={{ width: 160 }} addonAfter="份" data-testid="print-copies" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} placeholder="例如：含备用卷 2 份" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
