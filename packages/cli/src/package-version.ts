import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * This package's version, read from its package.json at run time: the nearest one above `from` (this
 * module's folder: src/ in development, dist/ or dist/chunks/ once built) named `@journeykit/cli`.
 *
 * @example
 * packageVersion(); // "0.1.0"
 */
export function packageVersion(from: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name?: unknown;
        version?: unknown;
      };
      if (pkg.name === "@journeykit/cli" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // no package.json here: look one folder up
    }
    if (dirname(dir) === dir) throw new Error("cannot find the package.json of @journeykit/cli");
  }
}
