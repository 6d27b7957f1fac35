import { useNavigate } from 'react-router-dom';
import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, api, errorMessage } from './api.js';
import { meKey, storeSession } from './session.js';

export function useLogout() {
  const client = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return async () => {
    try {
      await api.post('/auth/logout');
    } catch (e) {
      // The session may already be gone; leaving is what the user asked for either way.
      if (!(e instanceof ApiError && e.status === 401)) message.warning(errorMessage(e));
    }
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    storeSession(client, null);
    navigate('/login', { replace: true });
  };
}
