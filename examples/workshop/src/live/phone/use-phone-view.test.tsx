import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PHONE_QUERY, usePhoneView } from "./use-phone-view";

/** A screen whose media query the test answers, and turns (a phone rotated, a window resized). */
function screenThat(matches: boolean) {
  const listeners = new Set<() => void>();
  const list = {
    get matches() {
      return matches;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  const matchMedia = vi.fn((query: string) => {
    expect(query).toBe(PHONE_QUERY);
    return list;
  });
  vi.stubGlobal("matchMedia", matchMedia);
  return {
    change(next: boolean) {
      matches = next;
      act(() => {
        for (const listener of listeners) listener();
      });
    },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe("usePhoneView", () => {
  it("shows a participant's phone the phone view, and switches to the full map and back", () => {
    screenThat(true);
    const { result } = renderHook(() => usePhoneView(true));
    expect(result.current).toMatchObject({ available: true, shown: true });
    act(() => result.current.showMap());
    expect(result.current).toMatchObject({ available: true, shown: false });
    act(() => result.current.showPhone());
    expect(result.current.shown).toBe(true);
  });

  it("keeps the full map on a computer, and follows the screen while nobody chose", () => {
    const screen = screenThat(false);
    const { result } = renderHook(() => usePhoneView(true));
    expect(result.current).toMatchObject({ available: false, shown: false });
    screen.change(true);
    expect(result.current).toMatchObject({ available: true, shown: true });
  });

  it("never shows it to the facilitator, and not where there is no matchMedia", () => {
    screenThat(true);
    expect(renderHook(() => usePhoneView(false)).result.current).toMatchObject({
      available: false,
      shown: false,
    });
    vi.unstubAllGlobals();
    vi.stubGlobal("matchMedia", undefined);
    expect(renderHook(() => usePhoneView(true)).result.current.shown).toBe(false);
  });
});
