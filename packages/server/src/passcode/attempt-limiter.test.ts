import { describe, expect, it } from "vitest";
import { createAttemptLimiter } from "./attempt-limiter.js";

function clock() {
  let at = 1_000_000;
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

describe("passcode attempt limiter", () => {
  it("allows five attempts a minute per address, then locks it out for a minute", () => {
    const time = clock();
    const limiter = createAttemptLimiter({ now: time.now });
    for (let i = 0; i < 5; i++) expect(limiter.attempt("10.0.0.7")).toEqual({ allowed: true });
    expect(limiter.attempt("10.0.0.7")).toEqual({ allowed: false, retryAfterSeconds: 60 });
    // Another address is not held up by the first one's guessing.
    expect(limiter.attempt("10.0.0.8")).toEqual({ allowed: true });
    time.advance(30_000);
    expect(limiter.attempt("10.0.0.7")).toEqual({ allowed: false, retryAfterSeconds: 30 });
    time.advance(30_000);
    expect(limiter.attempt("10.0.0.7")).toEqual({ allowed: true });
  });

  it("doubles each further lockout, up to an hour", () => {
    const time = clock();
    const limiter = createAttemptLimiter({ now: time.now });
    const waits: number[] = [];
    for (let round = 0; round < 9; round++) {
      let verdict = limiter.attempt("x");
      while (verdict.allowed) verdict = limiter.attempt("x");
      waits.push(verdict.retryAfterSeconds);
      time.advance(verdict.retryAfterSeconds * 1000);
    }
    expect(waits).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });

  it("a right passcode starts the address again from nothing", () => {
    const limiter = createAttemptLimiter({ now: clock().now });
    for (let i = 0; i < 4; i++) limiter.attempt("a");
    limiter.succeeded("a");
    for (let i = 0; i < 5; i++) expect(limiter.attempt("a").allowed).toBe(true);
  });

  it("limits all addresses together too", () => {
    const limiter = createAttemptLimiter({ now: clock().now, perClient: 5, overall: 12 });
    let allowed = 0;
    for (let client = 0; client < 10; client++)
      for (let i = 0; i < 5; i++) if (limiter.attempt(`10.0.0.${client}`).allowed) allowed += 1;
    expect(allowed).toBe(12);
  });

  it("counts only wrong guesses towards everyone's limit: a room of people who get it right is never held up", () => {
    const limiter = createAttemptLimiter({ now: clock().now, perClient: 5, overall: 12 });
    for (let person = 0; person < 40; person++) {
      expect(limiter.attempt(`10.0.1.${person}`).allowed).toBe(true);
      limiter.succeeded(`10.0.1.${person}`);
    }
    let wrong = 0;
    for (let client = 0; client < 10; client++)
      for (let i = 0; i < 5; i++) if (limiter.attempt(`10.0.0.${client}`).allowed) wrong += 1;
    expect(wrong).toBe(12);
  });
});
