import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensurePasscode, PASSCODE_FILE, readPasscode, writePasscode } from "./passcode-file.js";
import { verifyPasscode } from "./passcode-hash.js";

const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "jk-passcode-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the passcode file in the data folder", () => {
  it("is made on first start (the passcode returned to print once), then kept", async () => {
    const dir = folder();
    const first = await ensurePasscode(dir);
    expect(first.created).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    const text = readFileSync(join(dir, PASSCODE_FILE), "utf8");
    expect(text).not.toContain(first.created!);
    expect(statSync(join(dir, PASSCODE_FILE)).mode & 0o077).toBe(0);
    await expect(verifyPasscode(readPasscode(dir)!, first.created!)).resolves.toBe(true);
    expect((await ensurePasscode(dir)).created).toBeNull();
    expect(readFileSync(join(dir, PASSCODE_FILE), "utf8")).toBe(text);
  });

  it("takes JOURNEYKIT_PASSCODE when given, replacing the kept one, and prints nothing", async () => {
    const dir = folder();
    await ensurePasscode(dir);
    expect((await ensurePasscode(dir, "our-workshop-2026")).created).toBeNull();
    await expect(verifyPasscode(readPasscode(dir)!, "our-workshop-2026")).resolves.toBe(true);
    const kept = readFileSync(join(dir, PASSCODE_FILE), "utf8");
    await ensurePasscode(dir, "our-workshop-2026");
    expect(readFileSync(join(dir, PASSCODE_FILE), "utf8")).toBe(kept);
  });

  it("changes: the old passcode no longer opens", async () => {
    const dir = folder();
    await writePasscode(dir, "first-passcode");
    await writePasscode(dir, "second-passcode");
    await expect(verifyPasscode(readPasscode(dir)!, "first-passcode")).resolves.toBe(false);
    await expect(verifyPasscode(readPasscode(dir)!, "second-passcode")).resolves.toBe(true);
  });

  it("refuses to start on a broken passcode file instead of running without one", () => {
    const dir = folder();
    writeFileSync(join(dir, PASSCODE_FILE), "{ not json");
    expect(() => readPasscode(dir)).toThrow("not readable JSON");
    writeFileSync(join(dir, PASSCODE_FILE), '{"kdf":"plain","passcode":"x"}');
    expect(() => readPasscode(dir)).toThrow("does not hold a passcode hash");
  });
});
