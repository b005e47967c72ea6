import { render } from "@testing-library/react";
import { useEffect, useState, version } from "react";
import { version as domVersion } from "react-dom";
import { describe, expect, inject, it } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The React version this project runs against ("19" or "18.3"), set in its vitest config. */
    reactVersion: string;
  }
}

/** Hooks and an effect: throws "Invalid hook call" when react-dom and react are different copies. */
function Probe() {
  const [n, setN] = useState(0);
  useEffect(() => setN(1), []);
  return <output>{n}</output>;
}

describe("React under test", () => {
  it("is the version this project pins (the alias did not silently fall back)", () => {
    expect(version.startsWith(inject("reactVersion"))).toBe(true);
    expect(domVersion).toBe(version);
  });

  it("is one copy: hooks rendered by react-dom run on the same React", async () => {
    const { findByText } = render(<Probe />);
    expect(await findByText("1")).toBeTruthy();
  });
});
