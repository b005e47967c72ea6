import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "workshop",
    environment: "jsdom",
    // The editor under jsdom is heavy: a loaded 2-core machine needs more than the default 5 s.
    testTimeout: 15_000,
    include: ["src/**/*.test.{ts,tsx}", "dev/**/*.test.ts"],
    setupFiles: [noReadsOutsideRepo, "./test/setup.ts"],
  },
});
