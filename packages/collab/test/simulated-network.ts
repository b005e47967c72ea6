import * as Y from "yjs";

/** A message in flight from one client to another. */
interface Message {
  from: number;
  to: number;
  update: Uint8Array;
}

/**
 * A room's network in a test: every update a doc emits is queued for every other doc, and the test
 * chooses when (and whether) each is delivered: in any order, twice, or never (a partition), until
 * `heal` syncs every pair by state vectors as a reconnecting provider does.
 */
export class SimulatedNetwork {
  readonly inFlight: Message[] = [];
  /** Clients cut off from everyone: what they send or would receive is lost. */
  readonly partitioned = new Set<number>();

  constructor(readonly docs: readonly Y.Doc[]) {
    docs.forEach((doc, from) => {
      doc.on("update", (update: Uint8Array, origin: unknown) => {
        if (origin === this) return;
        docs.forEach((_, to) => {
          if (to !== from) this.inFlight.push({ from, to, update });
        });
      });
    });
  }

  /** Deliver (or, across a partition, lose) the message at `index`; keep a copy when `duplicate`. */
  deliver(index: number, duplicate = false): void {
    if (this.inFlight.length === 0) return;
    const i = index % this.inFlight.length;
    const message = this.inFlight[i]!;
    if (!duplicate) this.inFlight.splice(i, 1);
    if (this.partitioned.has(message.from) || this.partitioned.has(message.to)) return;
    Y.applyUpdate(this.docs[message.to]!, message.update, this);
  }

  /** End every partition, drop what is in flight, and sync every pair both ways. */
  heal(): void {
    this.partitioned.clear();
    this.inFlight.length = 0;
    for (const a of this.docs) {
      for (const b of this.docs) {
        if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), this);
      }
    }
  }
}
