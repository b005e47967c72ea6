// Packs every publishable package once for the whole host run: each host file installs the same
// tarballs (a stranger's copy of this build) instead of packing its own.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { mustRun, pnpm, repository } from "./host-tools.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Each packed package's tarball by name (`@journeykit/core` → its .tgz). */
    tarballs: Record<string, string>;
  }
}

const publishable = ["core", "react", "export", "evidence", "cli", "collab", "server"];

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), "journeykit-tarballs-"));
  const destination = join(work, "tarballs");
  mkdirSync(destination);
  await Promise.all(
    publishable.map((name) =>
      mustRun(pnpm, ["pack", "--pack-destination", destination], join(repository, "packages", name)),
    ),
  );
  const tarballs: Record<string, string> = {};
  for (const file of readdirSync(destination)) {
    const name = publishable.find((n) => new RegExp(`^journeykit-${n}-\\d`).test(file));
    if (name) tarballs[`@journeykit/${name}`] = join(destination, file);
  }
  const missing = publishable.filter((name) => !tarballs[`@journeykit/${name}`]);
  if (missing.length > 0) throw new Error(`pnpm pack made no tarball for ${missing.join(", ")}`);
  project.provide("tarballs", tarballs);
  return () => rmSync(work, { recursive: true, force: true });
}
