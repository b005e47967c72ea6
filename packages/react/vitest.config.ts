import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

export default defineProject({
  ...sourceConditions,
  test: {
    name: "react",
    provide: { reactVersion: "19" },
    environment: "jsdom",
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    setupFiles: [noReadsOutsideRepo, "./test/setup.ts"],
  },
});
