import { useState, useSyncExternalStore } from "react";

/**
 * A phone: a narrow screen, or a touch screen that is short (a phone turned sideways is some 850 px
 * wide but under 500 px tall; a tablet is neither, and keeps the full map).
 */
export const PHONE_QUERY = "(max-width: 600px), (pointer: coarse) and (max-height: 500px)";

const query = () => (typeof window.matchMedia === "function" ? window.matchMedia(PHONE_QUERY) : null);

function subscribe(onChange: () => void) {
  const list = query();
  list?.addEventListener("change", onChange);
  return () => list?.removeEventListener("change", onChange);
}

const onAPhone = () => query()?.matches === true;

/** Whether a participant sees the phone view, and their switch between it and the full map. */
export interface PhoneView {
  /** The screen is a phone's: the phone view is offered (and shown unless they chose the full map). */
  available: boolean;
  shown: boolean;
  showPhone(): void;
  showMap(): void;
}

/**
 * A participant on a phone gets the phone view; they can switch to the full map and back (the choice
 * lasts while the page is open). `enabled` false (the facilitator, who runs the room from the full
 * editor) never shows it.
 */
export function usePhoneView(enabled: boolean): PhoneView {
  const phone = useSyncExternalStore(subscribe, onAPhone, () => false);
  const [choice, setChoice] = useState<"phone" | "map" | null>(null);
  const available = enabled && phone;
  return {
    available,
    shown: enabled && (choice === null ? phone : choice === "phone"),
    showPhone: () => setChoice("phone"),
    showMap: () => setChoice("map"),
  };
}
