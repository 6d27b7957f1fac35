import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { MeResponse } from '../../shared/auth.js';
import { can, type Permission } from '../../shared/access.js';
import { ApiError, api, setCsrfToken } from './api.js';

export const meKey = ['auth', 'me'] as const;

/** The current session, or null when nobody is logged in. */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    const me = await api.get('/auth/me');
    setCsrfToken(me.csrfToken);
    flag(HAD_SESSION, true);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000, retry: false, refetchOnWindowFocus: true });
}

/** The logged-in session; only for components rendered inside RequireAuth. */
export function useSession(): MeResponse {
  const { data } = useMe();
  if (!data) throw new Error('useSession outside RequireAuth');
  return data;
}

export function useCan(permission: Permission): boolean {
  const { data } = useMe();
  return !!data && can(data.user.role, permission);
}

/** Store a fresh session (after login) so the shell renders without another round trip. */
export function storeSession(client: QueryClient, me: MeResponse | null) {
  setCsrfToken(me?.csrfToken ?? null);
  flag(HAD_SESSION, !!me);
  client.setQueryData(meKey, me);
}

/**
 * The login page says why the user is there when a session of this tab ended by itself (idle time-out): either a
 * request got 401 while the app was open, or the tab was reloaded after its session had lapsed.
 */
const EXPIRED = 'skillcert.sessionExpired';
const HAD_SESSION = 'skillcert.hadSession';

function flag(key: string, on: boolean) {
  try {
    if (on) sessionStorage.setItem(key, '1');
    else sessionStorage.removeItem(key);
  } catch {
    /* storage refused (private mode): the notice is only a courtesy */
  }
}
function isSet(key: string) {
  try {
    return sessionStorage.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Called on a 401: was there a session that has now ended? */
export function noteSessionLost(hadSessionInMemory: boolean) {
  if (hadSessionInMemory || isSet(HAD_SESSION)) flag(EXPIRED, true);
  flag(HAD_SESSION, false);
}
export const peekSessionExpired = () => isSet(EXPIRED);
export const clearSessionExpired = () => flag(EXPIRED, false);
