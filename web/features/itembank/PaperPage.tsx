import { PageContainer } from '@ant-design/pro-components';

/** 试卷详情 (placeholder until its screen is built). */
export function PaperPage() {
  return <PageContainer title="试卷详情" />;
}
