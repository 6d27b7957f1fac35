import { App, Button, Card, Form, InputNumber, Radio, Typography } from 'antd';
import { PageContainer } from '@ant-design/pro-components';
import { lateModeNames, lateModes, type PlanSettingsBody } from '../../../shared/plans.js';
import { errorMessage } from '../../app/api.js';
import { useCan } from '../../app/session.js';
import { usePlanSettings, useSavePlanSettings } from './api.js';

/**
 * 计划设置 (R-PLAN-04, R-PLAN-06): how many working days before the first sitting a batch plan must reach the
 * authority (Henan/Zhoukou 10, Shandong 5), whether a late submission is refused or passes with a recorded warning,
 * and the training class filing period (Panzhihua 20 working days).
 */
export function PlanSettingsPage() {
  const settings = usePlanSettings();
  const save = useSavePlanSettings();
  const canEdit = useCan('plans.settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanSettingsBody>();
  return (
    <PageContainer
      title="计划设置"
      content="各地规定不同时在此调整；修改后所有批次的报送截止日期和培训班备案期限按新设置重新计算。"
    >
      <Card loading={settings.isLoading} style={{ maxWidth: 720 }} data-testid="plan-settings">
        {settings.data && (
          <Form
            form={form}
            layout="vertical"
            initialValues={settings.data}
            disabled={!canEdit}
            onFinish={async (v) => {
              try {
                await save.mutateAsync(v);
                message.success('设置已保存');
              } catch (e) {
                message.error(errorMessage(e));
              }
            }}
          >
            <Form.Item
              name="leadDays"
              label="认定计划报送提前工作日数"
              extra="认定计划须在首场考核前该数量的工作日报送鉴定指导中心（河南、周口 10 个工作日，山东 5 个工作日）。"
              rules={[{ required: true, message: '请填写天数' }]}
            >
              <InputNumber min={1} max={60} addonAfter="个工作日" />
            </Form.Item>
            <Form.Item name="lateMode" label="逾期报送的处理">
              <Radio.Group options={lateModes.map((m) => ({ value: m, label: lateModeNames[m] }))} />
            </Form.Item>
            <Form.Item
              name="trainingFilingDays"
              label="培训班开班备案期限"
              extra="培训班须在招生报名结束后该数量的工作日内向就业服务中心开班备案（攀枝花 20 个工作日）。"
              rules={[{ required: true, message: '请填写天数' }]}
            >
              <InputNumber min={1} max={60} addonAfter="个工作日" />
            </Form.Item>
            <Typography.Paragraph type="secondary">
              工作日按“工作日历”中的法定节假日和调休安排计算。
            </Typography.Paragraph>
            {canEdit && (
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                保存设置
              </Button>
            )}
          </Form>
        )}
      </Card>
    </PageContainer>
  );
}
