import { App, Alert, Badge, Card, Descriptions, Form, Skeleton } from 'antd';
import {
  PageContainer,
  ProForm,
  ProFormDatePicker,
  ProFormDigit,
  ProFormGroup,
  ProFormSelect,
  ProFormText,
  ProFormTextArea,
} from '@ant-design/pro-components';
import dayjs from 'dayjs';
import { centreBody, type CentreBody, type CentreProfile } from '../../../shared/centre.js';
import { filingValidityNames } from '../../../shared/centre.rules.js';
import { applyServerErrors, zodRule } from '../../app/forms.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { useCentre, useSaveCentre } from './api.js';

const FIELDS = Object.keys(centreBody.shape);
const statusColor = { none: 'default', valid: 'success', expiring: 'warning', expired: 'error' } as const;

/** R-ORG-01: the filing status as a badge, with the validity period. */
export function FilingBadge({ centre }: { centre: CentreProfile }) {
  const f = centre.filing;
  const text =
    f.status === 'none'
      ? '未备案'
      : `${filingValidityNames[f.status]}（有效期至 ${f.validUntil}${f.status === 'expiring' ? `，还有 ${f.daysLeft} 天` : ''}）`;
  return <Badge status={statusColor[f.status]} text={text} data-testid="filing-status" />;
}

/** 中心信息 (R-ORG-01): the centre's profile, its filing and the parent school's legal data. */
export function CentrePage() {
  const centre = useCentre();
  const save = useSaveCentre();
  const canManage = useCan('centre.manage');
  const [form] = Form.useForm<CentreBody>();
  const { message } = App.useApp();
  const s = centreBody.shape;

  if (centre.isPending)
    return (
      <PageContainer title="中心信息">
        <Card>
          <Skeleton active />
        </Card>
      </PageContainer>
    );
  if (centre.isError)
    return (
      <PageContainer title="中心信息">
        <Alert type="error" showIcon message={errorMessage(centre.error)} />
      </PageContainer>
    );
  const c = centre.data;

  const onFinish = async (v: CentreBody & { filingDate?: unknown }) => {
    const body = {
      ...v,
      filingDate: v.filingDate ? dayjs(v.filingDate as string).format('YYYY-MM-DD') : null,
    } as CentreBody;
    for (const k of Object.keys(body) as (keyof CentreBody)[])
      if (body[k] === '' || body[k] === undefined) (body as Record<string, unknown>)[k] = null;
    try {
      await save.mutateAsync(body);
      message.success('中心信息已保存');
      return true;
    } catch (e) {
      const rest = applyServerErrors(form, e, FIELDS);
      if (rest) message.error(rest);
      return false;
    }
  };

  const text = (name: keyof CentreBody, label: string, extra: object = {}) => (
    <ProFormText name={name} label={label} width="md" rules={[zodRule(s[name] as never, label)]} {...extra} />
  );

  return (
    <PageContainer title="中心信息" content={<FilingBadge centre={c} />}>
      <div data-testid="centre-page">
        {c.filing.status === 'expired' && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            message="备案已过期：不能再安排新的认定批次，请尽快办理备案。"
          />
        )}
        {c.filing.status === 'expiring' && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            message={`备案将于 ${c.filing.validUntil} 到期，请及时办理重新备案。`}
          />
        )}
        <Card>
          <ProForm<CentreBody>
            form={form}
            layout="vertical"
            disabled={!canManage}
            initialValues={c}
            onFinish={onFinish}
            submitter={
              canManage
                ? { searchConfig: { submitText: '保存' }, resetButtonProps: { style: { display: 'none' } } }
                : false
            }
          >
            <Descriptions title="认定中心" size="small" column={1} />
            <ProFormGroup>
              {text('name', '机构名称', { width: 'lg', tooltip: '须以“职业技能等级认定中心”结尾' })}
              {text('shortName', '机构简称')}
            </ProFormGroup>
            <ProFormGroup>
              {text('filingCode', '备案号', {
                placeholder: '如 Y000041019001',
                tooltip: '13 位：Y 或 S + 12 位数字，第 6–7 位为省级行政区代码',
              })}
              <ProFormDatePicker name="filingDate" label="备案日期" width="md" tooltip="备案回执日期，有效期 3 年" />
              <ProFormDigit name="filingWarnDays" label="到期提前提醒（天）" width="sm" min={1} max={365} />
            </ProFormGroup>
            <ProFormGroup>
              {text('contact', '联系人')}
              {text('contactTitle', '联系人职务')}
              {text('phone', '联系电话')}
              {text('mobile', '手机号码')}
            </ProFormGroup>
            <ProFormGroup>
              {text('email', '邮箱')}
              {text('website', '网址')}
              {text('address', '地址', { width: 'lg' })}
            </ProFormGroup>
            <Descriptions title="学校（法人）信息" size="small" column={1} style={{ marginTop: 16 }} />
            <ProFormGroup>
              {text('schoolName', '申请学校全称', { width: 'lg' })}
              {text('schoolAddress', '学校地址', { width: 'lg' })}
            </ProFormGroup>
            <ProFormGroup>
              {text('creditCode', '统一社会信用代码', { tooltip: '18 位，按 GB 32100 校验第 18 位' })}
              <ProFormSelect name="schoolNature" label="学校性质" width="sm" options={['公办', '民办']} />
              {text('registrationAuthority', '注册登记机构')}
              {text('supervisingAuthority', '主管部门')}
            </ProFormGroup>
            <ProFormGroup>
              {text('legalRepresentative', '法定代表人')}
              {text('legalRepresentativeTitle', '职务')}
              {text('legalRepresentativePhone', '办公电话')}
              {text('previousCode', '原鉴定所(站)代码')}
            </ProFormGroup>
            <Descriptions title="备案申请表其他内容" size="small" column={1} style={{ marginTop: 16 }} />
            <ProFormTextArea name="organisationStrengths" label="组织优势" fieldProps={{ rows: 3 }} />
            <ProFormTextArea name="professionalStrengths" label="专业优势" fieldProps={{ rows: 3 }} />
            <ProFormTextArea name="itSituation" label="信息化建设情况" fieldProps={{ rows: 3 }} />
            <ProFormDigit name="assessmentPassMark" label="自评合格分数线" width="sm" min={1} max={100} />
          </ProForm>
        </Card>
      </div>
    </PageContainer>
  );
}
