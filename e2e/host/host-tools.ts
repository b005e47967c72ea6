// What every outside-host test needs: commands run and their output kept, the workspace's own versions,
// and the packages packed as a stranger gets them.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

export const repository = fileURLToPath(new URL("../../", import.meta.url));

/** The versions the workspace itself builds and tests with, so the host matches what was tested. */
export function versionOf(name: string, from = "packages/react"): string {
  const manifest = join(repository, from, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

/** Runs a command; resolves with its output, rejects with the output when it exits non-zero. */
export function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child: ChildProcess = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "pipe" });
    let output = "";
    child.stdout?.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", (error) => resolve({ code: -1, output: `${output}\n${error.message}` }));
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}
export async function mustRun(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${result.code}:\n${result.output}`);
  return result.output;
}

// pnpm as the test command itself was started (`pnpm test` or `npx -y pnpm@… test`).
export const pnpm =
  process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? process.env.npm_execpath : "pnpm";
// npm's config on this machine may name keys newer npm warns about; keep the host's output readable.
export const quietNpm = {
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_update_notifier: "false",
};

/** Packs `names` (folders of packages/) into `destination`; returns each package's tarball by name. */
export async function packTarballs(names: readonly string[], destination: string) {
  mkdirSync(destination, { recursive: true });
  for (const name of names) {
    await mustRun(pnpm, ["pack", "--pack-destination", destination], join(repository, "packages", name));
  }
  const tarballs: Record<string, string> = {};
  for (const file of readdirSync(destination)) {
    const name = names.find((n) => new RegExp(`^journeykit-${n}-\\d`).test(file));
    if (name) tarballs[`@journeykit/${name}`] = join(destination, file);
  }
  expect(Object.keys(tarballs).sort()).toEqual(names.map((n) => `@journeykit/${n}`).sort());
  return tarballs;
}
