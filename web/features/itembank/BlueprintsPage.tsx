import { PageContainer } from '@ant-design/pro-components';

/** 鉴定要素细目表 (placeholder until its screen is built). */
export function BlueprintsPage() {
  return <PageContainer title="鉴定要素细目表" />;
}
