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
    // expect.poll waits for what a person would see (another tab's save, an autosave after its debounce):
    // vitest's 1 s default lost a race on a loaded 2-core CI machine (two-tabs e2e).
    expect: { poll: { timeout: 10_000 } },
    fileParallelism: false,
    reporters: ["default", ["json", { outputFile: ".e2e-artifacts/e2e-results.json" }]],
  },
});
