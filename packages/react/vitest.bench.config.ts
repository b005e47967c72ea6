import { defineConfig } from "vitest/config";
import { sourceConditions } from "../../vitest.shared.ts";

export default defineConfig({
  ...sourceConditions,
  test: {
    include: ["bench/**/*.bench.test.ts"],
    environment: "node",
    testTimeout: 600_000,
    fileParallelism: false,
  },
});
