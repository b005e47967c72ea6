import type { BuildEnvironmentOptions } from "vite";

/**
 * How the example apps split their bundles: the libraries every page needs (React, React Flow) and
 * the heavy exporter ones (PowerPoint, zip) in chunks of their own, so browsers cache them across
 * app releases and no single chunk passes Vite's 500 kB warning.
 */
export const appChunks: BuildEnvironmentOptions["rolldownOptions"] = {
  output: {
    codeSplitting: {
      groups: [
        { name: "react", test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
        { name: "react-flow", test: /node_modules[\\/](@xyflow|d3-[a-z]+|classcat)[\\/]/ },
        {
          name: "pptx",
          test: /node_modules[\\/](pptxgenjs|jszip|pako|lie|immediate|setimmediate|readable-stream)[\\/]/,
        },
      ],
    },
  },
};
