// A deterministic SurveyMonkey-like export for the import bench: 100,000 responses, overall NPS, a
// satisfaction question per stage, the stage named, a visitor type and a free-text comment (~20 MB).
const OPENINGS = [
  "Honestly",
  "Overall",
  "To be fair",
  "This time",
  "As a regular",
  "On our anniversary",
  "With the kids",
  "After a long day",
];
const BODIES = [
  "the waiter was friendly and quick, and the wine list was great",
  "my soup arrived cold and we waited twenty minutes for someone to notice",
  "the card terminal did not work so paying took far too long",
  "booking through the app was easy and the table was ready on time",
  "the main course was delicious but the dessert was disappointing",
  "the music was too loud and the staff seemed stressed and rude",
  "nothing special, food was fine, service was ok, prices a bit high",
  "we loved the atmosphere and will definitely come back with friends",
];
const CLOSINGS = [
  "Thanks to the team.",
  "Please fix the heating near the door, it was freezing all evening.",
  "Not sure we will be back.",
  "Keep it up!",
  "The manager apologised, which we appreciated, but it should not happen.",
];
const STAGES = ["Book", "Order", "Eat", "Pay"];

/** Column headers (one header row; dates in Google Forms' US style). */
export const HEADERS = [
  "Timestamp",
  "How likely are you to recommend us to a friend or colleague?",
  "How satisfied were you with ordering?",
  "How satisfied were you with paying?",
  "Which part of your visit stood out?",
  "Which visitor are you?",
  "Anything else you want to tell us?",
];

const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

const DISHES = [
  "risotto",
  "steak",
  "salmon",
  "curry",
  "pasta",
  "burger",
  "soup",
  "salad",
  "tart",
  "gnocchi",
  "ramen",
  "tacos",
];
const DETAILS = [
  (n: number, dish: string) => `the ${dish} took ${n} minutes`,
  (n: number, dish: string) => `we were a table of ${1 + (n % 9)} and the ${dish} was the highlight`,
  (n: number, dish: string) => `paid ${n} euros for the ${dish}, which felt steep`,
  (n: number, dish: string) => `our ${dish} came after ${n} minutes, lukewarm`,
  (n: number, dish: string) => `table ${n} by the window, ${dish} spot on`,
];

/**
 * The CSV text of `rows` responses. The comments are drawn from 2,560 sentences, as exports repeat
 * themselves; with `distinct`, each also carries a detail of its own (a dish, a number of minutes or
 * euros), so nearly every comment is different, as in a survey whose customers write freely.
 */
export function surveyExport(rows: number, { distinct = false }: { distinct?: boolean } = {}): string {
  const lines = [HEADERS.map(quote).join(",")];
  // mulberry32: a small seeded generator whose low bits are as random as its high ones.
  let seed = 42;
  const next = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
  for (let i = 0; i < rows; i++) {
    const pay = 1 + next(5);
    const nps = Math.max(0, Math.min(10, pay * 2 + next(3) - 1));
    const day = 1 + (i % 28);
    const month = 1 + (Math.floor(i / 28) % 6);
    const detail = distinct
      ? ` Also ${DETAILS[next(DETAILS.length)]!(5 + next(120), DISHES[next(DISHES.length)]!)}.`
      : "";
    const comment = `${OPENINGS[next(OPENINGS.length)]}, ${BODIES[next(BODIES.length)]}, and ${BODIES[next(BODIES.length)]}.${detail} ${CLOSINGS[next(CLOSINGS.length)]}`;
    lines.push(
      [
        `${month}/${day}/2026 19:${String(i % 60).padStart(2, "0")}:00`,
        String(nps),
        String(1 + next(5)),
        String(pay),
        STAGES[next(STAGES.length)]!,
        next(3) === 0 ? "Tourist" : "Regular",
        comment,
      ]
        .map(quote)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
