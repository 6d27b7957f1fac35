import { PageContainer } from '@ant-design/pro-components';

/** 组卷方案详情 (placeholder until its screen is built). */
export function AssemblyPlanPage() {
  return <PageContainer title="组卷方案详情" />;
}
