import { useSyncExternalStore } from "react";

/** What the person chose: follow the operating system, or always light or dark. */
export type ThemePreference = "system" | "light" | "dark";

const KEY = "journeykit-workshop:theme";
const CHANGE = "journeykit-workshop:theme-change";
const DARK = "(prefers-color-scheme: dark)";
/** The choice when storage is blocked (private mode): it lasts for this page. */
let memory: ThemePreference | null = null;

/** The stored preference; "system" when none is stored or storage is blocked. */
export function readThemePreference(): ThemePreference {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

/** Store the preference (kept when storage is blocked: this page still switches). */
export function writeThemePreference(preference: ThemePreference): void {
  try {
    if (preference === "system") window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, preference);
    memory = null;
  } catch {
    memory = preference;
  }
  window.dispatchEvent(new Event(CHANGE));
}

const systemQuery = () => (typeof window.matchMedia === "function" ? window.matchMedia(DARK) : null);

function subscribe(onChange: () => void) {
  const query = systemQuery();
  query?.addEventListener("change", onChange);
  window.addEventListener(CHANGE, onChange);
  window.addEventListener("storage", onChange);
  return () => {
    query?.removeEventListener("change", onChange);
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener("storage", onChange);
  };
}

const snapshot = () => `${memory ?? readThemePreference()}|${systemQuery()?.matches ? "dark" : "light"}`;

/** The preference and the theme it gives now ("system" follows the OS live), across tabs too. */
export function useThemePreference(): { preference: ThemePreference; resolved: "light" | "dark" } {
  const [preference, system] = useSyncExternalStore(subscribe, snapshot, () => "system|light").split("|") as [
    ThemePreference,
    "light" | "dark",
  ];
  return { preference, resolved: preference === "system" ? system : preference };
}

/** The next preference of the toggle: system, then light, then dark. */
export function nextThemePreference(preference: ThemePreference): ThemePreference {
  return preference === "system" ? "light" : preference === "light" ? "dark" : "system";
}
