import { PageContainer } from '@ant-design/pro-components';

/** 试卷保管与移交 (placeholder until its screen is built). */
export function CustodyPage() {
  return <PageContainer title="试卷保管与移交" />;
}
