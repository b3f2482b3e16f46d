// Orders the API calls made on one database connection. Ordinary calls run as they come (most are
// a few synchronous SQLite statements). An exclusive call, such as a big member import that keeps
// its write transaction open while a worker thread reads the file, waits for the calls already in
// progress, runs alone, and makes the calls that arrive meanwhile wait for it: without that, their
// statements would run inside the import's transaction and be undone with it.

export class CallGate {
  private running = 0;
  /** Settles when the exclusive call that holds (or waits for) the gate is over. */
  private exclusive: Promise<void> | null = null;
  private onIdle: (() => void) | null = null;

  async shared<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusive) await this.exclusive;
    this.running++;
    try {
      return await fn();
    } finally {
      this.running--;
      if (this.running === 0 && this.onIdle) this.onIdle();
    }
  }

  async exclusiveCall<T>(fn: () => Promise<T>): Promise<T> {
    while (this.exclusive) await this.exclusive;
    let release!: () => void;
    this.exclusive = new Promise<void>((resolve) => (release = resolve));
    try {
      if (this.running > 0) await new Promise<void>((resolve) => (this.onIdle = resolve));
      this.onIdle = null;
      return await fn();
    } finally {
      this.exclusive = null;
      release();
    }
  }
}

const gates = new WeakMap<object, CallGate>();

/** The gate of a connection (one per database handle, made on first use). */
export function gateFor(key: object): CallGate {
  let gate = gates.get(key);
  if (!gate) gates.set(key, (gate = new CallGate()));
  return gate;
}
