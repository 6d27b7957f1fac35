import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useCan } from '../../app/session.js';
import { FullPageSpin } from '../../app/guards.js';
import { useSetupStatus } from './api.js';

export const SETUP_PATH = '/setup';

/**
 * A production install starts without its centre: the role that may create it (after the forced first password
 * change, which RequireAuth handles first) is led to the setup page instead of an empty home page.
 */
export function SetupGate({ children }: { children: ReactNode }) {
  const canSetUp = useCan('centre.manage');
  const status = useSetupStatus(canSetUp);
  if (!canSetUp) return <>{children}</>;
  if (status.isPending) return <FullPageSpin />;
  if (status.data && !status.data.centreExists) return <Navigate to={SETUP_PATH} replace />;
  return <>{children}</>;
}
