import { PageContainer } from '@ant-design/pro-components';

/** 细目表 (placeholder until its screen is built). */
export function BlueprintPage() {
  return <PageContainer title="细目表" />;
}
