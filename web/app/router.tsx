import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter } from 'react-router-dom';
import type { Permission } from '../../shared/access.js';
import { setSessionHandlers } from './api.js';
import { queryClient } from './providers.js';
import { meKey, noteSessionLost, storeSession } from './session.js';
import { CHANGE_PASSWORD_PATH, FullPageSpin, RequireAuth, RequirePermission } from './guards.js';
import { CrashPage, UnknownPathPage } from './ErrorPages.js';
import { AppLayout } from './AppLayout.js';
import { LoginPage } from '../features/auth/LoginPage.js';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage.js';
import { HomePage } from '../features/home/HomePage.js';

// Management pages load on first visit, so the login page and the candidate's phone fetch less.
const named = <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const AuditPage = named(() => import('../features/audit/AuditPage.js'), 'AuditPage');
const UsersPage = named(() => import('../features/users/UsersPage.js'), 'UsersPage');
const CollegesPage = named(() => import('../features/colleges/CollegesPage.js'), 'CollegesPage');
const CalendarPage = named(() => import('../features/calendar/CalendarPage.js'), 'CalendarPage');

const guarded = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>
    <Suspense fallback={<FullPageSpin />}>{page}</Suspense>
  </RequirePermission>
);

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage />, errorElement: <CrashPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    errorElement: <CrashPage />,
    children: [
      { index: true, element: <HomePage /> },
      { path: CHANGE_PASSWORD_PATH.slice(1), element: <ChangePasswordPage /> },
      { path: 'audit', element: guarded('audit.read', <AuditPage />) },
      { path: 'users', element: guarded('users.read', <UsersPage />) },
      { path: 'colleges', element: guarded('colleges.read', <CollegesPage />) },
      { path: 'calendar', element: guarded('calendar.read', <CalendarPage />) },
      { path: '*', element: <UnknownPathPage /> },
    ],
  },
]);

setSessionHandlers({
  onUnauthenticated() {
    // A 401 after a session existed means it ended (idle time-out, logout elsewhere): say so on the login page.
    noteSessionLost(!!queryClient.getQueryData(meKey));
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    storeSession(queryClient, null);
  },
  onPasswordChangeRequired() {
    void queryClient.invalidateQueries({ queryKey: meKey });
    void router.navigate(CHANGE_PASSWORD_PATH, { replace: true });
  },
});
