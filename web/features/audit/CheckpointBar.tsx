import { Alert, App, Button, Space, Tooltip, Typography } from 'antd';
import { DownloadOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { auditCheckpointFileUrl, useAuditCheckpoint, useCreateAuditCheckpoint } from './api.js';

/** R-AUD-01: the last signed checkpoint of the chain's head and whether the trail still matches it. */
export function CheckpointBar() {
  const { data, error } = useAuditCheckpoint();
  const create = useCreateAuditCheckpoint();
  const canManage = useCan('audit.export');
  const { message } = App.useApp();
  if (error) return <Alert type="error" showIcon message={errorMessage(error)} style={{ marginBottom: 16 }} />;
  if (!data) return null;
  const c = data.checkpoint;
  const actions = canManage ? (
    <Space>
      <Button
        size="small"
        icon={<SafetyCertificateOutlined />}
        loading={create.isPending}
        data-testid="audit-checkpoint-create"
        onClick={() =>
          create.mutate(undefined, {
            onSuccess: () => message.success('已签署检查点'),
            onError: (e) => message.error(errorMessage(e)),
          })
        }
      >
        立即签署检查点
      </Button>
      <Button
        size="small"
        icon={<DownloadOutlined />}
        href={auditCheckpointFileUrl}
        data-testid="audit-checkpoint-download"
      >
        下载检查点文件
      </Button>
    </Space>
  ) : undefined;
  const description = c ? (
    <Typography.Text data-testid="audit-checkpoint-text">
      最近的签名检查点：{dayjs(c.at).format('YYYY-MM-DD HH:mm:ss')}，第 {c.seq} 条（当前共 {data.headSeq} 条），由
      <Tooltip title={`签名密钥编号 ${c.keyId}：与检查点文件中的编号一致，即为同一把密钥所签`}>
        <Typography.Text underline>签名密钥</Typography.Text>
      </Tooltip>
      签署。{c.verified ? '校验通过：日志未被删改。' : `校验未通过：${c.problem ?? ''}`}
    </Typography.Text>
  ) : (
    <Typography.Text data-testid="audit-checkpoint-text">
      尚无签名检查点（服务每隔几分钟及停止时自动签署）。
    </Typography.Text>
  );
  return (
    <Alert
      data-testid="audit-checkpoint"
      type={!c ? 'info' : c.verified ? 'success' : 'error'}
      showIcon
      message={description}
      action={actions}
      style={{ marginBottom: 16 }}
    />
  );
}
