import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "export",
    environment: "node",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    setupFiles: [noReadsOutsideRepo],
  },
});
