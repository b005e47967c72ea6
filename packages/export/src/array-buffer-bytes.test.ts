import { getTemplate, type JourneyMap } from "@journeykit/core";
import { describe, expect, expectTypeOf, it } from "vitest";
import { arrayBufferBytes } from "./array-buffer-bytes.js";
import { toPdf } from "./pdf/to-pdf.js";
import { embedMapInPng } from "./png/png-metadata.js";
import { toPptx } from "./pptx/to-pptx.js";

const map: JourneyMap = getTemplate("gym-onboarding")!.create();

// Each line below is also a type test: `pnpm typecheck` fails when a byte output is a bare
// `Uint8Array` (`Uint8Array<ArrayBufferLike>`), which `Blob` and `Response` refuse under TypeScript 5.7+.
describe("byte outputs go straight into the platform's Blob and Response", () => {
  it("toPptx: new Blob([bytes]) holds the deck", async () => {
    const bytes = await toPptx(map);
    expectTypeOf(bytes).toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    const blob = new Blob([bytes], {
      type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    });
    expect(blob.size).toBe(bytes.length);
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it("toPdf: new Response(bytes) serves the PDF", async () => {
    const bytes = await toPdf(map);
    expectTypeOf(bytes).toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    const response = new Response(bytes, { headers: { "content-type": "application/pdf" } });
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });

  it("embedMapInPng: new Blob([bytes]) is the PNG with the map", () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60,
      0x82,
    ]);
    const bytes = embedMapInPng(png, map);
    expectTypeOf(bytes).toEqualTypeOf<Uint8Array<ArrayBuffer>>();
    expect(new Blob([bytes], { type: "image/png" }).size).toBe(bytes.length);
  });
});

describe("arrayBufferBytes", () => {
  it("keeps an ArrayBuffer-backed array as it is (no copy)", () => {
    const bytes = Uint8Array.of(1, 2, 3);
    expect(arrayBufferBytes(bytes)).toBe(bytes);
  });

  it("copies a view on a SharedArrayBuffer into an ArrayBuffer of its own", () => {
    const shared = new Uint8Array(new SharedArrayBuffer(4), 1, 2);
    shared.set([7, 9]);
    const own = arrayBufferBytes(shared);
    expect(own.buffer).toBeInstanceOf(ArrayBuffer);
    expect([...own]).toEqual([7, 9]);
  });
});
