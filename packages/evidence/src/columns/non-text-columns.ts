import { foldText } from "../mentions/mention-rules.js";
import { type ResponseStatus, responseStatusOf } from "./response-status.js";

const STATUS_REASONS: Record<ResponseStatus, string> = {
  finished: "whether the response was finished: unfinished ones are left out of the analysis",
  progress: "how far the response got (0-100): below 100 is left out of the analysis",
  status: "the response's status or type: partial responses, previews, tests and spam are left out",
  duration: "the time taken to answer: not a rating",
};

/** Columns an export computes from another one: Qualtrics' NPS group, Text iQ, display order, "Other" text. */
const DERIVED: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /nps[ _]?group\b|- group$/,
    reason: "NPS group codes of another question (1 detractor, 2 passive, 3 promoter): not a rating",
  },
  {
    pattern:
      /_text ?- ?(sentiment|topic|parent topic)|- (sentiment polarity|sentiment score|sentiment|topics|parent topics|topic sentiment label|topic sentiment score|actionability|emotion|emotion intensity|effort)$/,
    reason: "an analysis the survey tool made of another column's text: not a customer's words",
  },
  { pattern: /_do$|\bdisplay order\b/, reason: "the order the options were shown in: not an answer" },
  {
    pattern: /_\d+_text\b|- (other|otro|otra|andere|autre|altro|outro|anders)( \(.*\))? - text$/,
    reason: `the text typed beside an "Other" option of a choice question: not a comment`,
  },
  {
    pattern: /(_recode|- recode|\brecoded?\b)$/,
    reason: "a recoded copy of another question: the original is read instead",
  },
];

/** Headers naming something that is not the customer's words nor a rating. */
const NOT_TEXT: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /\blanguage\b|\blang\b|\blocale\b|idioma|sprache|langue|lingua|\btaal\b|userlanguage/,
    reason: "language codes: not text",
  },
  { pattern: /\burl\b|\blink\b|website|domain|permalink|\bhref\b/, reason: "links: not text" },
  {
    pattern:
      /\breply\b|\breplies\b|response from (the )?(owner|business|company)|owner'?s? response|owner_response|company response|business response|respuesta del (propietario|negocio)|antwort des (inhabers|unternehmens)|reponse du proprietaire/,
    reason: "the business's own replies: not customers' words",
  },
  { pattern: /^(source|origin)( of (the )?review)?$|review source/, reason: "where the review came from" },
  {
    pattern: /\b(number of|count of)\b|\bcount$|\blikes\b|helpful votes|\bvotes\b/,
    reason: "a count, not a rating",
  },
];

/** Respondent metadata of survey tools (headers as exported, folded). */
const METADATA =
  /^(custom data.*|ending|distributionchannel|distribution channel|user ?agent|screen resolution|q_.*|metadata.*)$/;

/** Values that are language codes ("en", "de-DE", "pt_BR"); not "no", which is an answer. */
const LANGUAGE_CODE =
  /^(?:en|de|es|fr|pt|it|nl|pl|sv|da|nb|nn|fi|cs|sk|ru|uk|ja|zh|ko|tr|ar|he|el|hu|ro|bg|hr|sl|ca|eu|gl|et|lv|lt|id|ms|th|vi|hi)(?:[-_][a-z]{2,4})?$/i;
/** Values that are links. */
const LINK = /^(?:https?:\/\/|www\.)\S+$/i;
const mostly = (values: readonly string[], test: RegExp, share = 0.8) =>
  values.length > 0 && values.filter((v) => test.test(v.trim())).length / values.length >= share;

/**
 * Why a column holds neither a rating nor the customer's words, when it does not, judged by its header
 * (folded, as exported) and its answers: how the response was collected (`Finished`, `Progress`,
 * `Status`, `Duration (in seconds)`), a column the export computed from another (`Q1_NPS_GROUP`,
 * Text iQ's `Q3_TEXT - Sentiment`, `_DO`, `Q5_4_TEXT`), language codes, links, the business's replies,
 * counts, and respondent metadata. Personal data is recognised apart (`personalDataOfHeader`).
 *
 * @example
 * nonTextReason("How likely are you to recommend us? (Q1_NPS_GROUP)", ["1", "3"]); // "NPS group codes of another question …"
 * nonTextReason("Review Language", ["en", "de"]); // "language codes: not text"
 */
export function nonTextReason(rawHeader: string, values: readonly string[]): string | undefined {
  const status = responseStatusOf(rawHeader, values);
  if (status) return STATUS_REASONS[status];
  const header = foldText(rawHeader).trim();
  for (const { pattern, reason } of [...DERIVED, ...NOT_TEXT]) if (pattern.test(header)) return reason;
  if (METADATA.test(header)) return "respondent metadata (never stored)";
  if (mostly(values, LANGUAGE_CODE, 0.9)) return "language codes: not text";
  if (mostly(values, LINK)) return "links: not text";
  return undefined;
}
