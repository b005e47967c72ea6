import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Plugin } from "vite";
import { libraryConfig } from "../../vite.lib.ts";

/**
 * pptxgenjs 4 ships one ES build for browsers and Node, with `import("node:fs")` and
 * `import("node:https")` inside: webpack (Next.js, Angular CLI...) fails the whole build on them
 * (`UnhandledSchemeError`), even when they are never called (gitbrent/PptxGenJS#1398, open). toPptx
 * only ever asks pptxgenjs for bytes (`write({ outputType: "uint8array" })`): no media read from a
 * path or a URL, no `writeFile`. So the published package carries pptxgenjs itself, with those two
 * imports replaced by stand-ins that throw if ever used, and any bundler, and Node, take it as it is.
 * A pptxgenjs release that moves those imports fails this build instead of shipping them; it is a
 * pinned devDependency (hosts install JSZip, not pptxgenjs and its Node-only dependencies).
 */
const NODE_IMPORTS: Record<string, string> = {
  "import('node:fs')":
    "Promise.resolve({ default: { readFileSync: unavailable }, promises: { writeFile: unavailable } })",
  "import('node:https')": "Promise.resolve({ default: { get: unavailable } })",
};
const UNAVAILABLE =
  'const unavailable = () => { throw new Error("journeykit\'s toPptx reads no file or URL (pptxgenjs media by path)"); };\n';

function pptxgenjsWithoutNodeImports(): Plugin {
  return {
    name: "journeykit:pptxgenjs-without-node-imports",
    transform(code, id) {
      if (!/[\\/]pptxgenjs[\\/]dist[\\/]pptxgen\.es\.js$/.test(id)) return null;
      let out = code;
      for (const [from, to] of Object.entries(NODE_IMPORTS)) {
        if (!out.includes(from))
          throw new Error(`pptxgenjs no longer contains ${from}: review vite.config.ts`);
        out = out.split(from).join(to);
      }
      if (/\bimport\(\s*['"]node:/.test(out) || /\bfrom\s+['"]node:/.test(out))
        throw new Error(
          "pptxgenjs imports a Node built-in this build does not replace: review vite.config.ts",
        );
      // MIT asks for its notice in every copy: the vendored file opens with pptxgenjs' LICENSE.
      const license = readFileSync(join(dirname(id), "../LICENSE"), "utf8").trim();
      return {
        code: `/*! pptxgenjs, bundled by @journeykit/export\n${license}\n*/\n${UNAVAILABLE}${out}`,
        map: null,
      };
    },
  };
}

const bare = (id: string) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0");

export default libraryConfig(
  { index: "src/index.ts" },
  {
    plugins: [pptxgenjsWithoutNodeImports()],
    build: {
      rolldownOptions: {
        // Every bare import stays external (as in every package) except pptxgenjs, bundled as above.
        external: (id: string) => bare(id) && id !== "pptxgenjs",
        output: {
          preserveModules: true,
          preserveModulesRoot: "src",
          // pptxgenjs lands in dist/vendor/, not in a `node_modules` folder that npm pack would drop.
          entryFileNames: (chunk) =>
            /[\\/]node_modules[\\/]pptxgenjs[\\/]/.test(chunk.facadeModuleId ?? "")
              ? "vendor/pptxgenjs.js"
              : "[name].js",
        },
      },
    },
  },
);
