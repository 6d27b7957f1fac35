import { PageContainer } from '@ant-design/pro-components';

/** Placeholder until the exam-day screens land (issue 12). */
export function ExamRoomPage() {
  return <PageContainer title="考场" />;
}
