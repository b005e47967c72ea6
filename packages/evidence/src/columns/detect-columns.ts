import type { JourneyMap } from "@journeykit/core";
import { foldText } from "../mentions/mention-rules.js";
import {
  PERSONAL_DATA_NAMES,
  type PersonalData,
  personalDataOfHeader,
  personalDataOfValues,
  valuesFit,
} from "../privacy/personal-data.js";
import type { EvidenceTable } from "../table/evidence-table.js";
import type { AnswerScale, ColumnAssignment, ColumnMapping, ColumnRole } from "./column-mapping.js";
import { nonTextReason } from "./non-text-columns.js";
import { columnAnswers, dateOrder, isMissing, labelledScale, parseDate } from "./parse-answer.js";

/** Rows looked at per column: enough to judge, fast on 100,000 rows. */
const SAMPLE = 2000;

const HINTS: { role: ColumnRole; pattern: RegExp }[] = [
  {
    role: "nps",
    pattern: /recommend|empfehl|recomend|recommand|\bnps\b|net promoter|likely.*(friend|colleague)/,
  },
  {
    role: "ces",
    pattern: /effort|\beasy\b|easier|\bease\b|hassle|difficult|aufwand|einfach|esfuerzo|facil|\bces\b/,
  },
  { role: "csat", pattern: /satisf|zufrieden|\bcsat\b|happy with|how happy|content/ },
  {
    role: "stars",
    pattern:
      /^(rating|stars?|overall rating|review rating|score|bewertung|sterne|puntuacion|valoracion|note)$|\bstars?\b|\brating\b/,
  },
  {
    role: "date",
    pattern:
      /date|time|timestamp|submitted|created|recorded|published|posted|datum|fecha|zeit|horodat|marca temporal/,
  },
  { role: "stage", pattern: /\bstage\b|\bstep\b|\bphase\b|journey|etapa|schritt|\bfase\b/ },
  { role: "touchpoint", pattern: /touchpoint|channel|kanal|canal|contact point/ },
  {
    role: "segment",
    pattern:
      /segment|persona|customer type|type of customer|kundentyp|\bgroup\b|\bplan\b|\btier\b|visitor|membership|tipo de cliente/,
  },
  {
    role: "comment",
    pattern:
      /comment|feedback|\bwhy\b|reason|review|tell us|anything else|suggest|improve|kommentar|comentario|verbatim|\btext\b|open-ended|remarks|what could/,
  },
];
/** The title of a review or ticket: read with the text beside it as one quote ("title — text"). */
const TITLE =
  /\btitle\b|headline|subject|\bbetreff\b|uberschrift|\btitulo\b|\basunto\b|\btitre\b|\bobjet\b|\btitolo\b|\boggetto\b|\bassunto\b|\bonderwerp\b|\bsummary\b/;

/** A column of personal data: ignored, with the kind kept so the preview can mask it. */
const personalColumn = (
  base: { index: number; header: string },
  kind: PersonalData,
  from: "header" | "answers",
): ColumnAssignment => ({
  ...base,
  role: "ignore",
  personal: kind,
  confidence: from === "header" ? 0.95 : 0.85,
  reason: `personal data: ${PERSONAL_DATA_NAMES[kind].plural}${from === "answers" ? " (judged by the answers)" : ""} — never read as text`,
});

const hint = (header: string) => HINTS.filter((h) => h.pattern.test(header)).map((h) => h.role);
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

/** How well a column's distinct values match a list of names (stage, touchpoint or persona names). */
function nameMatch(values: readonly string[], names: readonly string[]): number {
  if (names.length === 0 || values.length === 0) return 0;
  const folded = new Set(names.map((n) => foldText(n).trim()));
  return share(values.filter((v) => folded.has(foldText(v).trim())).length, values.length);
}

/** The stage a rating column's header is about ("How satisfied were you with ordering?"). */
function stageOfHeader(
  header: string,
  map: JourneyMap | undefined,
): { stageId?: string; touchpointId?: string } {
  if (!map) return {};
  const folded = foldText(header);
  const mentions = (name: string) => {
    const n = foldText(name).trim();
    // The name as a word or a word's start ("order" in "ordering", "pay" in "paying").
    return (
      n.length >= 3 &&
      new RegExp(`(?<![\\p{L}])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\p{L}{0,4}(?![\\p{L}])`, "u").test(
        folded,
      )
    );
  };
  const touchpoint = map.touchpoints.find((t) => mentions(t.name));
  if (touchpoint) return { stageId: touchpoint.stageId, touchpointId: touchpoint.id };
  const stage = map.stages.find((s) => mentions(s.name));
  return stage ? { stageId: stage.id } : {};
}

function ratingScale(role: "nps" | "csat" | "ces" | "stars", min: number, max: number): AnswerScale {
  if (role === "nps") return { min: 0, max: 10 };
  const low = min <= 0 ? 0 : 1;
  if (role === "ces") return { min: low, max: max <= 5 ? 5 : max <= 7 ? 7 : 10 };
  return { min: low, max: max <= 5 ? 5 : max <= 7 ? 7 : 10 };
}

/**
 * Guess what each column holds, with a confidence (0..1) and a reason a person can check: NPS (0-10
 * "recommend"), CSAT (1-5 "satisfied"), CES (1-7 "effort"/"easy"), star ratings, free-text comments,
 * (a review's or ticket's title too: joined with its text as one quote), stage / touchpoint / segment
 * (values matching the map's names, or the header), dates. Never read as text (role "ignore"):
 * - personal data, by header in seven languages or by answers (e-mails, phones, IPs, ids, short
 *   capitalised names): marked with `personal`, so a preview masks it;
 * - how a response was collected (`Finished`, `Progress`, `Status`, `Duration`), columns an export
 *   computes from another (`Q1_NPS_GROUP`, Text iQ sentiment, `_DO`, "Other" text), language codes,
 *   links, the business's replies, counts and respondent metadata.
 *
 * Reads at most 2,000 rows per column. Pass the map to match stage, touchpoint and persona names. Never
 * throws; the result is a starting point the user corrects (`correctMapping`).
 *
 * @example
 * const mapping = detectColumns(table, map);
 * mapping.columns.find((c) => c.role === "nps")?.reason; // 'header mentions "recommend"; answers 0-10'
 */
export function detectColumns(table: EvidenceTable, map?: JourneyMap): ColumnMapping {
  const rows = table.rows.length > SAMPLE ? table.rows.slice(0, SAMPLE) : table.rows;
  const columns: ColumnAssignment[] = table.headers.map((rawHeader, index) => {
    const header = foldText(rawHeader).trim();
    const base = { index, header: rawHeader };
    const values = rows.map((r) => r[index] ?? "").filter((v) => !isMissing(v));
    if (values.length === 0) return { ...base, role: "ignore", confidence: 0.9, reason: "no answers" };
    // People first: a "Reviewer" or "Consumer Email" column is never read as a comment.
    const personalHeader = personalDataOfHeader(rawHeader);
    if (personalHeader && valuesFit(personalHeader, values))
      return personalColumn(base, personalHeader, "header");
    const notText = nonTextReason(rawHeader, values);
    if (notText) return { ...base, role: "ignore", confidence: 0.9, reason: notText };
    const hints = hint(header);
    const title = TITLE.test(header);
    // Labels ("Muy satisfecho", "Good") on the scale the column's answers imply; dates never as numbers.
    const answers = columnAnswers(values);
    const numbers = values.map((v) => answers.read(v)).filter((n): n is number => n !== undefined);
    const order = dateOrder(values, { header: rawHeader, ...(map?.locale ? { locale: map.locale } : {}) });
    const serial = table.format === "xlsx" && hints.includes("date");
    const dates = values.filter((v) => parseDate(v, order, { serial }) !== undefined).length;
    if (
      share(dates, values.length) >= 0.9 &&
      (hints.includes("date") || share(numbers.length, values.length) < 0.5)
    )
      return {
        ...base,
        role: "date",
        confidence: hints.includes("date") ? 0.95 : 0.8,
        reason: `${Math.round(share(dates, values.length) * 100)}% of answers are dates`,
      };
    const personalAnswers = personalDataOfValues(values, { names: !title && !hints.includes("comment") });
    if (personalAnswers) return personalColumn(base, personalAnswers, "answers");
    if (share(numbers.length, values.length) >= 0.8) {
      const min = Math.min(...numbers);
      const max = Math.max(...numbers);
      const labels = answers.labels;
      const range = labels
        ? `${labels.kind === "rating" ? "Good/Bad ratings (good = satisfied)" : `${labels.kind} labels`} on ${labels.points} points`
        : `answers ${min}-${max}`;
      const small = share(numbers.filter((n) => n <= 5).length, numbers.length);
      // Most answers 1-5 and a few up to 10: a 1-5 question with some answers from a 1-10 version of it.
      const mixed = max > 5 && max <= 10 && small >= 0.8;
      const note = mixed
        ? "; most answers are 1-5 but some reach 10 (mixed scales?): read as 1-5, the others left out"
        : "";
      const rating = (
        role: "nps" | "csat" | "ces" | "stars",
        confidence: number,
        why: string,
      ): ColumnAssignment => ({
        ...base,
        role,
        scale: labels
          ? labelledScale(labels)
          : mixed && role !== "nps"
            ? ratingScale(role, min, 5)
            : ratingScale(role, min, max),
        ...stageOfHeader(rawHeader, map),
        confidence,
        reason: `${why}; ${range}${note}`,
      });
      const said = (role: ColumnRole) => hints.includes(role);
      // Labelled likelihood is no 0-10 answer: rated on its own scale below, never as NPS.
      if (said("nps") && !labels && min >= 0 && max <= 10)
        return rating("nps", 0.95, "header asks about recommending");
      if (said("ces") && min >= 1 && max <= 7) return rating("ces", 0.9, "header asks about effort or ease");
      if (said("csat") && min >= 0 && max <= 10) return rating("csat", 0.9, "header asks about satisfaction");
      if (labels)
        return labels.kind === "effort"
          ? rating("ces", 0.7, "answers say how easy")
          : rating("csat", 0.7, "labelled answers (top of the scale = satisfied)");
      if (said("stars") && min >= 0 && max <= 5) return rating("stars", 0.85, "header names a rating");
      if (min >= 0 && max <= 10 && max > 7 && min < 1) return rating("nps", 0.5, "0-10 answers");
      if (min >= 1 && max <= 5)
        return rating(table.shape === "reviews" ? "stars" : "csat", 0.5, "1-5 answers");
      if (min >= 1 && max <= 7) return rating("ces", 0.4, "1-7 answers");
      if (min >= 0 && max <= 10) return rating("nps", 0.35, "0-10 answers");
      return { ...base, role: "ignore", confidence: 0.6, reason: `numbers without a known scale (${range})` };
    }
    const distinct = [...new Set(values.map((v) => v.trim()))];
    if (map) {
      const stage = nameMatch(values, map.stages.map((s) => s.name).concat(map.stages.map((s) => s.id)));
      if (stage >= 0.6)
        return {
          ...base,
          role: "stage",
          confidence: 0.95,
          reason: `${Math.round(stage * 100)}% of answers name a stage of the map`,
        };
      const touchpoint = nameMatch(
        values,
        map.touchpoints.map((t) => t.name),
      );
      if (touchpoint >= 0.6)
        return {
          ...base,
          role: "touchpoint",
          confidence: 0.9,
          reason: `${Math.round(touchpoint * 100)}% of answers name a touchpoint of the map`,
        };
      const persona = nameMatch(
        values,
        map.personas.map((p) => p.name),
      );
      if (persona >= 0.6)
        return {
          ...base,
          role: "segment",
          confidence: 0.9,
          reason: `${Math.round(persona * 100)}% of answers name a persona of the map`,
        };
    }
    const meanLength = values.reduce((s, v) => s + v.length, 0) / values.length;
    const varied = share(distinct.length, values.length) >= 0.5;
    const few = distinct.length <= 12 && distinct.length <= values.length / 2;
    if (few && hints.includes("stage"))
      return {
        ...base,
        role: "stage",
        confidence: 0.75,
        reason: "header names a stage; few distinct answers",
      };
    if (few && hints.includes("touchpoint"))
      return {
        ...base,
        role: "touchpoint",
        confidence: 0.7,
        reason: "header names a channel; few distinct answers",
      };
    if (few && hints.includes("segment"))
      return {
        ...base,
        role: "segment",
        confidence: 0.75,
        reason: "header names a segment; few distinct answers",
      };
    if (title && varied)
      return {
        ...base,
        role: "comment",
        confidence: 0.8,
        reason: "a title: read with the text beside it as one quote (title — text)",
      };
    if (hints.includes("comment") || (meanLength >= 15 && varied))
      return {
        ...base,
        role: "comment",
        confidence: hints.includes("comment") && meanLength >= 8 ? 0.9 : 0.6,
        reason: `${hints.includes("comment") ? "header asks for comments; " : ""}free text (mean ${Math.round(meanLength)} characters)`,
      };
    if (few)
      return { ...base, role: "segment", confidence: 0.4, reason: `${distinct.length} distinct answers` };
    return { ...base, role: "ignore", confidence: 0.5, reason: "short varied text" };
  });
  return { columns };
}
