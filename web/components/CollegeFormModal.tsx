import { App, Form } from 'antd';
import { ModalForm, ProFormText } from '@ant-design/pro-components';
import { collegeBody, type College, type CollegeBody } from '../../shared/colleges.js';
import { applyServerErrors, blankToNull, zodRule } from '../app/forms.js';
import { useSaveCollege } from '../features/colleges/api.js';

const FIELDS = ['code', 'name', 'head', 'contact', 'phone'] as const;

/** 新增 / 编辑二级学院. `college` undefined means a new one. */
export function CollegeFormModal({
  open,
  college,
  onClose,
}: {
  open: boolean;
  college?: College;
  onClose: () => void;
}) {
  const [form] = Form.useForm<CollegeBody>();
  const save = useSaveCollege();
  const { message } = App.useApp();
  const s = collegeBody.shape;

  const onFinish = async (values: CollegeBody) => {
    try {
      await save.mutateAsync({ id: college?.id, body: blankToNull(values, ['head', 'contact', 'phone']) });
      message.success(college ? '已保存' : '二级学院已添加');
      onClose();
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };

  return (
    <ModalForm<CollegeBody>
      title={college ? `编辑二级学院：${college.name}` : '新增二级学院'}
      open={open}
      form={form}
      name="college"
      width={520}
      layout="vertical"
      initialValues={college ?? {}}
      modalProps={{ destroyOnHidden: true, maskClosable: false, onCancel: onClose }}
      onOpenChange={(o) => !o && onClose()}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={onFinish}
    >
      <ProFormText
        name="code"
        label="编码"
        required
        placeholder="如 JD01，字母、数字、下划线或短横线"
        rules={[zodRule(s.code, '编码')]}
        tooltip="在证书编号、报表中使用，建议与学校现行编码一致"
      />
      <ProFormText name="name" label="名称" required placeholder="如 机电工程学院" rules={[zodRule(s.name, '名称')]} />
      <ProFormText name="head" label="负责人" placeholder="选填" rules={[zodRule(s.head, '负责人')]} />
      <ProFormText name="contact" label="联系人" placeholder="选填" rules={[zodRule(s.contact, '联系人')]} />
      <ProFormText name="phone" label="联系电话" placeholder="选填" rules={[zodRule(s.phone, '联系电话')]} />
    </ModalForm>
  );
}
