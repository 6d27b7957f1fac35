import { App, Button, Form } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { ModalForm, ProFormDependency, ProFormSelect, ProFormText } from '@ant-design/pro-components';
import { roleNames, roles } from '../../../shared/access.js';
import { userBody, type UserBody } from '../../../shared/users.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { useColleges } from '../colleges/api.js';
import { useCreateUser, type OneTimePassword } from './api.js';

const FIELDS = ['username', 'displayName', 'role', 'collegeId'] as const;
const roleOptions = roles.map((r) => ({ value: r, label: roleNames[r] }));

/** 新增用户: the server makes a one-time password, which the page shows once. */
export function UserFormModal({ onCreated }: { onCreated: (r: OneTimePassword) => void }) {
  const [form] = Form.useForm<UserBody>();
  const create = useCreateUser();
  const colleges = useColleges();
  const { message } = App.useApp();

  const onFinish = async (values: UserBody) => {
    const body: UserBody = { ...values, collegeId: values.role === 'college_clerk' ? values.collegeId : null };
    try {
      const r = await create.mutateAsync(body);
      message.success('用户已创建');
      form.resetFields();
      onCreated(r);
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };

  return (
    <ModalForm<UserBody>
      title="新增用户"
      form={form}
      name="user"
      width={520}
      layout="vertical"
      trigger={
        <Button type="primary" icon={<PlusOutlined />} data-testid="user-create">
          新增用户
        </Button>
      }
      modalProps={{ destroyOnHidden: true, maskClosable: false }}
      submitter={{ searchConfig: { submitText: '创建', resetText: '取消' } }}
      onFinish={onFinish}
    >
      <ProFormText
        name="username"
        label="用户名"
        required
        placeholder="登录用，字母、数字、下划线、点或短横线"
        rules={[zodRule(userBody.shape.username, '用户名')]}
        fieldProps={{ autoComplete: 'off' }}
      />
      <ProFormText
        name="displayName"
        label="姓名"
        required
        placeholder="请输入姓名"
        rules={[zodRule(userBody.shape.displayName, '姓名')]}
      />
      <ProFormSelect
        name="role"
        label="角色"
        required
        options={roleOptions}
        rules={[zodRule(userBody.shape.role, '角色', { select: true })]}
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
              fieldProps={{ loading: colleges.isPending, notFoundContent: '暂无二级学院，请先在“二级学院”中添加' }}
              rules={[{ required: true, message: '二级学院管理员必须选择所属二级学院' }]}
            />
          ) : null
        }
      </ProFormDependency>
    </ModalForm>
  );
}
