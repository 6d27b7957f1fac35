import { PageContainer } from '@ant-design/pro-components';

/** 组卷方案 (placeholder until its screen is built). */
export function AssemblyPlansPage() {
  return <PageContainer title="组卷方案" />;
}
