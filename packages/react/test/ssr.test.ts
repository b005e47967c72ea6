// @vitest-environment node
import { describe, expect, inject, it } from "vitest";

describe("server-side import", () => {
  it("imports the package without touching window or document", async () => {
    expect(typeof window).toBe("undefined");
    const module = await import("../src/index.js");
    expect(module.JourneyMapEditor.displayName).toBe("JourneyMapEditor");
    expect(typeof module.createJourneyMapStore).toBe("function");
    expect(typeof window).toBe("undefined");
    expect(typeof document).toBe("undefined");
    const { version } = await import("react");
    expect(version.startsWith(inject("reactVersion"))).toBe(true);
  });
});
