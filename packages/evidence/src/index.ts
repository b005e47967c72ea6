// @journeykit/evidence: data-driven empathy. What customers actually said, turned into what a journey
// map holds. Pure: no DOM, no React, no network. Every export is listed by name.

// --- analysis and apply ---
export {
  type AnalyzeOptions,
  analyzeEvidence,
  type HostSentimentScorer,
  MIN_ANSWERS,
} from "./analysis/analyze-evidence.js";
export {
  type EmotionSignals,
  emotionFromEvidence,
  type FeelingSignal,
  type FeelingSource,
  type MeasuredFeeling,
  measuredFeeling,
  onEmotionScale,
} from "./analysis/emotion-from-evidence.js";
export type {
  Driver,
  EvidenceAnalysis,
  MeasuredPoint,
  StageEvidence,
  SuggestedMoment,
  SuggestedPainPoint,
} from "./analysis/evidence-analysis.js";
export {
  findingName,
  type PainPointEvidence,
  type PainPointSeverity,
  painPointSeverity,
  painPointText,
  ratingText,
} from "./analysis/pain-point-finding.js";
export { type Period, periodStart } from "./analysis/period.js";
export { type ScreenedResponses, screenResponses } from "./analysis/screen-responses.js";
export { applyEvidence } from "./apply/apply-evidence.js";
// --- columns ---
export {
  foldLabel,
  isUnrated,
  type LabelKind,
  type LabelLanguage,
  type LabelReading,
  type LabelScale,
  labelLevel,
  labelReadings,
  labelScaleOf,
} from "./columns/answer-labels.js";
export {
  type AnswerScale,
  COLUMN_ROLES,
  type ColumnAssignment,
  type ColumnCorrection,
  type ColumnMapping,
  type ColumnRole,
  correctMapping,
  DEFAULT_SCALES,
} from "./columns/column-mapping.js";
export { detectColumns } from "./columns/detect-columns.js";
export {
  type ColumnAnswers,
  columnAnswers,
  type DateOrder,
  dateOrder,
  isMissing,
  parseAnswer,
  parseDate,
} from "./columns/parse-answer.js";
export { isUnfinished, type ResponseStatus, responseStatusOf } from "./columns/response-status.js";
// --- the measured curve ---
export { type AssumptionGap, assumptionGaps, GAP_THRESHOLD } from "./measured/assumption-gaps.js";
export {
  describeDisagreement,
  describeFeeling,
  formatFeeling,
  formatSignal,
} from "./measured/describe-feeling.js";
export { type MeasuredEmotionEntry, measuredEmotion } from "./measured/measured-emotion.js";
export { type MeasuredMeta, measuredMeta, readMeasuredMeta } from "./measured/measured-meta.js";
export { JOURNEY_SYNONYMS, synonymGroup } from "./mentions/journey-synonyms.js";
export { type LearnOptions, learnStageWords } from "./mentions/learn-stage-words.js";
// --- placing rows on the journey ---
export {
  checkMentionRules,
  compileMentionRules,
  defaultMentionRules,
  type MentionRule,
} from "./mentions/mention-rules.js";
export type { PlacementSummary, StagePlacement } from "./mentions/placement-summary.js";
export {
  createRulePlacer,
  type LearnedWord,
  type PlacementHow,
  type RulePlacement,
  type RulePlacerOptions,
} from "./mentions/rule-placer.js";
export { type PreviousPlacement, previousPlacement, savedMapping } from "./mentions/saved-placement.js";
export { type PlacementLanguage, placementLanguage, stemWord, stemWords } from "./mentions/stem-words.js";
// --- text ---
export { maskedCell, maskPersonalCells } from "./privacy/mask-personal-cells.js";
export {
  PERSONAL_DATA_NAMES,
  type PersonalData,
  personalDataOfHeader,
  personalDataOfValues,
} from "./privacy/personal-data.js";
export { REDACTIONS, redactPii } from "./privacy/redact-pii.js";
export {
  DETECTABLE_LANGUAGES,
  type DetectableLanguage,
  detectLanguage,
} from "./sentiment/detect-language.js";
export {
  type RespondentRating,
  type ScoreSentimentOptions,
  SENTIMENT_THRESHOLDS,
  type SentimentLabel,
  type SentimentRulesLanguage,
  type SentimentScore,
  scoreSentiment,
  sentimentLanguage,
  sentimentMetric,
} from "./sentiment/score-sentiment.js";
// --- statistics ---
export {
  cesEstimate,
  correlation,
  csatEstimate,
  type MetricEstimate,
  meanEstimate,
  npsEstimate,
  satisfiedFrom,
} from "./stats/survey-metrics.js";
// --- reading tables ---
export type { EvidenceTable, ExportShape } from "./table/evidence-table.js";
export { type ReadTableOptions, readTable, type TableInput } from "./table/read-table.js";
export {
  type FoundTheme,
  findThemes,
  type ScoredComment,
  type Theme,
  type ThemeOptions,
  topThemes,
} from "./themes/top-themes.js";
