/**
 * Recipes for the hostile inputs too big to commit (see README.md in this folder): each is a pure
 * function of its size, used by the unit tests (at sizes that were clearly slow before the fix) and
 * by the benchmarks (at 100,000).
 */

/** A cards CSV of `n` rows with ids, as `toCsv` writes it: 20 stages, 5 lanes, 3 personas. */
export function cardsCsv(n: number): string {
  const kinds = ["actions", "thoughts", "painPoints", "opportunities", "notes"];
  const lines = ["id,stage,lane,laneKind,text,persona,touchpoint,severity,impact,effort,votes,evidence,tags"];
  for (let i = 0; i < n; i++) {
    const k = i % 5;
    lines.push(
      `card_${i},Stage ${i % 20},Lane ${k},${kinds[k]},"Card ${i}, with a comma",Persona ${i % 3},,${(i % 5) + 1},,,${i % 7},observed,a; b`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** A Markdown file with a journey of `n` tasks in 20 sections and 3 actors, its fence `closed` or not. */
export function mermaidTasks(n: number, closed = true): string {
  const lines = ["# Map", "", "```mermaid", "journey", "  title Bench"];
  for (let i = 0; i < n; i++) {
    if (i % Math.ceil(n / 20) === 0) lines.push(`  section Stage ${i}`);
    lines.push(`    Task ${i}: ${(i % 5) + 1}: Ana, Ben${i % 3 === 0 ? ", Cem" : ""}`);
  }
  if (closed) lines.push("```");
  return lines.join("\n");
}

/** `n` unclosed ```` ```mermaid ```` fences, each followed by a `journey` line (quadratic before). */
export const unclosedFences = (n: number) => "```mermaid\njourney\n".repeat(n);

/** One task line repeated `n` times for the same actor: `n` cards of the same text in one section. */
export const repeatedTask = (n: number) =>
  `journey\n  section Wait\n${"    Wait in line: 2: Me\n".repeat(n)}`;
