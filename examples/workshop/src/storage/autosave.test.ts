import { createJourneyMap } from "@journeykit/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAutosave } from "./autosave";

describe("createAutosave", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes only the latest version after a burst of changes", async () => {
    const write = vi.fn(async () => {});
    const autosave = createAutosave(write, undefined, { delay: 250, maxWait: 1000 });
    const maps = [1, 2, 3].map((n) => createJourneyMap({ title: `v${n}` }));
    for (const map of maps) autosave.schedule(map);
    await vi.advanceTimersByTimeAsync(300);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(maps[2]);
  });

  it("never waits longer than maxWait while changes keep coming", async () => {
    const write = vi.fn(async () => {});
    const autosave = createAutosave(write, undefined, { delay: 250, maxWait: 1000 });
    for (let t = 0; t < 1000; t += 100) {
      autosave.schedule(createJourneyMap({ title: `t${t}` }));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(write).toHaveBeenCalledTimes(1);
  });

  it("flushes at once when the page is hidden", async () => {
    const write = vi.fn(async () => {});
    const autosave = createAutosave(write);
    autosave.schedule(createJourneyMap());
    window.dispatchEvent(new Event("pagehide"));
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(1);
    await autosave.dispose();
  });

  it("reports an error and retries the same version on the next flush", async () => {
    const statuses: string[] = [];
    const write = vi.fn().mockRejectedValueOnce(new Error("QuotaExceededError")).mockResolvedValue(undefined);
    const autosave = createAutosave(write, (s) => statuses.push(s.kind === "error" ? s.message : s.kind));
    const map = createJourneyMap();
    autosave.schedule(map);
    await autosave.flush();
    expect(statuses).toContain("QuotaExceededError");
    await autosave.flush();
    expect(write).toHaveBeenLastCalledWith(map);
    expect(statuses.at(-1)).toBe("saved");
  });
});
