import { PageContainer } from '@ant-design/pro-components';

/** 试题详情 (placeholder until its screen is built). */
export function ItemPage() {
  return <PageContainer title="试题详情" />;
}
