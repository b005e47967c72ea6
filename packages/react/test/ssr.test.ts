// @vitest-environment node
import { describe, expect, it } from "vitest";

describe("server-side import", () => {
  it("imports the package without touching window or document", async () => {
    expect(typeof window).toBe("undefined");
    const module = await import("../src/index");
    expect(typeof module.JourneyMapEditor).toBe("function");
    expect(typeof module.createJourneyMapStore).toBe("function");
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
  });
});
