import { describe, expect, it, vi } from "vitest";
import { promptBeforeUnload } from "./prompt-before-unload";

const unload = () => {
  const event = new Event("beforeunload", { cancelable: true }) as BeforeUnloadEvent;
  window.dispatchEvent(event);
  return event;
};

describe("promptBeforeUnload", () => {
  it("asks before closing while there is unsaved work, and starts a last save", () => {
    let unsaved = true;
    const leaving = vi.fn();
    const stop = promptBeforeUnload(() => unsaved, leaving);
    expect(unload().defaultPrevented).toBe(true);
    unsaved = false;
    expect(unload().defaultPrevented).toBe(false);
    expect(leaving).toHaveBeenCalledTimes(2);
    stop();
  });

  it("asks no more once stopped", () => {
    const stop = promptBeforeUnload(() => true);
    stop();
    expect(unload().defaultPrevented).toBe(false);
  });
});
