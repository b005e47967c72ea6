import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "evidence",
    environment: "node",
    include: ["src/**/*.test.ts"],
    setupFiles: [noReadsOutsideRepo],
  },
});
