import { App, Form } from 'antd';
import {
  ModalForm,
  ProFormDatePicker,
  ProFormDependency,
  ProFormDigit,
  ProFormSelect,
  ProFormSwitch,
  ProFormText,
} from '@ant-design/pro-components';
import { idTypeNames, idTypes } from '../../../shared/idcard.js';
import {
  classTypeNames,
  educationLevelNames,
  genderNames,
  personBody,
  personFields,
  personKindNames,
  skillLevelNames,
  titleGradeNames,
  type PersonBody,
} from '../../../shared/people.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { useSession } from '../../app/session.js';
import { useColleges } from '../colleges/api.js';
import { useSavePerson, type PersonRow } from './api.js';

const opts = (names: Record<string, string>) => Object.entries(names).map(([value, label]) => ({ value, label }));
const FIELDS = Object.keys(personFields.shape);

/** 登记 / 修改人员: the same checks as the server (shared zod schema, GB 11643 for 居民身份证). */
export function PersonFormModal({ person, onClose }: { person?: PersonRow; onClose: () => void }) {
  const [form] = Form.useForm<PersonBody>();
  const save = useSavePerson();
  const colleges = useColleges();
  const me = useSession();
  const clerk = me.user.role === 'college_clerk';
  const { message } = App.useApp();
  const s = personFields.shape;

  const onFinish = async (values: PersonBody) => {
    const body = {
      ...values,
      titleDate: values.titleDate || null,
      collegeId: clerk ? me.user.collegeId : (values.collegeId ?? null),
    };
    if (person && !body.idNumber) delete (body as Partial<PersonBody>).idNumber;
    // The cross-field checks of the server (GB 11643, gender against the number, student fields), in the browser.
    if (!person || body.idNumber) {
      const checked = personBody.safeParse(body);
      if (!checked.success) {
        form.setFields(checked.error.issues.map((i) => ({ name: i.path[0] as keyof PersonBody, errors: [i.message] })));
        return false;
      }
    }
    try {
      await (person ? save.mutateAsync({ id: person.id, body }) : save.mutateAsync({ body }));
      message.success(person ? '已保存' : '人员已登记');
      onClose();
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };

  return (
    <ModalForm<PersonBody>
      title={person ? `修改人员：${person.name}` : '登记人员'}
      open
      form={form}
      dateFormatter="string"
      width={720}
      grid
      rowProps={{ gutter: 16 }}
      colProps={{ span: 12 }}
      initialValues={
        person
          ? { ...person, idNumber: undefined }
          : { idType: 'resident', kind: clerk ? 'student' : 'staff', ownStaff: true, graduating: false }
      }
      modalProps={{ destroyOnHidden: true, maskClosable: false, onCancel: onClose }}
      onOpenChange={(o) => !o && onClose()}
      submitter={{ searchConfig: { submitText: '保存', resetText: '取消' } }}
      onFinish={onFinish}
    >
      <ProFormText name="name" label="姓名" rules={[zodRule(s.name, '姓名')]} />
      <ProFormSelect
        name="gender"
        label="性别"
        options={opts(genderNames)}
        rules={[{ required: true, message: '请选择性别' }]}
      />
      <ProFormSelect
        name="idType"
        label="证件类型"
        options={idTypes.map((t) => ({ value: t, label: idTypeNames[t] }))}
        rules={[{ required: true }]}
      />
      <ProFormText
        name="idNumber"
        label="证件号码"
        placeholder={person ? `${person.idMasked}（不修改请留空）` : '18 位居民身份证号码'}
        rules={person ? [] : [{ required: true, message: '请填写证件号码' }]}
      />
      <ProFormText name="phone" label="联系电话" rules={[zodRule(s.phone, '联系电话')]} />
      <ProFormSelect
        name="kind"
        label="人员类别"
        options={opts(personKindNames)}
        disabled={clerk}
        rules={[{ required: true }]}
      />
      {!clerk && (
        <ProFormSelect
          name="collegeId"
          label="所属二级学院"
          allowClear
          options={(colleges.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
        />
      )}
      <ProFormText name="education" label="学历" />
      <ProFormDependency name={['kind', 'educationLevel']}>
        {({ kind, educationLevel }) =>
          kind === 'student' ? (
            <>
              <ProFormText name="major" label="专业" colProps={{ span: 12 }} />
              <ProFormText name="className" label="班级" colProps={{ span: 12 }} />
              <ProFormDigit
                name="enrolmentYear"
                label="入学年份"
                colProps={{ span: 12 }}
                fieldProps={{ precision: 0 }}
              />
              <ProFormSelect
                name="educationLevel"
                label="培养层次"
                options={opts(educationLevelNames)}
                colProps={{ span: 12 }}
              />
              {educationLevel === 'technician_school' && (
                <ProFormSelect
                  name="classType"
                  label="班级类型"
                  options={opts(classTypeNames)}
                  colProps={{ span: 12 }}
                />
              )}
              <ProFormSwitch name="graduating" label="毕业学年" colProps={{ span: 12 }} />
            </>
          ) : (
            <>
              <ProFormText name="workUnit" label="工作单位" colProps={{ span: 12 }} />
              <ProFormSwitch name="ownStaff" label="本单位职工" colProps={{ span: 12 }} />
              <ProFormText name="titleSeries" label="职称系列" colProps={{ span: 12 }} />
              <ProFormText name="titleName" label="职称" placeholder="如 高级讲师" colProps={{ span: 12 }} />
              <ProFormSelect
                name="titleGrade"
                label="职称等级"
                options={opts(titleGradeNames)}
                allowClear
                colProps={{ span: 12 }}
              />
              <ProFormDatePicker
                name="titleDate"
                label="取得职称日期"
                colProps={{ span: 12 }}
                fieldProps={{ format: 'YYYY-MM-DD' }}
              />
              <ProFormSelect
                name="skillLevel"
                label="职业技能等级"
                allowClear
                options={Object.entries(skillLevelNames).map(([v, l]) => ({ value: Number(v), label: l }))}
                colProps={{ span: 12 }}
              />
              <ProFormText name="skillOccupation" label="技能等级职业" colProps={{ span: 12 }} />
            </>
          )
        }
      </ProFormDependency>
    </ModalForm>
  );
}
