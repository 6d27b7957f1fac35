import { Alert, App, Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Statistic, Table } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { errorMessage } from '../../app/api.js';
import { useCertificateStock, useStockMove, useStockSettings, useStocktake } from './api.js';
import { PrintRunsCard } from './PrintRunsCard.js';

const kindOptions = [
  { value: 'receive', label: '入库' },
  { value: 'issue', label: '领用打印' },
  { value: 'spoil', label: '作废' },
  { value: 'destroy', label: '销毁' },
] as const;

/**
 * 证书库存 (R-CERT-03): the blank-certificate ledger by printed serial range (received, issued to print runs, spoiled,
 * destroyed), stocktakes with their difference, and the low-stock alert.
 */
export function StockPage() {
  const { message } = App.useApp();
  const q = useCertificateStock();
  const move = useStockMove();
  const take = useStocktake();
  const settings = useStockSettings();
  const [moveForm] = Form.useForm();
  const [takeForm] = Form.useForm();
  const d = q.data;
  const done = (p: Promise<unknown>, ok: string, reset?: () => void) =>
    p
      .then(() => {
        message.success(ok);
        reset?.();
      })
      .catch((e) => message.error(errorMessage(e)));
  return (
    <PageContainer
      title="证书库存"
      content="空白证书按印制流水号登记入库、领用打印、作废与销毁，定期盘点；在库数量低于预警数量时提示补充。"
    >
      {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
      {d?.lowStock ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`空白证书在库 ${d.inStock} 张，已不高于预警数量 ${d.lowStockThreshold} 张，请及时申领补充`}
          data-testid="stock-low"
        />
      ) : null}
      <Card size="small" loading={q.isLoading} style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={12} md={4}>
            <Statistic title="累计入库" value={d?.received ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="在库" value={d?.inStock ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="已领用" value={d?.issued ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="已作废" value={d?.spoiled ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Statistic title="已销毁" value={d?.destroyed ?? 0} />
          </Col>
          <Col xs={12} md={4}>
            <Space.Compact>
              <InputNumber
                min={0}
                key={d?.lowStockThreshold}
                defaultValue={d?.lowStockThreshold}
                addonBefore="预警"
                onBlur={(e) => {
                  const v = Number(e.target.value);
                  if (Number.isInteger(v) && v !== d?.lowStockThreshold)
                    void done(settings.mutateAsync({ lowStockThreshold: v }), '预警数量已保存');
                }}
              />
            </Space.Compact>
          </Col>
        </Row>
      </Card>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Card size="small" title="登记出入库">
            <Form
              form={moveForm}
              layout="inline"
              initialValues={{ kind: 'receive' }}
              onFinish={(v) => void done(move.mutateAsync(v), '已登记', () => moveForm.resetFields())}
            >
              <Form.Item name="kind" label="类型">
                <Select style={{ width: 110 }} options={[...kindOptions]} />
              </Form.Item>
              <Form.Item name="firstSerial" label="起始流水号" rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={1} precision={0} />
              </Form.Item>
              <Form.Item name="lastSerial" label="终止流水号" rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={1} precision={0} />
              </Form.Item>
              <Form.Item
                name="stockNote"
                label="说明"
                rules={[{ required: true, whitespace: true, message: '请填写说明' }]}
              >
                <Input style={{ width: 220 }} maxLength={200} placeholder="供货单号、打印批次、作废原因或监销人" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={move.isPending}>
                登记
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title="盘点">
            <Form
              form={takeForm}
              layout="inline"
              onFinish={(v) => void done(take.mutateAsync(v), '盘点已记录', () => takeForm.resetFields())}
            >
              <Form.Item name="countedQuantity" label="实盘数量" rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
              <Form.Item
                name="stockNote"
                label="说明"
                rules={[{ required: true, whitespace: true, message: '请填写盘点人' }]}
              >
                <Input style={{ width: 160 }} maxLength={200} placeholder="盘点人" />
              </Form.Item>
              <Button htmlType="submit" loading={take.isPending}>
                记录
              </Button>
            </Form>
          </Card>
        </Col>
      </Row>
      <Card size="small" title="库存台账" style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          dataSource={d?.moves ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚无记录' }}
          columns={[
            {
              title: '时间',
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => v.slice(0, 16).replace('T', ' '),
            },
            { title: '类型', dataIndex: 'kindName', width: 90 },
            { title: '流水号', width: 180, render: (_, m) => `${m.firstSerial}–${m.lastSerial}` },
            { title: '张数', dataIndex: 'sheets', width: 80 },
            { title: '说明', dataIndex: 'note' },
            { title: '经办人', dataIndex: 'createdBy', width: 100 },
          ]}
        />
      </Card>
      <Card size="small" title="盘点记录" style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          dataSource={d?.stocktakes ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '尚无盘点' }}
          columns={[
            {
              title: '时间',
              dataIndex: 'createdAt',
              width: 170,
              render: (v: string) => v.slice(0, 16).replace('T', ' '),
            },
            { title: '账面', dataIndex: 'expected', width: 90 },
            { title: '实盘', dataIndex: 'counted', width: 90 },
            { title: '差异', dataIndex: 'difference', width: 90 },
            { title: '说明', dataIndex: 'note' },
            { title: '盘点人', dataIndex: 'createdBy', width: 100 },
          ]}
        />
      </Card>
      <PrintRunsCard />
    </PageContainer>
  );
}
