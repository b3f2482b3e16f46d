// The SQL of the background checkpoint (checkpoint-host.ts): a COMMIT that leaves the checkpoint
// out, and the checkpoint the worker runs on a connection of its own.
import Database from 'better-sqlite3';

/** COMMITs the open transaction, with SQLite's automatic checkpoint when `checkpoint`. Throws as COMMIT does. */
export function commitTransaction(db: Database.Database, checkpoint: boolean): void {
  if (checkpoint) {
    db.exec('COMMIT');
    return;
  }
  const every = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma('wal_autocheckpoint = 0');
  try {
    db.exec('COMMIT');
  } finally {
    // A later commit on this connection checkpoints by itself again; while another connection
    // holds the checkpoint lock it skips, without waiting.
    db.pragma(`wal_autocheckpoint = ${every}`);
  }
}

/** A PASSIVE checkpoint never waits for the app's connection: what it cannot copy now, a later one will. */
export function checkpointFile(file: string): { log: number; checkpointed: number } {
  const db = new Database(file, { fileMustExist: true });
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    return { log: r.log, checkpointed: r.checkpointed };
  } finally {
    db.close();
  }
}
