import { PageContainer } from '@ant-design/pro-components';

/** 试卷 (placeholder until its screen is built). */
export function PapersPage() {
  return <PageContainer title="试卷" />;
}
