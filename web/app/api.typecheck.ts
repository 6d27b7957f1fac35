// Compile-time checks of the typed client (`npm run typecheck` compiles this file; nothing imports or runs it):
// each `@ts-expect-error` line must stay an error, so a client that stopped checking routes would fail typecheck.
import { api, apiUrl, type ApiResponse, type ItemOf } from './api.js';

export async function typedClientChecks() {
  // The reply's type is the route's response schema.
  const me: ApiResponse<'/auth/me'> = await api.get('/auth/me');
  const role: string = me.user.role;
  const batch: ItemOf<'/batches'> = (await api.get('/batches', { query: { state: 'draft' } })).items[0];
  // @ts-expect-error a route that does not exist
  await api.get('/no-such-route');
  // @ts-expect-error a route's path parameters are required
  await api.get('/batches/{id}');
  // @ts-expect-error a path parameter of another name
  await api.get('/batches/{id}', { path: { batchId: 'x' } });
  // @ts-expect-error a query value outside the route's enum
  await api.get('/batches', { query: { state: 'sleeping' } });
  // @ts-expect-error a body the route does not take
  await api.post('/auth/login', { body: { user: 'x' } });
  // @ts-expect-error a method the route does not answer
  await api.delete('/auth/me');
  // @ts-expect-error a reply field the route does not have
  void (await api.get('/auth/me')).notThere;
  return [role, batch.id, apiUrl('/batches/{id}/plan/pdf', { path: { id: batch.id } })];
}
