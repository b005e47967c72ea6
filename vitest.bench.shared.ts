import { defineConfig } from "vitest/config";
import { sourceConditions } from "./vitest.shared.ts";

/**
 * The benchmark runner every package uses: `bench/*.bench.test.ts` files that print figures beside
 * same-run baselines (never timed assertions), one file at a time, with `gc()` available for memory
 * figures.
 */
export const benchConfig = defineConfig({
  ...sourceConditions,
  test: {
    include: ["bench/**/*.bench.test.ts"],
    environment: "node",
    pool: "forks",
    execArgv: ["--expose-gc"],
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
