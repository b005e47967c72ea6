import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThemeToggle } from "./ThemeToggle";
import { useThemePreference } from "./theme-preference";

let systemDark = false;
const listeners = new Set<() => void>();
beforeEach(() => {
  window.localStorage.clear();
  systemDark = false;
  vi.stubGlobal(
    "matchMedia",
    vi.fn(() => ({
      get matches() {
        return systemDark;
      },
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
    })),
  );
});
afterEach(() => vi.unstubAllGlobals());

function Shown() {
  const { preference, resolved } = useThemePreference();
  return (
    <>
      <ThemeToggle preference={preference} />
      <output aria-label="theme">{resolved}</output>
    </>
  );
}
const shown = () => screen.getByRole("status", { name: "theme" }).textContent;
const toggle = () => screen.getByRole("button", { name: /^Colour theme/ });

describe("the workshop's theme button", () => {
  it("follows the system by default, live", () => {
    render(<Shown />);
    expect(toggle().getAttribute("aria-label")).toBe("Colour theme: System. Switch to Light");
    expect(shown()).toBe("light");
    act(() => {
      systemDark = true;
      for (const listener of listeners) listener();
    });
    expect(shown()).toBe("dark");
  });

  it("steps through light, dark and system, and remembers the choice", () => {
    systemDark = true;
    const { unmount } = render(<Shown />);
    fireEvent.click(toggle());
    expect(shown()).toBe("light");
    fireEvent.click(toggle());
    expect(shown()).toBe("dark");
    expect(window.localStorage.getItem("journeykit-workshop:theme")).toBe("dark");
    unmount();
    render(<Shown />);
    expect(toggle().getAttribute("aria-label")).toBe("Colour theme: Dark. Switch to System");
    fireEvent.click(toggle());
    expect(window.localStorage.getItem("journeykit-workshop:theme")).toBeNull();
    expect(shown()).toBe("dark");
  });
});
