import { defineConfig, type UserConfig } from "vite";

/** What a package's build adds to every module it writes. */
export interface LibraryOutput {
  /**
   * A directive at the top of every JS file: `"use client"` for a package whose modules use React
   * hooks, so a React Server Component (Next.js App Router) can render its components. Rolldown drops
   * module-level directives from sources, so it is written here, into the output.
   */
  directive?: "use client";
}

/**
 * The one library build every package uses: Vite library mode, ES modules only, every bare import
 * (dependencies, peers, `node:` builtins) left external. Declarations come from `tsc -p tsconfig.build.json`.
 */
export function libraryConfig(
  entries: Record<string, string>,
  extra: UserConfig = {},
  { directive }: LibraryOutput = {},
): UserConfig {
  return defineConfig({
    // One line per output module would bury real warnings: libraries build quietly unless something is wrong.
    logLevel: "warn",
    ...extra,
    build: {
      lib: { entry: entries, formats: ["es"] },
      outDir: "dist",
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      target: "es2022",
      rolldownOptions: {
        external: (id: string) => !id.startsWith(".") && !id.startsWith("/") && !id.startsWith("\0"),
        // One output file per source module: with `"sideEffects": false`, a host's bundler drops every
        // module it does not import (templates, JSON Schema, exporters) instead of one big file.
        output: {
          preserveModules: true,
          preserveModulesRoot: "src",
          entryFileNames: "[name].js",
          ...(directive ? { banner: `"${directive}";` } : {}),
        },
      },
      ...extra.build,
    },
  });
}
