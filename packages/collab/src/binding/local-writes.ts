/** Tells this adapter's own writes from the transactions that arrive while one runs. */
export interface LocalWrites {
  /** Run a local write; true when a transaction from elsewhere arrived meanwhile. */
  run(write: () => void): boolean;
  /**
   * Note a transaction from elsewhere: true when it arrived inside a local write (a provider, or a test
   * relay, applying an update from inside it), so it is read once the write is done.
   */
  arrivedDuringWrite(): boolean;
}

/**
 * The state of this adapter's local writes.
 *
 * @example
 * const writes = createLocalWrites();
 * const overtaken = writes.run(() => writeMapChanges(doc, reader, previous, next, origin));
 */
export function createLocalWrites(): LocalWrites {
  let writing = false;
  let arrived = false;
  return {
    run(write) {
      writing = true;
      arrived = false;
      try {
        write();
      } finally {
        writing = false;
      }
      return arrived;
    },
    arrivedDuringWrite() {
      if (writing) arrived = true;
      return writing;
    },
  };
}
