import { App, Form } from 'antd';
import {
  ModalForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormList,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
} from '@ant-design/pro-components';
import { examinerGradeNames } from '../../../shared/people.js';
import type { ExaminerBody, ExpertBody } from '../../../shared/people-staff.js';
import { applyServerErrors } from '../../app/forms.js';
import { api } from '../../app/api.js';
import { PersonSelect } from './PersonSelect.js';
import { useStaffAction } from './api.js';

const opts = (names: Record<string, string>) => Object.entries(names).map(([value, label]) => ({ value, label }));
const common = (onClose: () => void) => ({
  open: true,
  width: 640,
  dateFormatter: 'string' as const,
  modalProps: { destroyOnHidden: true, maskClosable: false, onCancel: onClose },
  onOpenChange: (o: boolean) => !o && onClose(),
  submitter: { searchConfig: { submitText: '保存', resetText: '取消' } },
});

function useSubmit<B>(call: (body: B) => Promise<unknown>, onClose: () => void, fields: string[], done: string) {
  const action = useStaffAction(call);
  const { message } = App.useApp();
  return (form: ReturnType<typeof Form.useForm<B>>[0]) => async (values: B) => {
    try {
      await action.mutateAsync(values);
      message.success(done);
      onClose();
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, fields);
      if (rest) message.error(rest);
      return false;
    }
  };
}

/** 登记考评员: R-PPL-04 is checked by the server against the person's title and skill level. */
export function ExaminerFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ExaminerBody>();
  const submit = useSubmit<ExaminerBody>(
    (body) => api.post('/examiners', { body }),
    onClose,
    ['personId', 'grade', 'trainingHours', 'certificateNumber', 'certificateIssuedOn', 'occupations'],
    '考评员已登记',
  );
  return (
    <ModalForm<ExaminerBody>
      title="登记考评员"
      form={form}
      {...common(onClose)}
      initialValues={{ grade: 'standard', trainingHours: 48, skillRelated: true, occupations: [{ edition: '2022' }] }}
      onFinish={submit(form)}
    >
      <Form.Item
        name="personId"
        label="人员"
        rules={[{ required: true, message: '请选择人员' }]}
        extra="职称、职业技能等级取自人员信息"
      >
        <PersonSelect />
      </Form.Item>
      <ProFormSelect
        name="grade"
        label="级别"
        options={opts(examinerGradeNames)}
        rules={[{ required: true }]}
        extra="考评员：高级工及以上或中级职称；高级考评员：高级技师或高级职称"
      />
      <ProFormSwitch name="skillRelated" label="技能等级属相关职业" />
      <ProFormDigit
        name="trainingHours"
        label="培训学时"
        min={0}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
        extra="不少于 48 学时"
      />
      <ProFormText
        name="certificateNumber"
        label="考评员证书编号"
        rules={[{ required: true, message: '请填写证书编号' }]}
      />
      <ProFormDatePicker
        name="certificateIssuedOn"
        label="发证日期"
        rules={[{ required: true, message: '请选择发证日期' }]}
        extra="有效期 3 年"
      />
      <ProFormDigit name="firstExaminingYear" label="首次考评年份" fieldProps={{ precision: 0 }} />
      <ProFormDatePicker name="termStart" label="聘期开始日期" extra="聘期 3 年" />
      <ProFormList
        name="occupations"
        label="可考评职业（相同或相近职业）"
        creatorButtonProps={{ creatorButtonText: '添加职业' }}
        min={1}
      >
        <ProFormText name="edition" label="版本" width="xs" rules={[{ required: true }]} />
        <ProFormText
          name="code"
          label="职业编码"
          width="sm"
          placeholder="6-31-01-03"
          rules={[{ required: true, pattern: /^\d-\d{2}-\d{2}-\d{2}$/, message: '格式 N-NN-NN-NN' }]}
        />
        <ProFormText name="name" label="职业名称" width="sm" rules={[{ required: true }]} />
        <ProFormSelect
          name="modules"
          label="可考评的考试模块"
          width="md"
          tooltip="该职业中本人能考评的考试模块（输入后回车），编排时每个模块至少 1 名（R-ARR-04）"
          fieldProps={{ mode: 'tags', open: false, tokenSeparators: [',', '，', '、'] }}
        />
      </ProFormList>
    </ModalForm>
  );
}

interface SupervisorForm {
  personId: string;
  basis: 'examiner' | 'management';
  basisYears: number;
  certificateNumber: string;
  certificateIssuedOn: string;
}

/** 登记质量督导员 (R-PPL-06). */
export function SupervisorFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<SupervisorForm>();
  const submit = useSubmit<SupervisorForm>(
    (body) => api.post('/supervisors', { body }),
    onClose,
    ['personId', 'basisYears', 'certificateNumber', 'certificateIssuedOn'],
    '督导员已登记',
  );
  return (
    <ModalForm<SupervisorForm>
      title="登记质量督导员"
      form={form}
      {...common(onClose)}
      initialValues={{ basis: 'examiner' }}
      onFinish={submit(form)}
    >
      <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
        <PersonSelect />
      </Form.Item>
      <ProFormSelect
        name="basis"
        label="推荐来源"
        options={[
          { value: 'examiner', label: '考评人员' },
          { value: 'management', label: '相关管理人员' },
        ]}
      />
      <ProFormDigit
        name="basisYears"
        label="从事年限"
        min={0}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
        extra="考评人员须从事考评工作 3 年以上"
      />
      <ProFormText name="certificateNumber" label="督导员证编号" rules={[{ required: true }]} />
      <ProFormDatePicker name="certificateIssuedOn" label="发证日期" rules={[{ required: true }]} extra="有效期 3 年" />
    </ModalForm>
  );
}

/** 聘任专家 (R-PPL-07): a renewal is a new term of the same group. */
export function ExpertFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<ExpertBody>();
  const submit = useSubmit<ExpertBody>(
    (body) => api.post('/experts', { body }),
    onClose,
    ['personId', 'occupation', 'examiningYears', 'termStart'],
    '专家已聘任',
  );
  return (
    <ModalForm<ExpertBody>
      title="聘任专家"
      form={form}
      {...common(onClose)}
      initialValues={{ occupation: { edition: '2022' }, leader: false, newOccupation: false }}
      onFinish={submit(form)}
    >
      <Form.Item
        name="personId"
        label="人员"
        rules={[{ required: true, message: '请选择人员' }]}
        extra="须高级职称或高级技师，年龄不超过设置的上限"
      >
        <PersonSelect />
      </Form.Item>
      <ProFormText name={['occupation', 'edition']} label="职业分类大典版本" rules={[{ required: true }]} />
      <ProFormText
        name={['occupation', 'code']}
        label="职业编码"
        rules={[{ required: true, pattern: /^\d-\d{2}-\d{2}-\d{2}$/, message: '格式 N-NN-NN-NN' }]}
      />
      <ProFormText name={['occupation', 'name']} label="职业名称" rules={[{ required: true }]} />
      <ProFormDigit
        name="examiningYears"
        label="考评工作年限"
        min={0}
        fieldProps={{ precision: 0 }}
        rules={[{ required: true }]}
      />
      <ProFormSwitch name="leader" label="专家组组长" />
      <ProFormSwitch name="newOccupation" label="新开发职业" />
      <ProFormDatePicker
        name="termStart"
        label="聘期开始日期"
        rules={[{ required: true }]}
        extra="聘期 3 年，可连聘连任"
      />
    </ModalForm>
  );
}

/** 登记监考或考务人员. */
export function ExamStaffFormModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ personId: string; role: 'proctor' | 'exam_staff' }>();
  const submit = useSubmit<{ personId: string; role: 'proctor' | 'exam_staff' }>(
    (body) => api.post('/exam-staff', { body }),
    onClose,
    ['personId', 'role'],
    '已登记',
  );
  return (
    <ModalForm
      title="登记监考/考务人员"
      form={form}
      {...common(onClose)}
      initialValues={{ role: 'proctor' }}
      onFinish={submit(form)}
    >
      <Form.Item name="personId" label="人员" rules={[{ required: true, message: '请选择人员' }]}>
        <PersonSelect />
      </Form.Item>
      <ProFormSelect
        name="role"
        label="岗位"
        options={[
          { value: 'proctor', label: '监考人员' },
          { value: 'exam_staff', label: '考务人员' },
        ]}
      />
    </ModalForm>
  );
}
