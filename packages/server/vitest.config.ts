import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "server",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: [noReadsOutsideRepo],
    // Property tests (1,000 runs under CI) and loopback servers on a busy 2-core CI machine: results are
    // asserted, never time; speed lives in `pnpm bench`.
    testTimeout: 60_000,
  },
});
