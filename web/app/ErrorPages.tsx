import { Button, Result } from 'antd';
import { Link, useLocation, useRouteError } from 'react-router-dom';
import { can, menu } from '../../shared/access.js';
import { useSession } from './session.js';

export function ForbiddenPage() {
  return (
    <Result
      status="403"
      title="403"
      subTitle="抱歉，您无权访问此页面"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title="404"
      subTitle="抱歉，您访问的页面不存在"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}

/** Shown when a page throws while rendering: a plain message instead of a blank screen. */
export function CrashPage() {
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="error"
      title="页面出错了"
      subTitle="请刷新页面后重试；如果问题仍然存在，请联系系统管理员。"
      extra={
        <Button type="primary" onClick={() => window.location.assign('/')}>
          返回工作台
        </Button>
      }
    />
  );
}

/**
 * Any path without a page of its own. A menu entry of shared/access.ts whose page the web does not have yet says
 * so (or 403 when the role may not use it); anything else is 404.
 */
export function UnknownPathPage() {
  const { pathname } = useLocation();
  const { user } = useSession();
  const entry = menu.find((m) => m.path === pathname.replace(/\/+$/, ''));
  if (!entry) return <NotFoundPage />;
  if (entry.permission && !can(user.role, entry.permission)) return <ForbiddenPage />;
  return (
    <Result
      status="info"
      title={entry.name}
      subTitle="该功能正在建设中，敬请期待"
      extra={
        <Link to="/">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
