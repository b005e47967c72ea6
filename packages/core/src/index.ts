// @journeykit/core: the journey-map document model. Every export is listed by name.

// --- analytics, metrics, sentiment ---
export { compareMaps, type MapComparison, type StageComparison } from "./analytics/compare-maps";
export { type EmotionCurveEntry, emotionCurve } from "./analytics/emotion-curve";
export { type MomentAtRisk, momentsAtRisk } from "./analytics/moments-at-risk";
export { type PainHotspot, painHotspots } from "./analytics/pain-hotspots";
export { meanStageEmotion, stageEmotion } from "./analytics/stage-emotion";
// --- history ---
export {
  createHistory,
  type History,
  type HistoryChange,
  type HistoryMode,
  type HistoryOptions,
} from "./history/create-history";
// --- records and schema (records/*) ---
export { createId } from "./ids";
// --- parse, validate, migrate, JSON Schema ---
export { journeyMapJsonSchema } from "./json-schema";
// --- layout ---
export { formatMetricValue, metricLabel } from "./layout/format-metric";
export type {
  BlueprintLine,
  CardBox,
  CurvePoint,
  EmotionCurveLayout,
  EmotionLaneLayout,
  JourneyLayout,
  LaneRow,
  LayoutOptions,
  MetricBadge,
  MomentMarker,
  Rect,
  StageColumn,
  TextMeasurer,
  TouchpointChip,
} from "./layout/journey-layout";
export { layoutJourneyMap } from "./layout/layout-journey-map";
export { approximateTextWidth, wrapText } from "./layout/measure-text";
export { smoothPath } from "./layout/smooth-path";
export { LIMITS } from "./limits";
export { type CesResult, computeCes } from "./metrics/compute-ces";
export { type CsatResult, computeCsat } from "./metrics/compute-csat";
export { computeNps, type NpsResult } from "./metrics/compute-nps";
export { type SentimentScore, scoreSentiment, sentimentMetric } from "./metrics/score-sentiment";
export { type MigrationResult, migrateJourneyMap, migrations } from "./migrations/migrate-journey-map";
export type { Doc, Migration } from "./migrations/migration";
// --- operations ---
export { type AppliedOperation, applyOperation } from "./operations/apply-operation";
export {
  addCard,
  duplicateCard,
  type MoveCardArgs,
  moveCard,
  removeCard,
  resetVotes,
  updateCard,
  voteCard,
} from "./operations/card-operations";
export type {
  AddArgs,
  CollectionName,
  RemoveArgs,
  UpdateArgs,
} from "./operations/collection-operations";
export { defineOperation, type Operation } from "./operations/define-operation";
export { removeEmotion, type SetEmotionArgs, setEmotion } from "./operations/emotion-operations";
export { addLane, moveLane, removeLane, updateLane } from "./operations/lane-operations";
export { type MapChanges, updateMap } from "./operations/map-operations";
export { addMetric, removeMetric, updateMetric } from "./operations/metric-operations";
export { addMomentOfTruth, removeMomentOfTruth, updateMomentOfTruth } from "./operations/moment-operations";
export { addPersona, movePersona, removePersona, updatePersona } from "./operations/persona-operations";
export { addStage, duplicateStage, moveStage, removeStage, updateStage } from "./operations/stage-operations";
export {
  addTouchpoint,
  moveTouchpoint,
  removeTouchpoint,
  updateTouchpoint,
} from "./operations/touchpoint-operations";
export { formatIssue, formatPath, type Issue } from "./parse/issue";
export { type ParseResult, parseJourneyMap } from "./parse/parse-journey-map";
export { type ValidationResult, validateJourneyMap } from "./parse/validate-journey-map";
export { type Card, cardSchema, createCard, EVIDENCE_LEVELS, type EvidenceLevel } from "./records/card";
export {
  createEmotionPoint,
  EMOTION_MAX,
  EMOTION_MIN,
  type EmotionPoint,
  emotionPointSchema,
  emotionScoreSchema,
  formatEmotionScore,
} from "./records/emotion-point";
export {
  type CreateJourneyMapInit,
  CURRENT_VERSION,
  createJourneyMap,
  DEFAULT_LANE_KINDS,
  FORMAT,
  type JourneyMap,
  journeyMapSchema,
  type MapState,
} from "./records/journey-map";
export {
  createLane,
  LANE_KIND_TITLES,
  LANE_KINDS,
  type Lane,
  type LaneKind,
  laneKindSchema,
  laneSchema,
} from "./records/lane";
export {
  createMetric,
  METRIC_KINDS,
  METRIC_RANGES,
  type Metric,
  type MetricKind,
  metricSchema,
} from "./records/metric";
export {
  createMomentOfTruth,
  MOMENT_KINDS,
  MOMENT_OUTCOMES,
  type MomentKind,
  type MomentOfTruth,
  type MomentOutcome,
  momentOfTruthSchema,
} from "./records/moment-of-truth";
export {
  createPersona,
  type EmpathyMap,
  empathyMapSchema,
  PERSONA_COLORS,
  type Persona,
  personaSchema,
} from "./records/persona";
export { createStage, type Stage, stageSchema } from "./records/stage";
export {
  CHANNELS,
  type Channel,
  channelSchema,
  createTouchpoint,
  type Touchpoint,
  touchpointSchema,
} from "./records/touchpoint";
export { type JsonObject, metaSchema, type OneToFive } from "./schema-primitives";

// --- templates ---
export { getTemplate, templates } from "./templates/index";
export {
  buildTemplate,
  defineTemplate,
  type JourneyTemplate,
  type PersonaSpec,
  type StageSpec,
  type TemplateSpec,
} from "./templates/template-builder";
