import { fileURLToPath } from "node:url";
import { defaultClientConditions, defaultServerConditions } from "vite";

/** Resolve workspace packages to their TypeScript source, so tests never need a prior build. */
export const sourceConditions = {
  resolve: { conditions: ["@journeykit/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@journeykit/source", ...defaultServerConditions] } },
};

/**
 * The setup file every vitest project lists first: a test that reads a file outside the repository
 * (such as `../shared`) fails instead of passing only where that file happens to exist.
 */
export const noReadsOutsideRepo = fileURLToPath(new URL("./test/no-reads-outside-repo.ts", import.meta.url));
