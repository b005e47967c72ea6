import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "packages/*/vitest.config.ts",
      "packages/react/vitest.react18.config.ts",
      "examples/*/vitest.config.ts",
    ],
    reporters: ["default", ["json", { outputFile: ".e2e-artifacts/unit-results.json" }]],
  },
});
