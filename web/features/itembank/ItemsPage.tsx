import { PageContainer } from '@ant-design/pro-components';

/** 试题 (placeholder until its screen is built). */
export function ItemsPage() {
  return <PageContainer title="试题" />;
}
