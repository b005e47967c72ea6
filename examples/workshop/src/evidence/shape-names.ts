import type { ColumnRole, ExportShape } from "@journeykit/evidence";

/** How the dialog names each export shape `readTable` recognises. */
export const SHAPE_NAMES: Record<ExportShape, string> = {
  "google-forms": "Google Forms export",
  typeform: "Typeform export",
  surveymonkey: "SurveyMonkey export",
  qualtrics: "Qualtrics export",
  reviews: "Review export",
  generic: "Table",
};

/** How the column picker names each role. */
export const ROLE_NAMES: Record<ColumnRole, string> = {
  nps: "NPS (0–10 recommend)",
  csat: "CSAT (satisfaction)",
  ces: "CES (effort)",
  stars: "Star rating",
  comment: "Comment (free text)",
  stage: "Stage",
  touchpoint: "Touchpoint",
  date: "Date",
  segment: "Segment / persona",
  ignore: "Ignore",
};

const DELIMITERS: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe" };

/** `comma-separated`, `tab-separated`, ... */
export const delimiterName = (delimiter: string): string =>
  `${DELIMITERS[delimiter] ?? JSON.stringify(delimiter)}-separated`;
