import { PageContainer } from '@ant-design/pro-components';

/** 组卷结果 (placeholder until its screen is built). */
export function AssemblyPage() {
  return <PageContainer title="组卷结果" />;
}
