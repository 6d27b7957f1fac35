import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button, Result, Spin } from 'antd';
import { can, type Permission } from '../../shared/access.js';
import { useMe } from './session.js';
import { errorMessage } from './api.js';
import { ForbiddenPage } from './ErrorPages.js';

export const CHANGE_PASSWORD_PATH = '/change-password';

export function FullPageSpin() {
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" />
    </div>
  );
}

/** Only a logged-in user passes; one who must change the first password passes only to that page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, isError, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <FullPageSpin />;
  if (isError)
    return (
      <Result
        status="warning"
        title="暂时无法连接服务器"
        subTitle={errorMessage(error)}
        extra={<Button onClick={() => refetch()}>重试</Button>}
      />
    );
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  return <>{children}</>;
}

/** A page the role may not use renders 403 in place (the menu never links to it). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { data: me } = useMe();
  if (!me || !can(me.user.role, permission)) return <ForbiddenPage />;
  return <>{children}</>;
}
