import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { meKey } from './session.js';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * The server ends a session after `idleMinutes` without requests. Once the user has been idle that long here too,
 * ask the server: a 401 sends the user to the login page with 登录已过期 instead of failing on the next click.
 */
export function useIdleCheck(idleMinutes: number) {
  const client = useQueryClient();
  useEffect(() => {
    if (!(idleMinutes > 0)) return;
    let last = Date.now();
    let checked = false;
    const touch = () => {
      last = Date.now();
      checked = false;
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (!checked && Date.now() - last > idleMinutes * 60_000 + 5_000) {
        checked = true;
        void client.refetchQueries({ queryKey: meKey });
      }
    }, 15_000);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch);
    };
  }, [idleMinutes, client]);
}
