import { describe, expect, it } from "vitest";
import { describeStorageProblem, isQuotaExceeded } from "./storage-problem";

describe("describeStorageProblem", () => {
  it("recognises a full quota from the DOMException's name, whatever its message", () => {
    const error = new DOMException("Transaction failed.", "QuotaExceededError");
    expect(isQuotaExceeded(error)).toBe(true);
    expect(describeStorageProblem(error)).toEqual({
      kind: "quota",
      message: "this browser's storage is full",
    });
  });

  it("recognises Firefox's older quota name and the legacy code 22", () => {
    expect(isQuotaExceeded({ name: "NS_ERROR_DOM_QUOTA_REACHED" })).toBe(true);
    expect(isQuotaExceeded({ name: "Error", code: 22 })).toBe(true);
  });

  it("keeps the browser's message for any other failure, without its full stop", () => {
    const error = new DOMException("The database connection is closing.", "InvalidStateError");
    expect(isQuotaExceeded(error)).toBe(false);
    expect(describeStorageProblem(error)).toEqual({
      kind: "other",
      message: "The database connection is closing",
    });
    expect(describeStorageProblem("disk on fire")).toEqual({ kind: "other", message: "disk on fire" });
    expect(describeStorageProblem(null)).toEqual({ kind: "other", message: "null" });
  });
});
