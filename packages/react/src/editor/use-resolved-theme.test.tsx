import { createJourneyMap } from "@journeykit/core";
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { JourneyMapEditor } from "./JourneyMapEditor.js";

/** A matchMedia whose `prefers-color-scheme: dark` answer the test flips. */
function fakeColorScheme(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    media: "(prefers-color-scheme: dark)",
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal(
    "matchMedia",
    vi.fn(() => query),
  );
  return {
    set(next: boolean) {
      dark = next;
      for (const listener of listeners) listener();
    },
    listeners,
  };
}
afterEach(() => vi.unstubAllGlobals());

const root = () => screen.getByRole("region", { name: "Journey map editor" });

describe('theme="system"', () => {
  it("follows prefers-color-scheme, live, and stops listening when the editor goes", () => {
    const scheme = fakeColorScheme(true);
    const { unmount } = render(<JourneyMapEditor defaultValue={createJourneyMap()} theme="system" />);
    expect(root().classList.contains("jk-theme-dark")).toBe(true);
    act(() => scheme.set(false));
    expect(root().classList.contains("jk-theme-dark")).toBe(false);
    act(() => scheme.set(true));
    expect(root().classList.contains("jk-theme-dark")).toBe(true);
    unmount();
    expect(scheme.listeners.size).toBe(0);
  });

  it('"light" and "dark" ignore the system', () => {
    fakeColorScheme(true);
    const { rerender } = render(<JourneyMapEditor defaultValue={createJourneyMap()} theme="light" />);
    expect(root().classList.contains("jk-theme-dark")).toBe(false);
    rerender(<JourneyMapEditor defaultValue={createJourneyMap()} theme="dark" />);
    expect(root().classList.contains("jk-theme-dark")).toBe(true);
  });

  it("is light where matchMedia does not exist", () => {
    vi.stubGlobal("matchMedia", undefined);
    render(<JourneyMapEditor defaultValue={createJourneyMap()} theme="system" />);
    expect(root().classList.contains("jk-theme-dark")).toBe(false);
  });
});
