import { describe, expect, it } from "vitest";
import { terminalLine } from "./terminal-text.js";

describe("terminalLine", () => {
  it("makes every control, separator and bidi character a visible escape", () => {
    expect(terminalLine("a\nb\rc\td\u0000e\u001b[2Jf\u007fg\u009b31mh")).toBe(
      "a\\nb\\rc\\td\\x00e\\x1b[2Jf\\x7fg\\x9b31mh",
    );
    expect(terminalLine("x\u2028y\u2029z\u202egnp.exe\u2066\u2069\u200e\u200f\u061c")).toBe(
      "x\\u2028y\\u2029z\\u202egnp.exe\\u2066\\u2069\\u200e\\u200f\\u061c",
    );
    for (let code = 0; code < 0x110000; code += code < 0x3000 ? 1 : 97) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const line = terminalLine(`>${String.fromCodePoint(code)}<`);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it("keeps everything else as it is: accents, emoji, backslashes of Windows paths", () => {
    for (const text of ["Café ☕ 東京 👩🏽‍💻", "C:\\maps\\trial.json", "", "ok: 5 stages"])
      expect(terminalLine(text)).toBe(text);
  });
});
