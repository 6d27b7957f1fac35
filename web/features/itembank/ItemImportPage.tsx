import { PageContainer } from '@ant-design/pro-components';

/** 试题导入 (placeholder until its screen is built). */
export function ItemImportPage() {
  return <PageContainer title="试题导入" />;
}
