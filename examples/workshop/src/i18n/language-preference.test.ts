import { afterEach, describe, expect, it, vi } from "vitest";
import { readLanguage, writeLanguage } from "./language-preference";

const KEY = "journeykit-workshop:language";

function browserSpeaks(...languages: string[]) {
  vi.spyOn(navigator, "languages", "get").mockReturnValue(languages);
}

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe("the app's language", () => {
  it("is the browser's first language the app speaks, else English", () => {
    browserSpeaks("pt-BR", "de-AT", "en");
    expect(readLanguage()).toBe("de");
    browserSpeaks("ja", "pt");
    expect(readLanguage()).toBe("en");
  });

  it("is the one the person chose, remembered over the browser's", () => {
    browserSpeaks("de-DE");
    const heard = vi.fn();
    window.addEventListener("journeykit-workshop:language-change", heard);
    writeLanguage("fr");
    window.removeEventListener("journeykit-workshop:language-change", heard);
    expect(window.localStorage.getItem(KEY)).toBe("fr");
    expect(readLanguage()).toBe("fr");
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("ignores a stored value that is no language the app speaks", () => {
    browserSpeaks("es-MX");
    window.localStorage.setItem(KEY, "klingon");
    expect(readLanguage()).toBe("es");
  });
});
