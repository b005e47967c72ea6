import { defineConfig } from "vitest/config";
import { noReadsOutsideRepo } from "./vitest.shared.ts";

// The outside-host test (e2e/host): packed tarballs installed into fresh apps. Needs `pnpm build`
// first and the npm registry; slow by nature (installs), so it has its own run.
export default defineConfig({
  test: {
    name: "host",
    environment: "node",
    include: ["e2e/host/**/*.host.ts"],
    // Packs the publishable packages once; every host installs those tarballs.
    globalSetup: ["e2e/host/global-setup.ts"],
    setupFiles: [noReadsOutsideRepo],
    // The host files (Vite, Next.js, React Router) install two at a time: installs mostly wait on the
    // network, and vitest would otherwise run one file at a time on a 2-core machine.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: ".e2e-artifacts/host-results.json" }]],
  },
});
