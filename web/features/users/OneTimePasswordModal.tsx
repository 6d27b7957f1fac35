import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { CopyOutlined } from '@ant-design/icons';
import { copyText } from '../../components/copyText.js';
import type { OneTimePassword } from './api.js';

/** Shows a new or reset account's one-time password, once: it is never stored or shown again. */
export function OneTimePasswordModal({
  value,
  title,
  onClose,
}: {
  value: OneTimePassword | null;
  title: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const copy = async () => {
    if (!value) return;
    if (await copyText(value.oneTimePassword)) message.success('已复制到剪贴板');
    else message.warning('复制失败，请手动选中密码复制');
  };
  return (
    <Modal
      open={!!value}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-password-done">
          我已记下，关闭
        </Button>
      }
    >
      {value && (
        <div data-testid="one-time-password-modal">
          <Alert
            type="warning"
            showIcon
            message="初始密码只显示这一次"
            description="关闭本窗口后将无法再次查看。请立即复制，并通过安全的方式告知本人；对方首次登录时必须修改密码。"
            style={{ marginBottom: 16 }}
          />
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label="姓名">{value.user.displayName}</Descriptions.Item>
            <Descriptions.Item label="用户名">{value.user.username}</Descriptions.Item>
            <Descriptions.Item label="初始密码">
              <Typography.Text code strong style={{ fontSize: 18, userSelect: 'all' }} data-testid="one-time-password">
                {value.oneTimePassword}
              </Typography.Text>
              <Button
                size="small"
                icon={<CopyOutlined />}
                onClick={copy}
                style={{ marginLeft: 8 }}
                data-testid="one-time-password-copy"
              >
                复制
              </Button>
            </Descriptions.Item>
          </Descriptions>
        </div>
      )}
    </Modal>
  );
}
