import { chmod, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { writeAtomic } from "./write-atomic.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "journeykit-write-"));
});
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe("writeAtomic", () => {
  it("keeps the mode of the file it replaces (0600 stays 0600)", async () => {
    const path = join(dir, "private.json");
    await writeFile(path, "old");
    await chmod(path, 0o600);
    await writeAtomic(path, "new");
    expect(await readFile(path, "utf8")).toBe("new");
    expect(await modeOf(path)).toBe(0o600);
    await chmod(path, 0o640);
    await writeAtomic(path, "newer");
    expect(await modeOf(path)).toBe(0o640);
  });

  it("refuses a read-only file, leaving it untouched and no temporary file behind", async () => {
    const path = join(dir, "locked.png");
    await writeFile(path, "keep me");
    await chmod(path, 0o444);
    await expect(writeAtomic(path, "overwrite")).rejects.toThrow(
      `cannot write ${path}: the file is read-only (left untouched)`,
    );
    expect(await readFile(path, "utf8")).toBe("keep me");
    expect(await modeOf(path)).toBe(0o444);
    expect(await readdir(dir)).toEqual(["locked.png"]);
  });

  it("creates a new file with the usual mode, and refuses a folder", async () => {
    const path = join(dir, "new.svg");
    await writeAtomic(path, "<svg/>");
    expect(await modeOf(path)).toBe(0o666 & ~process.umask());
    await expect(writeAtomic(dir, "x")).rejects.toThrow(`cannot write ${dir}: it is a folder`);
  });
});
