import type { ReactNode } from 'react';
import {
  AppstoreOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CalendarOutlined,
  ContainerOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  ImportOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  StarOutlined,
  StopOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';

const icons: Record<string, ReactNode> = {
  '/': <DashboardOutlined />,
  '/centre': <SafetyCertificateOutlined />,
  '/catalogue': <BookOutlined />,
  '/scope': <ProfileOutlined />,
  '/filings': <FileDoneOutlined />,
  '/assessments': <FileSearchOutlined />,
  '/colleges': <BankOutlined />,
  '/people': <IdcardOutlined />,
  '/staff': <SolutionOutlined />,
  '/conflicts': <StopOutlined />,
  '/appraisals': <StarOutlined />,
  '/misconduct': <WarningOutlined />,
  '/people-import': <ImportOutlined />,
  '/my-record': <ContainerOutlined />,
  '/users': <TeamOutlined />,
  '/calendar': <CalendarOutlined />,
  '/audit': <AuditOutlined />,
};

/** Menu entries come from shared/access.ts; their icons are a matter of the web only. */
export const menuIcon = (path: string): ReactNode => icons[path] ?? <AppstoreOutlined />;
