import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import type { ColumnsType } from 'antd/es/table';
import type { CertificateBatch, CertificateItem } from '../../../shared/certificates.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import {
  credentialUrl,
  registerUrl,
  useCertificateBatch,
  useCertificateBatches,
  useIssueCertificates,
  useReissueCertificate,
  useRevokeCertificate,
  useSuspendCertificate,
  useReinstateCertificate,
} from './api.js';
import { BatchPrint, CertificatePrintActions, DistributionsCard, useDistributedIds } from './PrintPanel.js';
import { PrintSettingsCard } from './PrintSettingsCard.js';
import { ImportExportCard } from './ImportExportCard.js';
import { ImportNumbersModal } from './ImportNumbersModal.js';

const stateColor: Record<string, string> = { valid: 'green', suspended: 'gold', revoked: 'red', replaced: 'orange' };

/**
 * 证书管理 (R-CERT-01…05): the batches whose results are final; per batch the certificates issued (one per passed
 * candidate, numbered by R-CERT-01), the register 证书核发名册 as PDF and Excel, revocation with a reason and the
 * reissue of a lost certificate.
 */
export function CertificatesPage() {
  const list = useCertificateBatches();
  const [open, setOpen] = useState<string | null>(null);
  const columns: ColumnsType<CertificateBatch> = [
    { title: '批次', dataIndex: 'title' },
    { title: '职业（工种）', dataIndex: 'occupation', width: 180 },
    { title: '成绩确定时间', dataIndex: 'finalAt', width: 170, render: (v: string | null) => v?.slice(0, 10) ?? '—' },
    { title: '合格人数', dataIndex: 'passed', width: 90 },
    { title: '已核发', dataIndex: 'issued', width: 90 },
    {
      title: '操作',
      width: 100,
      render: (_, b) => (
        <Button size="small" onClick={() => setOpen(b.batchId)} data-testid="certificates-open">
          证书
        </Button>
      ),
    },
  ];
  return (
    <PageContainer
      title="证书管理"
      content="成绩经公示确定后，为合格考生核发职业技能等级证书（每人一本，编号按备案号、年份、等级与流水号生成）；可下载证书核发名册，撤销或补发证书。"
    >
      <Card size="small" title="成绩已确定的批次">
        {list.error && <Alert type="error" showIcon message={errorMessage(list.error)} />}
        <Table<CertificateBatch>
          rowKey="batchId"
          size="small"
          loading={list.isLoading}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 760 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有成绩已确定的批次' }}
          data-testid="certificates-batches"
        />
      </Card>
      {open && <BatchCertificates batchId={open} />}
      <PrintSettingsCard />
    </PageContainer>
  );
}

function BatchCertificates({ batchId }: { batchId: string }) {
  const { message } = App.useApp();
  const q = useCertificateBatch(batchId);
  const issue = useIssueCertificates();
  const mayIssue = useCan('certificates.issue');
  const mayRevoke = useCan('certificates.revoke');
  const [action, setAction] = useState<{ kind: ActionKind; cert: CertificateItem } | null>(null);
  const [importing, setImporting] = useState(false);
  const distributed = useDistributedIds(batchId);
  if (q.error) return <Alert type="error" showIcon message={errorMessage(q.error)} />;
  const d = q.data;
  const columns: ColumnsType<CertificateItem> = [
    { title: '证书编号', dataIndex: 'number', width: 210 },
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '证件号码', dataIndex: 'idMasked', width: 170 },
    { title: '等级', dataIndex: 'levelName', width: 110 },
    { title: '发证日期', dataIndex: 'issueDate', width: 110 },
    {
      title: '状态',
      width: 160,
      render: (_, c) => (
        <Space direction="vertical" size={0}>
          <Tag color={stateColor[c.state]}>{c.stateName}</Tag>
          {c.revokeReason ? <Typography.Text type="secondary">{c.revokeReason}</Typography.Text> : null}
          {c.suspendReason ? <Typography.Text type="secondary">{c.suspendReason}</Typography.Text> : null}
          {c.replacedByNumber ? <Typography.Text type="secondary">新证：{c.replacedByNumber}</Typography.Text> : null}
          {c.replacesNumber ? <Typography.Text type="secondary">补发自：{c.replacesNumber}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      title: '操作',
      width: 330,
      render: (_, c) => (
        <Space wrap size={4}>
          <Button size="small" href={c.verifyUrl} target="_blank">
            查验
          </Button>
          <Button size="small" href={credentialUrl(c.id)} target="_blank">
            电子凭证
          </Button>
          <CertificatePrintActions cert={c} distributed={distributed.has(c.id)} />
          {c.state === 'valid' && mayRevoke ? (
            <Button size="small" onClick={() => setAction({ kind: 'suspend', cert: c })} data-testid="cert-suspend">
              暂停使用
            </Button>
          ) : null}
          {c.state === 'suspended' && mayRevoke ? (
            <Button size="small" onClick={() => setAction({ kind: 'reinstate', cert: c })} data-testid="cert-reinstate">
              恢复
            </Button>
          ) : null}
          {(c.state === 'valid' || c.state === 'suspended') && mayRevoke ? (
            <Button
              size="small"
              danger
              onClick={() => setAction({ kind: 'revoke', cert: c })}
              data-testid="cert-revoke"
            >
              撤销
            </Button>
          ) : null}
          {c.state === 'valid' && mayIssue ? (
            <Button size="small" onClick={() => setAction({ kind: 'reissue', cert: c })} data-testid="cert-reissue">
              补发
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Card
      size="small"
      style={{ marginTop: 16 }}
      loading={q.isLoading}
      title={d ? `${d.title}：已核发 ${d.issued} 本，待核发 ${d.pending.length} 人` : '证书'}
      extra={
        d ? (
          <Space wrap>
            {mayIssue ? (
              <Button
                type="primary"
                disabled={!d.pending.length}
                loading={issue.isPending}
                data-testid="certificates-issue"
                onClick={() =>
                  issue
                    .mutateAsync({ batchId, body: {} })
                    .then((r) => message.success(`已核发 ${r.issued} 本证书`))
                    .catch((e) => message.error(errorMessage(e)))
                }
              >
                核发证书
              </Button>
            ) : null}
            {mayIssue && d.pending.length ? (
              <Button onClick={() => setImporting(true)} data-testid="certificates-import">
                导入省平台证书编号
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} href={registerUrl(batchId, 'pdf')} data-testid="register-pdf">
              核发名册（PDF）
            </Button>
            <Button icon={<DownloadOutlined />} href={registerUrl(batchId, 'xlsx')}>
              核发名册（Excel）
            </Button>
          </Space>
        ) : null
      }
    >
      <BatchPrint batchId={batchId} disabled={!d?.issued} />
      <Table<CertificateItem>
        rowKey="id"
        size="small"
        dataSource={d?.certificates ?? []}
        columns={columns}
        scroll={{ x: 1200 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '尚未核发证书' }}
        data-testid="certificates-table"
      />
      {action && <ReasonModal action={action} onClose={() => setAction(null)} />}
      <DistributionsCard batchId={batchId} />
      {d?.certificates.length ? <ImportExportCard batchId={batchId} /> : null}
      {importing && d ? (
        <ImportNumbersModal batchId={batchId} title={d.title} onClose={() => setImporting(false)} />
      ) : null}
    </Card>
  );
}

type ActionKind = 'revoke' | 'reissue' | 'suspend' | 'reinstate';

/** What each reasoned action asks and says (the reason is required; the server keeps it in the audit trail). */
const actionText: Record<ActionKind, { verb: string; done: string; placeholder: string; danger?: boolean }> = {
  revoke: { verb: '撤销', done: '证书已撤销', placeholder: '如：考后查实违纪，成绩无效', danger: true },
  reissue: { verb: '补发', done: '已补发新证书', placeholder: '如：持证人申请，证书遗失，已核对档案' },
  suspend: {
    verb: '暂停使用',
    done: '证书已暂停使用，公开查询显示“核查中”',
    placeholder: '如：收到举报，核查考试资格',
  },
  reinstate: { verb: '恢复', done: '证书已恢复有效', placeholder: '如：核查完毕，资格无误' },
};

function ReasonModal({
  action,
  onClose,
}: {
  action: { kind: ActionKind; cert: CertificateItem };
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const revoke = useRevokeCertificate();
  const reissue = useReissueCertificate();
  const suspend = useSuspendCertificate();
  const reinstate = useReinstateCertificate();
  const [form] = Form.useForm<{ reason: string }>();
  const text = actionText[action.kind];
  const id = action.cert.id;
  const submit = async () => {
    const { reason } = await form.validateFields();
    try {
      if (action.kind === 'revoke') await revoke.mutateAsync({ id, revokeReason: reason });
      else if (action.kind === 'reissue') await reissue.mutateAsync({ id, reissueReason: reason });
      else if (action.kind === 'suspend') await suspend.mutateAsync({ id, suspendReason: reason });
      else await reinstate.mutateAsync({ id, reinstateReason: reason });
      message.success(text.done);
      onClose();
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title={`${text.verb}证书 ${action.cert.number}（${action.cert.name}）`}
      okText={text.verb}
      okButtonProps={{ danger: text.danger }}
      confirmLoading={revoke.isPending || reissue.isPending || suspend.isPending || reinstate.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={`${text.verb}原因`}
          rules={[{ required: true, whitespace: true, message: `请填写${text.verb}原因` }]}
        >
          <Input.TextArea rows={3} maxLength={200} placeholder={text.placeholder} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
