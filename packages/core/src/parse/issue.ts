import type { RecordCollection } from "../records/record-collections.js";

/**
 * Where in the document's record lists a problem is, as data: the record (`collection`, `index`), and
 * when it is about one field, the field and the list item within it. What a program mends by
 * (`repairJourneyMap`); people read `path`.
 */
export interface IssueLocation {
  collection: RecordCollection;
  index: number;
  field?: string;
  item?: number;
}

/** One problem found in a document: where (a JSON path such as `cards[3].stageId`) and what. */
export interface Issue {
  path: string;
  message: string;
  /** The record (and field) it is about, when it is about one. */
  at?: IssueLocation;
}

/**
 * A JSON path from path segments: `["cards", 3, "stageId"]` → `cards[3].stageId`; the root is `""`.
 *
 * @example
 * formatPath(["emotions", 4, "score"]); // "emotions[4].score"
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) {
    if (typeof segment === "number") path += `[${segment}]`;
    else if (typeof segment === "string" && /^[A-Za-z_$][\w$]*$/.test(segment))
      path += path ? `.${segment}` : segment;
    else path += `[${JSON.stringify(String(segment))}]`;
  }
  return path;
}

/** `path: message`, or just the message for the document root. */
export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}
