import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, Radio, Select, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { partialCreditRuleNames, partialCreditRules } from '../../../shared/itembank.js';
import { bankSettingNames } from '../../../shared/itembank-blueprint.js';
import { errorMessage } from '../../app/api.js';
import { useBankSettings, useSaveBankSettings } from './api.blueprint.js';

/** Shares are stored 0–1 and edited in percent. */
const SHARES = ['minXShare', 'maxZShare', 'maxOverlap', 'maxExposure'] as const;

/** 题库设置 (R-BANK-01): the blueprint checks' thresholds and the assembly defaults; 题库管理员 only. */
export function BankSettingsPage() {
  const settings = useBankSettings();
  const save = useSaveBankSettings();
  const [form] = Form.useForm();
  const { message } = App.useApp();

  useEffect(() => {
    if (!settings.data) return;
    const v: Record<string, unknown> = { ...settings.data };
    for (const k of SHARES) v[k] = Math.round(settings.data[k] * 1000) / 10;
    form.setFieldsValue(v);
  }, [settings.data, form]);

  const submit = () =>
    form.validateFields().then((v) => {
      const body = { ...v };
      for (const k of SHARES) body[k] = Number(v[k]) / 100;
      save.mutate(body, {
        onSuccess: () => message.success('已保存'),
        onError: (e) => message.error(errorMessage(e)),
      });
    });

  const percent = (name: (typeof SHARES)[number], help: string) => (
    <Form.Item name={name} label={bankSettingNames[name]} extra={help} rules={[{ required: true, message: '请填写' }]}>
      <InputNumber min={0} max={100} step={0.5} addonAfter="%" style={{ width: 180 }} />
    </Form.Item>
  );

  return (
    <PageContainer title="题库设置" content="细目表检查的阈值和组卷方案的默认值。检查只作提示，不阻止保存。">
      {settings.error && <Alert type="error" showIcon message={errorMessage(settings.error)} />}
      <Card loading={settings.isLoading} style={{ maxWidth: 760 }}>
        <Form form={form} layout="vertical" data-testid="bank-settings">
          <Typography.Title level={5}>鉴定要素细目表检查</Typography.Title>
          {percent('minXShare', 'X（核心要素）鉴定点在全部鉴定点中至少占此比例，默认 80%。')}
          {percent('maxZShare', 'Z（辅助要素）鉴定点至多占此比例，默认 5%。')}
          <Form.Item
            name="minItemsPerPoint"
            label={bankSettingNames.minItemsPerPoint}
            extra="每个鉴定点至少应有的启用试题数，默认 4 道。"
            rules={[{ required: true, message: '请填写' }]}
          >
            <InputNumber min={0} max={1000} precision={0} addonAfter="道" style={{ width: 180 }} />
          </Form.Item>
          <Typography.Title level={5}>评分与组卷默认值</Typography.Title>
          <Form.Item name="multiplePartialCredit" label={bankSettingNames.multiplePartialCredit}>
            <Select
              style={{ maxWidth: 420 }}
              options={partialCreditRules.map((r) => ({ value: r, label: partialCreditRuleNames[r] }))}
            />
          </Form.Item>
          {percent('maxOverlap', '任意两份试卷相同试题所占比例的上限，默认 10%。')}
          {percent('maxExposure', '一道试题在全部试卷中出现的比例上限，默认 6%。')}
          <Form.Item name="onePerPoint" label={bankSettingNames.onePerPoint}>
            <Radio.Group
              options={[
                { label: '是', value: true },
                { label: '否', value: false },
              ]}
            />
          </Form.Item>
          <Button type="primary" onClick={submit} loading={save.isPending} data-testid="bank-settings-save">
            保存
          </Button>
        </Form>
      </Card>
    </PageContainer>
  );
}
