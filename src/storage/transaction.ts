import type { StoreNames } from 'idb';
import type { Db, FlowmapDb, WriteTx } from './database';

/**
 * Runs `work` in one read-write transaction and resolves only once it has committed to disk
 * (`strict` durability), so a save reported done survives a killed browser. Anything thrown
 * aborts the whole transaction: nothing is half written.
 */
export async function inTransaction<S extends StoreNames<FlowmapDb>[], T>(db: Db, stores: S, work: (tx: WriteTx<S>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  // Observed below; without this an abort would also surface as an unhandled rejection.
  tx.done.catch(() => undefined);
  try {
    const result = await work(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by the failing request.
    }
    throw error;
  }
}

export const messageOf = (error: unknown) => (error instanceof Error && error.message) || String(error);
