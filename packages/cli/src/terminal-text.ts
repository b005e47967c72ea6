/**
 * Characters a terminal or a CI log would act on instead of showing: C0 controls (ESC starts escape
 * sequences, CR and LF start a new line, so a name could fake an "ok" line or a `::error::` workflow
 * command), DEL, C1 controls (U+009B is a one-byte CSI), the Unicode line and paragraph separators,
 * and the bidirectional overrides and isolates that reorder what is shown ("Trojan Source").
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Text as one inert line for a terminal or a CI log: every unsafe character (see above) becomes a
 * visible escape (`\n`, `\r`, `\t`, `\x1b`, `\u2028`, `\u202e`), everything else is kept as it is
 * (backslashes too, so Windows paths read normally). Every message the CLI prints goes through it,
 * so a file name, id or title from a document stays on its line and cannot drive the terminal.
 *
 * @example
 * terminalLine("map\n::error::x\u001b[2J"); // "map\\n::error::x\\x1b[2J"
 */
export function terminalLine(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const named = NAMED[char];
    if (named) return named;
    const code = char.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}
