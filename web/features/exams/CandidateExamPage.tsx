import { PageContainer } from '@ant-design/pro-components';

/** Placeholder until the exam-day screens land (issue 12). */
export function CandidateExamPage() {
  return <PageContainer title="在线考试" />;
}
