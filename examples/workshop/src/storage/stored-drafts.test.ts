import type { Draft } from "@journeykit/react";
import { describe, expect, it } from "vitest";
import { readStoredDrafts } from "./stored-drafts";

const draft: Draft = {
  target: { kind: "card", id: "c1" },
  field: "text",
  place: "canvas",
  base: "",
  text: "Waits 20 minutes",
};

describe("reading stored drafts", () => {
  it("reads back what was stored", () => {
    expect(readStoredDrafts(structuredClone([draft]))).toEqual([draft]);
  });

  it("leaves out what is not a draft, and reads nothing from a value that is no list", () => {
    expect(
      readStoredDrafts([
        draft,
        { ...draft, place: "toolbar" },
        { ...draft, target: { kind: "card" } },
        { ...draft, text: 3 },
        null,
      ]),
    ).toEqual([draft]);
    expect(readStoredDrafts(undefined)).toEqual([]);
    expect(readStoredDrafts({ drafts: [draft] })).toEqual([]);
  });
});
