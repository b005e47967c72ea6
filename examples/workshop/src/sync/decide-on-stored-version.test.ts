import { describe, expect, it } from "vitest";
import { decideOnStoredVersion } from "./decide-on-stored-version";

const theirs = (number: number) => ({ number, writer: "other-tab" });

describe("decideOnStoredVersion", () => {
  it("does nothing when the stored revision is the one this tab has", () => {
    expect(decideOnStoredVersion({ base: 4, stored: theirs(4), dirty: true, editing: true })).toBe(
      "up-to-date",
    );
  });

  it("reloads quietly when another tab saved and this tab has nothing unsaved", () => {
    expect(decideOnStoredVersion({ base: 4, stored: theirs(5), dirty: false, editing: false })).toBe(
      "reload",
    );
  });

  it("shows a conflict instead of reloading over unsaved edits", () => {
    expect(decideOnStoredVersion({ base: 4, stored: theirs(5), dirty: true, editing: false })).toBe(
      "conflict",
    );
  });

  it("shows a conflict instead of reloading while the person is typing in the editor", () => {
    expect(decideOnStoredVersion({ base: 4, stored: theirs(5), dirty: false, editing: true })).toBe(
      "conflict",
    );
  });

  it("treats an older stored revision (deleted and stored again elsewhere) as a change", () => {
    expect(decideOnStoredVersion({ base: 9, stored: theirs(1), dirty: false, editing: false })).toBe(
      "reload",
    );
    expect(decideOnStoredVersion({ base: 9, stored: theirs(1), dirty: true, editing: false })).toBe(
      "conflict",
    );
  });

  it("stores unsaved edits again when the map was deleted elsewhere, and otherwise leaves it", () => {
    expect(decideOnStoredVersion({ base: 2, stored: undefined, dirty: true, editing: false })).toBe(
      "recreate",
    );
    expect(decideOnStoredVersion({ base: 2, stored: undefined, dirty: false, editing: false })).toBe(
      "up-to-date",
    );
  });
});
