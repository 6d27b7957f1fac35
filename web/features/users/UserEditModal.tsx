import { App, Form, Typography } from 'antd';
import { ModalForm, ProFormDependency, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { roleNames, roles } from '../../../shared/access.js';
import { userUpdateBody, type User, type UserUpdateBody } from '../../../shared/users.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { useColleges } from '../colleges/api.js';
import { useUpdateUser } from './api.js';

const FIELDS = ['displayName', 'role', 'collegeId'] as const;
const roleOptions = roles.map((r) => ({ value: r, label: roleNames[r] }));

/** 编辑用户: name, role and college; a new role or college signs the user out (the server ends its sessions). */
export function UserEditModal({ user }: { user: User }) {
  const [form] = Form.useForm<UserUpdateBody>();
  const update = useUpdateUser();
  const colleges = useColleges();
  const { message } = App.useApp();

  const onFinish = async (values: UserUpdateBody) => {
    const body: UserUpdateBody = { ...values, collegeId: values.role === 'college_clerk' ? values.collegeId : null };
    try {
      await update.mutateAsync({ id: user.id, body });
      message.success('已保存');
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };

  return (
    <ModalForm<UserUpdateBody>
      title={`编辑用户：${user.username}`}
      form={form}
      name="userEdit"
      width={520}
      layout="vertical"
      initialValues={{ displayName: user.displayName, role: user.role, collegeId: user.collegeId }}
      trigger={<Typography.Link data-testid={`user-edit-${user.username}`}>编辑</Typography.Link>}
      modalProps={{ destroyOnHidden: true, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={onFinish}
    >
      <ProFormText
        name="displayName"
        label="姓名"
        required
        rules={[zodRule(userUpdateBody.shape.displayName, '姓名')]}
      />
      <ProFormSelect
        name="role"
        label="角色"
        required
        options={roleOptions}
        rules={[zodRule(userUpdateBody.shape.role, '角色', { select: true })]}
      />
      <ProFormDependency name={['role']}>
        {({ role }) =>
          role === 'college_clerk' ? (
            <ProFormSelect
              name="collegeId"
              label="所属二级学院"
              placeholder="请选择二级学院"
              showSearch
              options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
              fieldProps={{ loading: colleges.isPending }}
              rules={[{ required: true, message: '二级学院管理员必须选择所属二级学院' }]}
            />
          ) : null
        }
      </ProFormDependency>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 0 }}>
        修改角色或所属学院后，该用户需重新登录，新的权限随即生效。
      </Typography.Paragraph>
    </ModalForm>
  );
}
