import { it } from "vitest";
import { redactPii } from "../src/privacy/redact-pii";

const RUNS = 5;
const median = (runs: number[]) => [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * One comment of `bytes` characters, the mix that made pattern-based redaction quadratic: words, digits,
 * dots, @ signs, pieces of addresses and links glued together, with a real e-mail, link, card and phone
 * every few hundred characters.
 */
function adversarialComment(bytes: number): string {
  let seed = 11;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pieces = [
    ...["the", "wait", "was", "long", "a.b", "x@y", "@", "..", "12", "3.4.5", "www", "9@9.9", "4111"],
    ...["+44", "co.uk", "@@", "1-2-3", "mail.", "a@b.c", "7", "8.", "90", "(1)", "-5", "1.2.3.4.5.6"],
    ...[
      "jo@example.consulting",
      "www.example.org/a",
      "4111\u00a01111\u00a01111\u00a01111",
      "+33 6 12 34 56 78",
    ],
  ];
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const piece = pieces[Math.floor(next() * pieces.length)]!;
    const separator = next() < 0.3 ? "" : next() < 0.5 ? " " : ".";
    parts.push(piece + separator);
    length += piece.length + separator.length;
  }
  return parts.join("").slice(0, bytes);
}

it("redacts a 1 MB adversarial comment beside a one-regex pass over the same text", () => {
  const lines = [`redaction bench: one comment per size, ${RUNS} runs, Node ${process.version}`];
  for (const bytes of [10_000, 100_000, 1_000_000]) {
    const text = adversarialComment(bytes);
    const baseline: number[] = [];
    const redact: number[] = [];
    let found = 0;
    for (let run = 0; run < RUNS; run++) {
      // Baseline: the cheapest pass that reads every character and writes a new string.
      let start = performance.now();
      const masked = text.replace(/\d/g, "#");
      baseline.push(performance.now() - start);
      if (masked.length !== text.length) throw new Error("baseline changed the length");
      start = performance.now();
      const out = redactPii(text);
      redact.push(performance.now() - start);
      found = out.split(/\[(?:email|link|card number|phone)\]/).length - 1;
    }
    const line = (name: string, runs: number[]) =>
      `  ${name.padEnd(34)} min ${ms(Math.min(...runs))}  median ${ms(median(runs))}  max ${ms(Math.max(...runs))}`;
    lines.push(
      `${(bytes / 1000).toLocaleString("en")} kB (${found.toLocaleString("en")} redactions):`,
      line('text.replace(/\\d/g, "#") (baseline)', baseline),
      line("redactPii", redact),
      `  ratio run by run, redactPii / baseline: ${redact.map((r, i) => (r / baseline[i]!).toFixed(1)).join(", ")}`,
    );
  }
  console.log(lines.join("\n"));
});
