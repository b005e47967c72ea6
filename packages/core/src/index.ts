// @journeykit/core: the journey-map document model. Every export is listed by name.

// --- analytics, metrics ---
export { compareMaps, type MapComparison, type StageComparison } from "./analytics/compare-maps.js";
export { type EmotionCurveEntry, emotionCurve } from "./analytics/emotion-curve.js";
export { type MomentAtRisk, momentsAtRisk } from "./analytics/moments-at-risk.js";
export { type PainHotspot, painHotspots } from "./analytics/pain-hotspots.js";
export { meanStageEmotion, stageEmotion } from "./analytics/stage-emotion.js";
export { quotesByStage, stageQuotes } from "./analytics/stage-quotes.js";
// --- collaboration: the contract a live room's adapter keeps (collab implements it, react's editor uses it) ---
export type {
  CollaborationAdapter,
  CollaborationChange,
  CollaborationOrigin,
  CollaborationPresence,
  EditorCollaboration,
  MapPatch,
  MapPoint,
  Peer,
  PresenceState,
} from "./collaboration/collaboration-adapter.js";
// --- document index: records by id, cards by cell, touchpoints by stage; carried across edits ---
export {
  type CardCell,
  type CardIndex,
  cardIndex,
  carryDocumentIndex,
  type DocumentIndex,
  documentIndex,
  type RecordIndex,
  recordIndex,
} from "./document-index/document-index.js";
// --- history ---
export {
  createHistory,
  type History,
  type HistoryChange,
  type HistoryCheckpoint,
  type HistoryMode,
  type HistoryOptions,
} from "./history/create-history.js";
export type { HistoryEntry, HistoryStep, UndoHistory } from "./history/undo-history.js";
// --- i18n: core's words in English, Spanish, German and French, and the mechanism every layer shares ---
export { catalogueProblems } from "./i18n/catalogue-problems.js";
export { type CoreMessages, coreTranslator, loadCoreMessages } from "./i18n/core-catalogue.js";
export { type CoreMessageKey, coreEn } from "./i18n/core-messages/en.js";
export { type DateStyle, formatDate } from "./i18n/format-date.js";
export {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_NAMES,
  LOCALES,
  type Locale,
  preferredLocale,
  resolveLocale,
} from "./i18n/locale.js";
export type {
  Catalogue,
  Message,
  MessageArgs,
  Messages,
  MessageValues,
  PlaceholdersOf,
  PluralMessage,
} from "./i18n/message.js";
export { createTranslator, type Translator, type TranslatorOptions } from "./i18n/translator.js";
// --- records and schema (records/*) ---
export { createId } from "./ids.js";
// --- parse, validate, migrate, JSON Schema ---
export { journeyMapJsonSchema } from "./json-schema.js";
// --- labels: every text the map shows about a metric or a quote ---
export {
  DEFAULT_LABEL_LOCALE,
  formatNumber,
  type LabelOptions,
  MINUS,
} from "./labels/format-number.js";
export { labelDate } from "./labels/label-date.js";
export { laneKindTitle } from "./labels/lane-kind-title.js";
export { metricDescription } from "./labels/metric-description.js";
export { LABEL_SEPARATOR, metricChip, metricFigure, metricSampleText } from "./labels/metric-figure.js";
export { formatMetricMargin, metricStepDigits } from "./labels/metric-margin.js";
export { type MetricOwner, metricOwner, metricOwnerFigure } from "./labels/metric-owner.js";
export { type MetricProvenance, metricProvenance } from "./labels/metric-provenance.js";
export { type MetricTrend, metricTrend, type TrendDirection } from "./labels/metric-trend.js";
export { formatMetricValue, isPercentKind, metricLabel } from "./labels/metric-value.js";
export {
  QUOTE_TONE_THRESHOLDS,
  type QuoteTone,
  quoteCaption,
  quoteTone,
} from "./labels/quote-caption.js";
export { quoteCount } from "./labels/quote-count.js";
// --- layout ---
export { channelLabel } from "./layout/channel-label.js";
export { curveRuns } from "./layout/curve-runs.js";
export {
  type CardDropTarget,
  cardDropTarget,
  type LayoutPoint,
  laneDropIndex,
  stageDropIndex,
  type TouchpointDropTarget,
  touchpointDropTarget,
} from "./layout/drop-target.js";
export type {
  BlueprintLine,
  CardBox,
  CurvePoint,
  EmotionCurveLayout,
  EmotionLaneLayout,
  JourneyLayout,
  JourneyStrip,
  LaneRow,
  LayoutOptions,
  MeasuredCurveLayout,
  MeasuredCurvePoint,
  MetricBadge,
  MetricMore,
  MetricPlace,
  MomentMarker,
  Rect,
  StageColumn,
  TextMeasurer,
  TouchpointBox,
  TouchpointChip,
} from "./layout/journey-layout.js";
export { CARD_MAX_LINES, layoutJourneyMap } from "./layout/layout-journey-map.js";
export { createLayoutMemo, type LayoutMemo } from "./layout/layout-memo.js";
export { MEASURED_MARK_WIDTH, METRIC_FONT } from "./layout/layout-metric-badges.js";
export { approximateTextWidth, ELLIPSIS, fitLine, wrapText } from "./layout/measure-text.js";
export { type MetricPlaces, metricPlaces } from "./layout/metric-places.js";
export { smoothPath } from "./layout/smooth-path.js";
export { LIMITS } from "./limits.js";
export { changeMetricKind } from "./metrics/change-metric-kind.js";
export { type CesResult, computeCes } from "./metrics/compute-ces.js";
export { type CsatResult, computeCsat } from "./metrics/compute-csat.js";
export { computeNps, type NpsResult } from "./metrics/compute-nps.js";
export { type MigrationResult, migrateJourneyMap, migrations } from "./migrations/migrate-journey-map.js";
export type { Doc, Migration } from "./migrations/migration.js";
// --- operations ---
export { type AppliedOperation, type ApplyOptions, applyOperation } from "./operations/apply-operation.js";
export {
  addCard,
  duplicateCard,
  type MoveCardArgs,
  moveCard,
  removeCard,
  resetVotes,
  updateCard,
  voteCard,
} from "./operations/card-operations.js";
export type {
  AddArgs,
  CollectionName,
  RemoveArgs,
  UpdateArgs,
} from "./operations/collection-operations.js";
export { defineOperation, type Operation } from "./operations/define-operation.js";
export { removeEmotion, type SetEmotionArgs, setEmotion } from "./operations/emotion-operations.js";
export { addLane, moveLane, removeLane, updateLane } from "./operations/lane-operations.js";
export { type MapChanges, updateMap } from "./operations/map-operations.js";
export { addMetric, removeMetric, updateMetric } from "./operations/metric-operations.js";
export {
  addMomentOfTruth,
  removeMomentOfTruth,
  updateMomentOfTruth,
} from "./operations/moment-operations.js";
export { addPersona, movePersona, removePersona, updatePersona } from "./operations/persona-operations.js";
export { addQuote, removeQuote, updateQuote } from "./operations/quote-operations.js";
export { addSource, removeSource, updateSource } from "./operations/source-operations.js";
export {
  addStage,
  duplicateStage,
  moveStage,
  removeStage,
  updateStage,
} from "./operations/stage-operations.js";
export {
  addTouchpoint,
  type MoveTouchpointArgs,
  moveTouchpoint,
  removeTouchpoint,
  updateTouchpoint,
} from "./operations/touchpoint-operations.js";
export { formatIssue, formatPath, type Issue, type IssueLocation } from "./parse/issue.js";
export { type ParseResult, parseJourneyMap } from "./parse/parse-journey-map.js";
export {
  type ValidateOptions,
  type ValidationResult,
  validateJourneyMap,
} from "./parse/validate-journey-map.js";
export { type Card, cardSchema, createCard, EVIDENCE_LEVELS, type EvidenceLevel } from "./records/card.js";
export {
  createEmotionPoint,
  EMOTION_MAX,
  EMOTION_MIN,
  type EmotionPoint,
  emotionPointSchema,
  emotionScoreSchema,
  formatEmotionScore,
  isMeasuredEmotion,
} from "./records/emotion-point.js";
export {
  type CreateJourneyMapInit,
  CURRENT_VERSION,
  createJourneyMap,
  DEFAULT_LANE_KINDS,
  FORMAT,
  type JourneyMap,
  journeyMapSchema,
  type MapState,
} from "./records/journey-map.js";
export {
  createLane,
  LANE_KIND_TITLES,
  LANE_KINDS,
  type Lane,
  type LaneKind,
  laneKindSchema,
  laneSchema,
} from "./records/lane.js";
export {
  createMetric,
  METRIC_KINDS,
  METRIC_RANGES,
  type Metric,
  type MetricKind,
  type MetricPoint,
  metricPointSchema,
  metricSchema,
} from "./records/metric.js";
export {
  createMomentOfTruth,
  MOMENT_KINDS,
  MOMENT_OUTCOMES,
  type MomentKind,
  type MomentOfTruth,
  type MomentOutcome,
  momentOfTruthSchema,
} from "./records/moment-of-truth.js";
export {
  createPersona,
  type EmpathyMap,
  empathyMapSchema,
  PERSONA_COLORS,
  type Persona,
  personaSchema,
} from "./records/persona.js";
export { createQuote, QUOTE_SCALES, type Quote, type QuoteScale, quoteSchema } from "./records/quote.js";
export {
  type CollectionEntry,
  type CollectionOf,
  type CollectionOfKind,
  type CollectionRecord,
  collectionEntry,
  collectionOfKind,
  collectionsOf,
  RECORD_COLLECTION_NAMES,
  RECORD_COLLECTIONS,
  RECORD_KINDS,
  type RecordCollection,
  type RecordKind,
  type RecordsByCollection,
  type ReferenceField,
} from "./records/record-collections.js";
export {
  createSource,
  evidenceDateSchema,
  SOURCE_COLUMN_ROLES,
  SOURCE_KINDS,
  type Source,
  type SourceColumn,
  type SourceColumnRole,
  type SourceKind,
  type SourceMapping,
  type SourceRule,
  sourceColumnSchema,
  sourceMappingSchema,
  sourceRuleSchema,
  sourceSchema,
} from "./records/source.js";
export { createStage, type Stage, stageSchema } from "./records/stage.js";
export {
  CHANNELS,
  type Channel,
  channelSchema,
  createTouchpoint,
  type Touchpoint,
  touchpointSchema,
} from "./records/touchpoint.js";
// --- repair: open what can be opened, saying what was fixed ---
export { REPAIRED_KEY } from "./repair/keep-in-meta.js";
export { MapRepairError } from "./repair/map-repair-error.js";
export type { Repair, RepairAction } from "./repair/repair.js";
export { repairJourneyMap } from "./repair/repair-journey-map.js";
export { SET_ASIDE_KEY, type SetAsideRecord } from "./repair/set-aside.js";
export { type JsonObject, metaSchema, type OneToFive } from "./schema-primitives.js";

// --- templates ---
export { getTemplate, templates } from "./templates/index.js";
export {
  buildTemplate,
  defineTemplate,
  type JourneyTemplate,
  type PersonaSpec,
  type StageSpec,
  type TemplateSpec,
} from "./templates/template-builder.js";

// --- text ---
export { approximateGraphemes, graphemes } from "./text/graphemes.js";
export {
  mergeText,
  mergeTextSelection,
  rebaseTextSplice,
  type TextEdit,
  type TextSelection,
} from "./text/merge-text.js";
export { diffText, type TextSplice } from "./text/text-splice.js";
export { isWellFormedText, toWellFormedText } from "./text/well-formed-text.js";
