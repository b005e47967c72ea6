import type { ExportShape } from "./evidence-table.js";

/** The header of a table: one name per column, how many file rows it took, and the export it came from. */
export interface HeaderShape {
  shape: ExportShape;
  headerRows: number;
  headers: string[];
}

const normal = (cell: string | undefined) => (cell ?? "").trim().toLowerCase();

/** SurveyMonkey's second header row names the answer kind under each question. */
const SURVEYMONKEY_SUBHEADERS = new Set(["response", "open-ended response", "other (please specify)"]);
const GOOGLE_FORMS_FIRST = new Set([
  "timestamp",
  "marca temporal",
  "zeitstempel",
  "horodateur",
  "carimbo de data/hora",
]);
const TYPEFORM_MARKERS = [
  "submit date (utc)",
  "start date (utc)",
  "network id",
  "response type",
  "stage date (utc)",
];
/** Qualtrics' ids of columns computed from a question: `Q1_NPS_GROUP`, `Q2_DO`, `Q4_5_TEXT`, `Q3_TEXT - Sentiment`. */
const QUALTRICS_DERIVED_ID = /_NPS_GROUP$|_DO$|_\d+_TEXT$|_TEXT\s*-\s*\S|_RECODE$/i;
const REVIEW_RATING =
  /^(rating|stars?|score|review rating|overall rating|bewertung|sterne|puntuaci[oó]n|note)$/;
const REVIEW_TEXT = /(review|text|comment|body|content|kommentar|rese[nñ]a|avis)/;

/**
 * Recognise the header rows of the exports people actually have:
 * - Qualtrics: three header rows (question ids, question text, `{"ImportId":...}`): headers are the
 *   question text; a column computed from a question, or repeating another's text, keeps its id beside
 *   it: "How likely…? (Q1_NPS_GROUP)".
 * - SurveyMonkey: two header rows (question, then "Response" / "Open-Ended Response" / an option per
 *   column under a question spanning several): a blank question cell continues the one before it.
 * - Google Forms (first column "Timestamp"), Typeform ("Submit Date (UTC)", "Network ID"), review
 *   exports (a rating column and a text column): one header row.
 */
export function detectHeaderShape(rows: readonly (readonly string[])[]): HeaderShape {
  const first = rows[0] ?? [];
  const second = rows[1] ?? [];
  const third = rows[2] ?? [];
  if (third.some((cell) => cell.trim().startsWith('{"ImportId"'))) {
    const texts = first.map((id, i) => (second[i]?.trim() ? second[i]!.trim() : id.trim()));
    // A column computed from a question (its NPS group, Text iQ sentiment, display order, "Other"
    // text) repeats the question's text: its id stays beside it, so no one reads it as the question.
    const headers = texts.map((text, i) => {
      const id = first[i]?.trim() ?? "";
      const repeated = texts.indexOf(text) < i;
      return id && id !== text && (repeated || QUALTRICS_DERIVED_ID.test(id)) ? `${text} (${id})` : text;
    });
    return { shape: "qualtrics", headerRows: 3, headers };
  }
  const subheaders = second.filter((cell) => SURVEYMONKEY_SUBHEADERS.has(normal(cell))).length;
  if (subheaders > 0 && (first.some((c) => normal(c) === "respondent id") || subheaders >= 2)) {
    let question = "";
    const headers = first.map((cell, i) => {
      if (cell.trim()) question = cell.trim();
      const sub = second[i]?.trim() ?? "";
      if (!sub || SURVEYMONKEY_SUBHEADERS.has(sub.toLowerCase())) return question;
      return question ? `${question} — ${sub}` : sub;
    });
    return { shape: "surveymonkey", headerRows: 2, headers };
  }
  const headers = first.map((cell) => cell.trim());
  const lower = headers.map((h) => h.toLowerCase());
  if (GOOGLE_FORMS_FIRST.has(lower[0] ?? "")) return { shape: "google-forms", headerRows: 1, headers };
  if (lower.some((h) => TYPEFORM_MARKERS.includes(h))) return { shape: "typeform", headerRows: 1, headers };
  if (lower.some((h) => REVIEW_RATING.test(h)) && lower.some((h) => REVIEW_TEXT.test(h)))
    return { shape: "reviews", headerRows: 1, headers };
  return { shape: "generic", headerRows: 1, headers };
}
