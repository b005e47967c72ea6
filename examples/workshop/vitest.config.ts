import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "workshop",
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}"],
    setupFiles: [noReadsOutsideRepo, "./test/setup.ts"],
  },
});
