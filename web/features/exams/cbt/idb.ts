/**
 * The candidate's local storage (IndexedDB): one key-value store that survives a reload, a crash of the tab and an
 * hour offline. Every answer is written here before it is sent (R-EXAM-02). When IndexedDB is unavailable (a
 * private window of an old browser) the values live in memory only, and the exam still works online.
 */

const DB_NAME = 'skillcert-exam';
const STORE = 'kv';

let opening: Promise<IDBDatabase | null> | null = null;
const memory = new Map<string, unknown>();

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB_NAME, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

function run<T>(mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest | null): Promise<T | undefined> {
  return open().then(
    (db) =>
      new Promise<T | undefined>((resolve, reject) => {
        if (!db) return resolve(undefined);
        const tx = db.transaction(STORE, mode);
        const req = act(tx.objectStore(STORE));
        // A write counts once its transaction is committed, not when the request succeeded.
        tx.oncomplete = () => resolve(req?.result as T | undefined);
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB'));
      }),
  );
}

export async function idbGet<T>(key: string): Promise<T | undefined> {
  if (memory.has(key)) return memory.get(key) as T;
  try {
    const v = await run<T>('readonly', (s) => s.get(key));
    if (v !== undefined) memory.set(key, v);
    return v;
  } catch {
    return undefined;
  }
}

export async function idbSet(key: string, value: unknown): Promise<void> {
  memory.set(key, value);
  try {
    await run('readwrite', (s) => s.put(value, key));
  } catch {
    /* memory keeps it for this page's life */
  }
}

export async function idbDelete(key: string): Promise<void> {
  memory.delete(key);
  try {
    await run('readwrite', (s) => s.delete(key));
  } catch {
    /* nothing to remove */
  }
}
