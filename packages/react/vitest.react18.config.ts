import { defineProject } from "vitest/config";
import { noReadsOutsideRepo, sourceConditions } from "../../vitest.shared.ts";

/**
 * The component tests again, on React 18.3 (a declared peer). `react` and `react-dom` resolve to the
 * npm aliases `react-18` / `react-dom-18` (18.3.1), and every library that imports React is
 * pre-bundled by Vite with that alias applied: CommonJS `require("react")` inside react-dom or
 * use-sync-external-store would otherwise reach React 19 through Node. Exactly one React is loaded;
 * test/react-version.test.tsx checks which.
 */
const reactDependents = {
  enabled: true,
  include: [
    "react-dom-18",
    "react-dom-18/client",
    "react-dom-18/server",
    "@xyflow/react",
    "zustand/traditional",
    "zustand/vanilla",
    "use-sync-external-store/shim/with-selector",
    "@testing-library/react",
  ],
};

export default defineProject({
  ...sourceConditions,
  resolve: {
    ...sourceConditions.resolve,
    alias: [
      { find: /^react$/, replacement: "react-18" },
      { find: /^react\/(.*)$/, replacement: "react-18/$1" },
      { find: /^react-dom$/, replacement: "react-dom-18" },
      { find: /^react-dom\/(.*)$/, replacement: "react-dom-18/$1" },
    ],
  },
  test: {
    name: "react18",
    environment: "jsdom",
    // React Flow under jsdom is heavy: a loaded 2-core machine needs more than the default 5 s.
    testTimeout: 15_000,
    include: ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
    setupFiles: [noReadsOutsideRepo, "./test/setup.ts"],
    provide: { reactVersion: "18.3" },
    server: { deps: { inline: [/[\\/]\.vite[\\/]/] } },
    deps: {
      optimizer: {
        client: reactDependents,
        ssr: { ...reactDependents, rolldownOptions: { platform: "browser" } },
      },
    },
  },
});
