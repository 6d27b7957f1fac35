import { eq } from 'drizzle-orm';
import { persons } from '../../db/schema/index.js';
import type { TestApp, TestClient } from '../../test/harness.js';
import { postFile } from '../people/people.testkit.js';
import { photoPng } from '../registration/applications.testkit.js';

/** Data of the certificate printing tests (not a test file): a photo on record for a person, uploaded as `client`. */
export async function givePhoto(t: TestApp, client: TestClient, personId: string): Promise<string> {
  const res = await postFile(t, client, '/api/v1/files', 'photo.png', await photoPng(), { purpose: 'photo' });
  if (res.statusCode !== 200) throw new Error(res.body);
  const photoFileId = res.json().id as string;
  await t.database.db.update(persons).set({ photoFileId }).where(eq(persons.id, personId));
  return photoFileId;
}
