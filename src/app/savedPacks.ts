/**
 * Packs a designer opened from files stay in the browser (IndexedDB) until removed, so they are there after a
 * reload; nothing is uploaded. One record per pack: its files by path and where they came from.
 */
const DATABASE = 'avatar-atelier-packs';
const STORE = 'packs';

export interface SavedPack {
  id: string;
  source: string;
  files: Map<string, Uint8Array>;
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('the browser refused its database'));
  });
}

/** Runs one request in a transaction and resolves with its result once the transaction is committed. */
async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = transaction.onabort = () => reject(transaction.error ?? new Error('the browser could not store the pack'));
    });
  } finally {
    database.close();
  }
}

export function savePack(pack: SavedPack): Promise<unknown> {
  return run('readwrite', (store) => store.put({ id: pack.id, source: pack.source, files: [...pack.files] }));
}

export function forgetPack(id: string): Promise<unknown> {
  return run('readwrite', (store) => store.delete(id));
}

/**
 * Whether the database exists: reading it must not create it, so a visitor who never keeps a pack gets none.
 * (Where the browser cannot list databases, it is assumed to exist.)
 */
async function databaseExists(): Promise<boolean> {
  const databases = await indexedDB.databases?.().catch(() => null);
  return !databases || databases.some((database) => database.name === DATABASE);
}

export async function savedPacks(): Promise<SavedPack[]> {
  if (!(await databaseExists())) return [];
  const records = await run('readonly', (store) => store.getAll() as IDBRequest<{ id: string; source: string; files: [string, Uint8Array][] }[]>);
  return records.map((record) => ({ id: record.id, source: record.source, files: new Map(record.files) }));
}

/** Deletes every kept pack and the database itself. */
export function deleteSavedPacks(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('the browser would not delete its database'));
  });
}
