/** The languages whose month and weekday names a date cell may use (those of the labelled answers). */
const DATE_LANGUAGES = ["en", "es", "de", "fr", "pt", "it", "nl"] as const;

/** Lower case, accents off, dots off: "Févr." → "fevr", "März" → "marz". */
const foldWord = (word: string) =>
  word
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/\./g, "")
    .toLowerCase();

/** Month number of every month name and abbreviation in `DATE_LANGUAGES` (from Intl), folded. */
const MONTHS = new Map<string, number>();
/** Weekday names and abbreviations, and the little words around a written date ("de", "the", "of"). */
const FILLERS = new Set([
  "de",
  "del",
  "of",
  "the",
  "den",
  "der",
  "le",
  "el",
  "il",
  "at",
  "um",
  "a",
  "o",
  "em",
  "om",
]);
for (const language of DATE_LANGUAGES) {
  for (const month of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat(language, { month, timeZone: "UTC" });
    for (let m = 0; m < 12; m++) MONTHS.set(foldWord(format.format(Date.UTC(2026, m, 15))), m + 1);
  }
  for (const weekday of ["long", "short"] as const) {
    const format = new Intl.DateTimeFormat(language, { weekday, timeZone: "UTC" });
    // 2026-03-02 is a Monday: seven days from it name every weekday.
    for (let d = 0; d < 7; d++) FILLERS.add(foldWord(format.format(Date.UTC(2026, 2, 2 + d))));
  }
}
// Abbreviations exports use that Intl does not give in every runtime.
for (const [name, month] of [
  ["sept", 9],
  ["sep", 9],
  ["mrz", 3],
  ["maerz", 3],
  ["okt", 10],
  ["dez", 12],
] as const)
  if (!MONTHS.has(name)) MONTHS.set(name, month);

/** Everything before the time of day ("…, 9:23 AM", "…T09:23", "… 19:04:11"). */
const BEFORE_TIME = /^(.*?)(?:[T\s,]+\d{1,2}[:h]\d{2}.*)?$/su;

/**
 * A date written with its month's name, in English, Spanish, German, French, Portuguese, Italian or
 * Dutch, with or without the weekday and time: "March 2, 2026", "2 Mar 2026", "Monday, 2 March 2026
 * 9:23 AM", "2 de marzo de 2026", "2. März 2026", "2 févr. 2026", "Mon, 02 Mar 2026 09:23:00 +0000".
 * The cell holds nothing else (a comment mentioning a date is not a date): one month name, a day
 * (1-31), a four-digit year and at most weekday names and the small words of a date ("de", "the").
 * `[year, month, day]`, or undefined.
 *
 * @example
 * namedMonthDate("2 de marzo de 2026 9:23"); // [2026, 3, 2]
 * namedMonthDate("We came on 2 March 2026 and waited"); // undefined
 */
export function namedMonthDate(cell: string): [number, number, number] | undefined {
  if (cell.length > 60) return undefined;
  const date = BEFORE_TIME.exec(cell.trim())?.[1] ?? "";
  const tokens = date.match(/\p{L}+\.?|\d+(?:st|nd|rd|th|º|ª|er)?\.?/gu);
  if (!tokens || tokens.length > 6) return undefined;
  let month: number | undefined;
  let year: number | undefined;
  let day: number | undefined;
  for (const token of tokens) {
    const digits = /^\d+/.exec(token)?.[0];
    if (digits !== undefined) {
      if (digits.length === 4 && year === undefined) year = Number(digits);
      else if (digits.length <= 2 && day === undefined) day = Number(digits);
      else return undefined;
      continue;
    }
    const word = foldWord(token);
    const named = MONTHS.get(word);
    if (named !== undefined && month === undefined) month = named;
    else if (!FILLERS.has(word)) return undefined;
  }
  if (month === undefined || year === undefined || day === undefined || day < 1 || day > 31) return undefined;
  return [year, month, day];
}
