import { defineConfig } from "vitest/config";
import { sourceConditions } from "../../vitest.shared.ts";

export default defineConfig({
  ...sourceConditions,
  test: {
    include: ["bench/**/*.bench.test.ts"],
    environment: "node",
    pool: "forks",
    execArgv: ["--expose-gc"],
    testTimeout: 300_000,
    fileParallelism: false,
  },
});
