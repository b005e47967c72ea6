import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflatePieces } from "../../test/crafted-zip.js";
import { measureInflatedSize } from "./inflated-size.js";

describe("measureInflatedSize: counting a DEFLATE stream's bytes without keeping them", () => {
  it("counts a whole stream under the cap", async () => {
    const data = Uint8Array.from(deflateRawSync(Buffer.from("rating,comment\n".repeat(10_000))));
    expect(await measureInflatedSize(data, 1_000_000)).toEqual({ bytes: 150_000, overCap: false });
  });

  it("stops soon after the cap on a 1 GB stream of 1 MB", async () => {
    const mb = new Uint8Array(1024 * 1024).fill(0x61);
    const bomb = deflatePieces([{ repeat: mb, times: 1024 }]);
    const measured = await measureInflatedSize(bomb, 2 * 1024 * 1024);
    expect(measured.overCap).toBe(true);
    expect(measured.bytes).toBeLessThan(4 * 1024 * 1024);
  });

  it("should reject data that is not a complete DEFLATE stream", async () => {
    const data = Uint8Array.from(deflateRawSync(Buffer.from("x".repeat(1000) + Math.random())));
    await expect(measureInflatedSize(data.subarray(0, data.length - 3), 1e9)).rejects.toThrow();
  });
});
