/** Whether a passcode attempt may go ahead, and if not, in how many seconds it may. */
export type AttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Limits guesses per client address (and in all), counting each attempt when it starts: passcode
 * sign-ins, join-code lookups.
 */
export interface AttemptLimiter {
  /** Count an attempt from `client`, or refuse it while that client (or everyone) is locked out. */
  attempt(client: string): AttemptVerdict;
  /**
   * The attempt was right (the passcode, a join code that exists): `client` starts again from nothing,
   * and the attempt no longer counts towards everyone's limit, which so counts wrong guesses only.
   */
  succeeded(client: string): void;
}

export interface AttemptLimiterOptions {
  /** Attempts one client may make per window (default 5). */
  perClient?: number;
  /** Attempts all clients together may make per window (default 50: a room full of guessers). */
  overall?: number;
  /** The window, and the first lockout, in milliseconds (default one minute); each lockout doubles, up to an hour. */
  windowMs?: number;
  now?: () => number;
}

interface Bucket {
  count: number;
  windowStart: number;
  lockedUntil: number;
  lockouts: number;
}

const HOUR = 3_600_000;

/**
 * A passcode attempt limiter: each client address gets `perClient` attempts a window, then is locked
 * out for a window, twice as long after each further lockout (up to an hour); all clients together get
 * `overall`. Attempts are counted when they start, so requests sent at once cannot slip past the limit
 * while the hash is computed. Forgotten clients are dropped after an hour.
 *
 * @example
 * const limiter = createAttemptLimiter();
 * const verdict = limiter.attempt(request.socket.remoteAddress ?? "");
 * if (!verdict.allowed) reply(429, verdict.retryAfterSeconds);
 */
export function createAttemptLimiter(options: AttemptLimiterOptions = {}): AttemptLimiter {
  const perClient = options.perClient ?? 5;
  const overall = options.overall ?? 50;
  const windowMs = options.windowMs ?? 60_000;
  const now = options.now ?? Date.now;
  const clients = new Map<string, Bucket>();
  const everyone: Bucket = { count: 0, windowStart: 0, lockedUntil: 0, lockouts: 0 };

  const verdict = (bucket: Bucket, limit: number, at: number): AttemptVerdict => {
    if (bucket.lockedUntil > at)
      return { allowed: false, retryAfterSeconds: Math.ceil((bucket.lockedUntil - at) / 1000) };
    if (at - bucket.windowStart >= windowMs) {
      bucket.windowStart = at;
      bucket.count = 0;
    }
    if (bucket.count >= limit) {
      bucket.lockouts += 1;
      bucket.lockedUntil = at + Math.min(windowMs * 2 ** (bucket.lockouts - 1), HOUR);
      bucket.count = 0;
      return { allowed: false, retryAfterSeconds: Math.ceil((bucket.lockedUntil - at) / 1000) };
    }
    return { allowed: true };
  };

  const forgetOld = (at: number) => {
    if (clients.size < 1000) return;
    for (const [client, bucket] of clients)
      if (bucket.lockedUntil < at && at - bucket.windowStart > HOUR) clients.delete(client);
  };

  return {
    attempt(client) {
      const at = now();
      forgetOld(at);
      let bucket = clients.get(client);
      if (!bucket) {
        bucket = { count: 0, windowStart: at, lockedUntil: 0, lockouts: 0 };
        clients.set(client, bucket);
      }
      const mine = verdict(bucket, perClient, at);
      if (!mine.allowed) return mine;
      const all = verdict(everyone, overall, at);
      if (!all.allowed) return all;
      bucket.count += 1;
      everyone.count += 1;
      return { allowed: true };
    },
    succeeded(client) {
      clients.delete(client);
      everyone.count = Math.max(0, everyone.count - 1);
    },
  };
}
