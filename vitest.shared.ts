import { defaultClientConditions, defaultServerConditions } from "vite";

/** Resolve workspace packages to their TypeScript source, so tests never need a prior build. */
export const sourceConditions = {
  resolve: { conditions: ["@journeykit/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@journeykit/source", ...defaultServerConditions] } },
};
