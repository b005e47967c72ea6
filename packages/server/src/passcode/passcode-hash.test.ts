import { describe, expect, it } from "vitest";
import { generatePasscode, hashPasscode, verifyPasscode } from "./passcode-hash.js";

describe("facilitator passcode hashing", () => {
  it("keeps a scrypt hash with its own salt, never the passcode", async () => {
    const record = await hashPasscode("blue-otter-42");
    expect(record.kdf).toBe("scrypt");
    expect(record.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(JSON.stringify(record)).not.toContain("blue-otter-42");
    expect(Buffer.from(record.hash, "base64")).toHaveLength(32);
    const again = await hashPasscode("blue-otter-42");
    expect(again.salt).not.toBe(record.salt);
    expect(again.hash).not.toBe(record.hash);
  });

  it("accepts the passcode (spaces around it ignored) and refuses anything else", async () => {
    const record = await hashPasscode("blue-otter-42");
    await expect(verifyPasscode(record, "blue-otter-42")).resolves.toBe(true);
    await expect(verifyPasscode(record, "  blue-otter-42\n")).resolves.toBe(true);
    await expect(verifyPasscode(record, "blue-otter-43")).resolves.toBe(false);
    await expect(verifyPasscode(record, "")).resolves.toBe(false);
    await expect(verifyPasscode(record, "x".repeat(5000))).resolves.toBe(false);
  });

  it("refuses a passcode shorter than 8 characters", async () => {
    await expect(hashPasscode("short")).rejects.toThrow("at least 8 characters");
  });

  it("generates three groups of four unambiguous characters, different each time", () => {
    const made = new Set(Array.from({ length: 50 }, generatePasscode));
    expect(made.size).toBe(50);
    for (const passcode of made) expect(passcode).toMatch(/^[a-hjkmnp-z2-9]{4}(-[a-hjkmnp-z2-9]{4}){2}$/);
  });
});
