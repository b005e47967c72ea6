import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "cli",
    environment: "node",
    include: ["src/**/*.test.ts"],
    setupFiles: [noReadsOutsideRepo],
    // Rendering PNGs and PPTX decks on a shared 2-core machine.
    testTimeout: 30_000,
  },
});
