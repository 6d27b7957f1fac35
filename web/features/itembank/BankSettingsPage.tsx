import { PageContainer } from '@ant-design/pro-components';

/** 题库设置 (placeholder until its screen is built). */
export function BankSettingsPage() {
  return <PageContainer title="题库设置" />;
}
