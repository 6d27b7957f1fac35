import { PageContainer } from '@ant-design/pro-components';

/** Placeholder until the exam-day screens land (issue 12). */
export function ExamSittingsPage() {
  return <PageContainer title="机考准备" />;
}
