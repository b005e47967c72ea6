import { isLocale, type Locale, preferredLocale } from "@journeykit/core";
import { useSyncExternalStore } from "react";

const KEY = "journeykit-workshop:language";
const CHANGE = "journeykit-workshop:language-change";
/** The choice when storage is blocked (private mode): it lasts for this page. */
let memory: Locale | null = null;

/** The browser's languages, most wanted first. */
function browserLanguages(): readonly string[] {
  if (typeof navigator === "undefined") return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}

/**
 * The app's language: the one the person chose (remembered in this browser), else the first of the
 * browser's languages the app speaks (English, Spanish, German, French), else English.
 */
export function readLanguage(): Locale {
  if (memory) return memory;
  try {
    const stored = window.localStorage.getItem(KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage blocked: the browser's language.
  }
  return preferredLocale(browserLanguages());
}

/** Remember the person's language (for this page only when storage is blocked) and tell every screen. */
export function writeLanguage(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
    memory = null;
  } catch {
    memory = locale;
  }
  window.dispatchEvent(new Event(CHANGE));
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGE, onChange);
  window.addEventListener("storage", onChange);
  window.addEventListener("languagechange", onChange);
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener("storage", onChange);
    window.removeEventListener("languagechange", onChange);
  };
}

/** The app's language, following a switch in this tab or another one. */
export function useLanguagePreference(): Locale {
  return useSyncExternalStore(subscribe, readLanguage, () => "en" as const);
}
