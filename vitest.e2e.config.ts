import { defineConfig } from "vitest/config";
import { noReadsOutsideRepo } from "./vitest.shared.ts";

export default defineConfig({
  test: {
    name: "e2e",
    environment: "node",
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    setupFiles: [noReadsOutsideRepo],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: ".e2e-artifacts/e2e-results.json" }]],
  },
});
