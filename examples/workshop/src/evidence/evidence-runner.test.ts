import { getTemplate } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { createRunner } from "./evidence-runner";
import type { EvidenceResponse } from "./evidence-session";

describe("createRunner", () => {
  it("rejects what is waiting when the worker fails as a whole, naming why", async () => {
    let fail: (message: string) => void = () => {};
    const runner = createRunner(
      () => {},
      (_onResponse, onFailure) => {
        fail = onFailure;
      },
      () => {},
    );
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    const reading = runner.read(new File(["a,b\n1,2\n"], "x.csv"), map, () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    fail("the import stopped unexpectedly (out of memory)");
    await expect(reading).rejects.toThrow("the import stopped unexpectedly (out of memory)");
  });

  it("reports progress and matches answers to their requests", async () => {
    let deliver: (response: EvidenceResponse) => void = () => {};
    const progress: number[] = [];
    const runner = createRunner(
      (request) => {
        if (request.type !== "read") return;
        deliver({ id: request.id, type: "progress", fraction: 0.5, rows: 1 });
        deliver({ id: request.id + 100, type: "error", message: "someone else's" });
        deliver({ id: request.id, type: "error", message: `${request.fileName}: broken` });
      },
      (onResponse) => {
        deliver = onResponse;
      },
      () => {},
    );
    const map = getTemplate("restaurant-complaint-recovery")!.create();
    await expect(runner.read(new File(["x"], "y.csv"), map, (f) => progress.push(f))).rejects.toThrow(
      "y.csv: broken",
    );
    expect(progress).toEqual([0.5]);
  });
});
