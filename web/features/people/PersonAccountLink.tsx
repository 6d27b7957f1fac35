import { useState } from 'react';
import { App, Button, Modal, Select, Space, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { roleNames, type Role } from '../../../shared/access.js';
import type { personAccount } from '../../../shared/people.js';
import { api, errorMessage } from '../../app/api.js';

type Account = z.infer<typeof personAccount>;
const label = (a: Account['unlinked'][number]) =>
  `${a.displayName}（${a.username}，${roleNames[a.role as Role] ?? a.role}）`;

/**
 * Issue 8 item 8: the admin links a person to a personal login account no person holds yet, or unlinks it
 * (POST /persons/:id/account, audited). Forms never carry the account.
 */
export function PersonAccountLink({ personId }: { personId: string }) {
  const client = useQueryClient();
  const { message, modal } = App.useApp();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string | undefined>();
  const q = useQuery({
    queryKey: ['persons', 'account', personId],
    queryFn: () => api.get('/persons/{id}/account', { path: { id: personId } }),
  });
  const save = async (userId: string | null) => {
    try {
      await api.post('/persons/{id}/account', { path: { id: personId }, body: { userId } });
      message.success(userId ? '已关联登录账户' : '已解除关联');
      setOpen(false);
      void client.invalidateQueries({ queryKey: ['persons'] });
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const current = q.data?.current;
  return (
    <Space data-testid="person-account">
      <Typography.Text>{current ? label(current) : '未关联'}</Typography.Text>
      {current ? (
        <Button
          size="small"
          onClick={() =>
            modal.confirm({
              title: '解除关联',
              content: `解除与 ${label(current)} 的关联？（记入审计日志）`,
              onOk: () => save(null),
            })
          }
        >
          解除关联
        </Button>
      ) : (
        <Button size="small" onClick={() => setOpen(true)} data-testid="link-account">
          关联登录账户
        </Button>
      )}
      <Modal
        title="关联登录账户"
        open={open}
        onCancel={() => setOpen(false)}
        onOk={() => chosen && save(chosen)}
        okButtonProps={{ disabled: !chosen }}
        okText="关联"
        cancelText="取消"
      >
        <Typography.Paragraph type="secondary">
          只能关联尚未关联任何人员的考生、考评员或督导员账户；关联记入审计日志。
        </Typography.Paragraph>
        <Select
          showSearch
          style={{ width: '100%' }}
          placeholder="选择账户"
          value={chosen}
          onChange={setChosen}
          optionFilterProp="label"
          loading={q.isLoading}
          options={(q.data?.unlinked ?? []).map((a) => ({ value: a.id, label: label(a) }))}
        />
      </Modal>
    </Space>
  );
}
