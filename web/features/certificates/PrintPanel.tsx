import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Table,
  Typography,
  Upload,
} from 'antd';
import { PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { CertificateItem } from '../../../shared/certificates.js';
import { printModeNames, type PrintMode } from '../../../shared/certificates.print.js';
import { errorMessage, fileUrl } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { JobProgress } from '../../components/JobProgress.js';
import { useJob } from '../jobs/api.js';
import {
  facePdfUrl,
  uploadSignature,
  useBulkPrint,
  useDistributions,
  usePrintSettings,
  useRecordDistribution,
} from './api.print.js';

type Missing = { number: string; name: string }[];
const modeOptions = (['full', 'overlay'] as const).map((value) => ({ value, label: printModeNames[value] }));

/** The mode and printer of a print (and, in 套打, the first blank sheet's serial). */
function PrintOptions({ withSerial }: { withSerial: boolean }) {
  const settings = usePrintSettings();
  const printers = (settings.data?.face.printers ?? []).map((p) => ({
    value: p.name,
    label: `${p.name}（横 ${p.offset.x} / 纵 ${p.offset.y} 毫米）`,
  }));
  return (
    <>
      <Form.Item name="mode" label="打印方式" rules={[{ required: true }]}>
        <Radio.Group options={modeOptions} optionType="button" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.mode !== b.mode}>
        {({ getFieldValue }) =>
          getFieldValue('mode') === 'overlay' ? (
            <>
              <Form.Item name="printer" label="打印机（按其偏移套打）">
                <Select allowClear options={printers} placeholder="不选：不加偏移" />
              </Form.Item>
              {withSerial ? (
                <Form.Item
                  name="firstSerial"
                  label="第一张空白证书的印制流水号（按证书本数从库存领用）"
                  rules={[{ required: true, message: '请填写起始流水号' }]}
                >
                  <InputNumber min={1} precision={0} style={{ width: 200 }} />
                </Form.Item>
              ) : null}
            </>
          ) : null
        }
      </Form.Item>
    </>
  );
}

/**
 * R-CERT-02 批量打印: one PDF of the batch's valid certificates with a photo, made by a background job with a progress
 * bar; the certificates without a photo are listed, not printed. In 套打 the run takes blank sheets from stock.
 */
export function BatchPrint({ batchId, disabled }: { batchId: string; disabled: boolean }) {
  const { message } = App.useApp();
  const mayPrint = useCan('certificates.print');
  const start = useBulkPrint();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<{ jobId: string; runId: string | null; withoutPhoto: Missing } | null>(null);
  const job = useJob(started?.jobId ?? null);
  const [form] = Form.useForm<{ mode: PrintMode; printer?: string; firstSerial?: number }>();
  if (!mayPrint) return null;
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const r = await start.mutateAsync({
        batchId,
        body: { mode: v.mode, printer: v.printer ?? null, firstSerial: v.mode === 'overlay' ? v.firstSerial : null },
      });
      setStarted({ jobId: r.jobId, runId: r.runId, withoutPhoto: r.withoutPhoto });
      setOpen(false);
      message.success(`已开始打印 ${r.printable} 本证书`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const result = job.data?.result as { withoutPhoto?: Missing; printed?: number } | null | undefined;
  const missing = result?.withoutPhoto ?? started?.withoutPhoto ?? [];
  return (
    <div style={{ marginBottom: 12 }}>
      <Button
        icon={<PrinterOutlined />}
        disabled={disabled}
        onClick={() => setOpen(true)}
        data-testid="certificates-print"
      >
        打印证书
      </Button>
      {started ? (
        <Card size="small" style={{ marginTop: 12 }} data-testid="certificates-print-job">
          <JobProgress job={job.data} error={job.error} />
          {started.runId ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              本次套打已从库存领用空白证书，打印完成后请到“证书库存”登记作废流水号并结算。
            </Typography.Paragraph>
          ) : null}
          {missing.length ? (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              message={`${missing.length} 本证书没有照片，未打印（补充照片后再打印）`}
              description={missing.map((m) => `${m.name}（${m.number}）`).join('、')}
              data-testid="certificates-without-photo"
            />
          ) : null}
        </Card>
      ) : null}
      <Modal
        open={open}
        title="打印本批次证书"
        okText="开始打印"
        confirmLoading={start.isPending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={{ mode: 'full' }}>
          <PrintOptions withSerial />
        </Form>
        <Typography.Text type="secondary">没有照片的证书不打印，将在任务结果中列出。</Typography.Text>
      </Modal>
    </div>
  );
}

/** Per certificate: 打印 (one face as PDF) and 发放登记. */
export function CertificatePrintActions({ cert, distributed }: { cert: CertificateItem; distributed: boolean }) {
  const mayPrint = useCan('certificates.print');
  const mayDistribute = useCan('certificates.distribute');
  const [dialog, setDialog] = useState<'print' | 'distribute' | null>(null);
  if (cert.state !== 'valid') return null;
  return (
    <>
      {mayPrint ? (
        <Button size="small" onClick={() => setDialog('print')} data-testid="cert-print">
          打印
        </Button>
      ) : null}
      {mayDistribute && !distributed ? (
        <Button size="small" onClick={() => setDialog('distribute')} data-testid="cert-distribute">
          发放登记
        </Button>
      ) : null}
      {dialog === 'print' && <PrintOneModal cert={cert} onClose={() => setDialog(null)} />}
      {dialog === 'distribute' && <DistributeModal cert={cert} onClose={() => setDialog(null)} />}
    </>
  );
}

function PrintOneModal({ cert, onClose }: { cert: CertificateItem; onClose: () => void }) {
  const [form] = Form.useForm<{ mode: PrintMode; printer?: string }>();
  const mode = Form.useWatch('mode', form) ?? 'full';
  const printer = Form.useWatch('printer', form);
  return (
    <Modal
      open
      title={`打印证书 ${cert.number}（${cert.name}）`}
      onCancel={onClose}
      footer={
        <Space>
          <Button onClick={onClose}>关闭</Button>
          <Button type="primary" icon={<PrinterOutlined />} href={facePdfUrl(cert.id, mode, printer)} target="_blank">
            下载 PDF
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={{ mode: 'full' }}>
        <PrintOptions withSerial={false} />
      </Form>
    </Modal>
  );
}

function DistributeModal({ cert, onClose }: { cert: CertificateItem; onClose: () => void }) {
  const { message } = App.useApp();
  const record = useRecordDistribution();
  const [signatureFileId, setSignatureFileId] = useState<string | null>(null);
  const [form] = Form.useForm<{ collectorName: string; collectedOn: dayjs.Dayjs; signatureName?: string }>();
  const submit = async () => {
    const v = await form.validateFields();
    if (!v.signatureName?.trim() && !signatureFileId) {
      message.error('签名：请填写签名或上传签名图片');
      return;
    }
    try {
      await record.mutateAsync({
        id: cert.id,
        body: {
          collectorName: v.collectorName,
          collectedOn: v.collectedOn.format('YYYY-MM-DD'),
          signatureName: v.signatureName?.trim() || null,
          signatureFileId,
        },
      });
      message.success('已登记发放');
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={`发放登记：${cert.number}（${cert.name}）`}
      okText="登记"
      confirmLoading={record.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ collectorName: cert.name, collectedOn: dayjs() }}>
        <Form.Item
          name="collectorName"
          label="领取人"
          rules={[{ required: true, whitespace: true, message: '请填写领取人' }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="collectedOn" label="领取日期" rules={[{ required: true, message: '请选择领取日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="signatureName" label="签名（领取人签字的姓名）">
          <Input maxLength={50} placeholder="签名或上传签名图片，二选一" />
        </Form.Item>
        <Form.Item label="签名图片（可选）">
          <Space>
            <Upload
              accept="image/png,image/jpeg"
              showUploadList={false}
              customRequest={({ file }) =>
                void uploadSignature(file as File)
                  .then((f) => setSignatureFileId(f.id))
                  .catch((e) => message.error(errorMessage(e)))
              }
            >
              <Button icon={<UploadOutlined />}>上传签名图片</Button>
            </Upload>
            {signatureFileId ? <Typography.Text type="success">已上传</Typography.Text> : null}
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The batch's distribution register. */
export function DistributionsCard({ batchId }: { batchId: string }) {
  const q = useDistributions(batchId);
  return (
    <Card size="small" title="证书发放登记" style={{ marginTop: 16 }} data-testid="certificate-distributions">
      {q.error && <Alert type="error" showIcon message={errorMessage(q.error)} />}
      <Table
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={q.data?.items ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '尚无发放记录' }}
        columns={[
          { title: '证书编号', dataIndex: 'number', width: 210 },
          { title: '持证人', dataIndex: 'holderName', width: 90 },
          { title: '领取人', dataIndex: 'collectorName', width: 90 },
          { title: '领取日期', dataIndex: 'collectedOn', width: 110 },
          {
            title: '签名',
            render: (_, d) => (
              <Space>
                {d.signatureName ? <Typography.Text>{d.signatureName}</Typography.Text> : null}
                {d.signatureFileId ? (
                  <a href={fileUrl(d.signatureFileId)} target="_blank" rel="noreferrer">
                    签名图片
                  </a>
                ) : null}
              </Space>
            ),
          },
          { title: '经办人', dataIndex: 'createdBy', width: 100 },
        ]}
      />
    </Card>
  );
}

/** The ids of the batch's certificates already handed out. */
export function useDistributedIds(batchId: string): Set<string> {
  const q = useDistributions(batchId);
  return new Set((q.data?.items ?? []).map((d) => d.certificateId));
}
