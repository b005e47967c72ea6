// A setup file for every vitest project: a test, fixture or helper that touches a file outside the
// repository fails, loudly, here — instead of passing on a developer's machine and failing on a user's
// fresh clone (where `../shared` and friends do not exist). The project's own code may only reach the
// repository, the OS temp folder and system folders; libraries (node_modules) probing the machine
// (WSL, fonts, configs) are left alone.
import fs from "node:fs";
import fsPromises from "node:fs/promises";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

// From the file path, not `new URL(..)`: under jsdom the global URL is jsdom's, which Node does not take.
const repository = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const allowed = [
  repository,
  path.resolve(tmpdir()),
  "/tmp",
  "/var/tmp",
  "/dev",
  "/proc",
  "/sys",
  "/usr",
  "/lib",
  "/lib64",
  "/etc",
  path.dirname(path.dirname(process.execPath)),
];
const violations = new Set<string>();

function isInside(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);
}

function pathOf(target: unknown): string | undefined {
  if (typeof target === "string") return target;
  if (target instanceof Object && "href" in target && "protocol" in target) {
    return target.protocol === "file:" ? fileURLToPath(String(target.href)) : undefined;
  }
  if (Buffer.isBuffer(target)) return target.toString("utf8");
  return undefined;
}

/** The first caller outside this file: the project's own code, or a library in node_modules. */
function callerIsLibrary(): boolean {
  const frames = (new Error().stack ?? "").split("\n").slice(1);
  const caller = frames.find((frame) => !frame.includes("no-reads-outside-repo") && /[\\/]/.test(frame));
  return caller === undefined || caller.includes("node_modules");
}

/** Looking at a folder that holds the repository (realpath walks `/`, `/work`, ...) reads nothing outside. */
const metadataOnly = new Set([
  "stat",
  "statSync",
  "lstat",
  "lstatSync",
  "realpath",
  "realpathSync",
  "access",
  "accessSync",
  "exists",
  "existsSync",
]);

function check(operation: string, target: unknown): void {
  const given = pathOf(target);
  if (given === undefined) return;
  const file = path.resolve(given);
  if (allowed.some((folder) => isInside(file, folder)) || callerIsLibrary()) return;
  const name = operation.slice(operation.indexOf(".") + 1);
  if (metadataOnly.has(name) && isInside(repository, file)) return;
  const message = `${operation}("${file}") reaches outside the repository ${repository}: copy what the test needs into the repository as a fixture`;
  violations.add(message);
  throw new Error(message);
}

type Guardable = Record<string, unknown>;
function guard(module: Guardable, names: readonly string[], label: string): void {
  for (const name of names) {
    const original = module[name];
    if (typeof original !== "function") continue;
    const guarded = function (this: unknown, target: unknown, ...rest: unknown[]) {
      check(`${label}${name}`, target);
      return (original as (...args: unknown[]) => unknown).call(this, target, ...rest);
    };
    Object.defineProperty(guarded, "name", { value: name });
    // Keep what hangs off the original (`realpathSync.native`, `promisify.custom`, ...).
    for (const key of Reflect.ownKeys(original)) {
      if (!(key in guarded)) Reflect.set(guarded, key, Reflect.get(original, key));
    }
    module[name] = guarded;
  }
}

const fsNames = [
  "readFileSync",
  "readFile",
  "openSync",
  "open",
  "createReadStream",
  "existsSync",
  "exists",
  "statSync",
  "stat",
  "lstatSync",
  "lstat",
  "readdirSync",
  "readdir",
  "accessSync",
  "access",
  "opendirSync",
  "opendir",
  "realpathSync",
  "realpath",
] as const;
guard(fs as unknown as Guardable, fsNames, "fs.");
guard(
  fsPromises as unknown as Guardable,
  ["readFile", "open", "stat", "lstat", "readdir", "access", "opendir", "realpath"],
  "fs/promises.",
);
syncBuiltinESMExports();

afterAll(() => {
  // A read whose error was caught by the code under test still fails the file.
  if (violations.size > 0) throw new Error([...violations].join("\n"));
});
