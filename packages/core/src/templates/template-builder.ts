import type { Card, EvidenceLevel } from "../records/card.js";
import { CURRENT_VERSION, type JourneyMap } from "../records/journey-map.js";
import { LANE_KIND_TITLES, type LaneKind } from "../records/lane.js";
import type { MetricKind } from "../records/metric.js";
import type { MomentKind, MomentOutcome } from "../records/moment-of-truth.js";
import type { EmpathyMap, Persona } from "../records/persona.js";
import type { Channel } from "../records/touchpoint.js";
import type { OneToFive } from "../schema-primitives.js";

/** A ready map for a real scenario. */
export interface JourneyTemplate {
  id: string;
  title: string;
  description: string;
  industry: string;
  /** A fresh, valid map with stable ids (previews and tests do not change between calls). */
  create(): JourneyMap;
}

/** A persona in a template: its key names it in the stages' emotion tables. */
export interface PersonaSpec extends Omit<Persona, "id" | "empathyMap" | "psychographics"> {
  key: string;
  psychographics?: string[];
  empathyMap?: EmpathyMap;
}

/** Text, then optional severity / votes / evidence. */
type PainSpec = [text: string, severity: OneToFive, votes?: number, evidence?: EvidenceLevel];
/** Text, impact, effort, optional votes. */
type IdeaSpec = [text: string, impact: OneToFive, effort: OneToFive, votes?: number];

/** One stage of a template with the cards of each lane. */
export interface StageSpec {
  key: string;
  name: string;
  description?: string;
  touchpoints?: [name: string, channel: Channel][];
  /** Persona key → score -3..3 and the feeling in a word. */
  emotions: Record<string, [score: number, emotion?: string]>;
  actions?: string[];
  thoughts?: string[];
  feelings?: string[];
  pains?: PainSpec[];
  opportunities?: IdeaSpec[];
  evidence?: string[];
  frontstage?: string[];
  backstage?: string[];
  support?: string[];
  moments?: {
    title: string;
    kind: MomentKind;
    importance: OneToFive;
    outcome?: MomentOutcome;
    description?: string;
  }[];
  metrics?: {
    kind: MetricKind;
    value: number;
    target?: number;
    label?: string;
    sampleSize?: number;
    source?: string;
  }[];
}

/** A whole template, compact: the builder turns it into normalized records with stable ids. */
export interface TemplateSpec {
  id: string;
  title: string;
  description: string;
  industry: string;
  state?: JourneyMap["state"];
  tags?: string[];
  personas: PersonaSpec[];
  lanes?: LaneKind[];
  stages: StageSpec[];
}

const DEFAULT_LANES: LaneKind[] = [
  "actions",
  "thoughts",
  "touchpoints",
  "emotions",
  "painPoints",
  "opportunities",
];
const CREATED = "2026-09-14T09:00:00.000Z";

/** Build a valid map from a compact template description (ids derived from the template id). */
export function buildTemplate(spec: TemplateSpec): JourneyMap {
  const p = spec.id;
  const laneKinds = spec.lanes ?? DEFAULT_LANES;
  const laneId = (kind: LaneKind) => `${p}-lane-${kind}`;
  const personaId = (key: string) => `${p}-persona-${key}`;
  const map: JourneyMap = {
    format: "journeykit/map",
    version: CURRENT_VERSION,
    id: `${p}-map`,
    title: spec.title,
    description: spec.description,
    state: spec.state ?? "current",
    personas: spec.personas.map(({ key, psychographics = [], ...persona }) => ({
      ...persona,
      id: personaId(key),
      psychographics,
    })),
    stages: [],
    lanes: laneKinds.map((kind) => ({ id: laneId(kind), kind, title: LANE_KIND_TITLES[kind] })),
    touchpoints: [],
    cards: [],
    emotions: [],
    momentsOfTruth: [],
    metrics: [],
    sources: [],
    quotes: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    locale: "en",
    ...(spec.tags ? { tags: spec.tags } : {}),
  };
  for (const stage of spec.stages) {
    const stageId = `${p}-stage-${stage.key}`;
    map.stages.push({
      id: stageId,
      name: stage.name,
      ...(stage.description ? { description: stage.description } : {}),
    });
    const touchpointIds = (stage.touchpoints ?? []).map(([name, channel], i) => {
      const id = `${stageId}-tp${i + 1}`;
      map.touchpoints.push({ id, stageId, name, channel });
      return id;
    });
    const addCards = (kind: LaneKind, cards: Omit<Card, "id" | "laneId" | "stageId">[]) => {
      if (!laneKinds.includes(kind)) return;
      cards.forEach((card, i) => {
        map.cards.push({ id: `${stageId}-${kind}-${i + 1}`, laneId: laneId(kind), stageId, ...card });
      });
    };
    addCards(
      "actions",
      (stage.actions ?? []).map((text, i) =>
        touchpointIds[i] ? { text, touchpointId: touchpointIds[i] } : { text },
      ),
    );
    addCards(
      "thoughts",
      (stage.thoughts ?? []).map((text) => ({ text })),
    );
    addCards(
      "feelings",
      (stage.feelings ?? []).map((text) => ({ text })),
    );
    // Touchpoint records show in the touchpoints lane themselves (no card repeating each one).
    addCards(
      "painPoints",
      (stage.pains ?? []).map(([text, severity, votes, evidence]) => ({
        text,
        severity,
        ...(votes ? { votes } : {}),
        evidence: evidence ?? "observed",
      })),
    );
    addCards(
      "opportunities",
      (stage.opportunities ?? []).map(([text, impact, effort, votes]) => ({
        text,
        impact,
        effort,
        ...(votes ? { votes } : {}),
      })),
    );
    for (const kind of ["evidence", "frontstage", "backstage", "support"] as const) {
      addCards(
        kind,
        (stage[kind] ?? []).map((text) => ({ text })),
      );
    }
    for (const [key, [score, emotion]] of Object.entries(stage.emotions)) {
      map.emotions.push({
        id: `${stageId}-emotion-${key}`,
        personaId: personaId(key),
        stageId,
        score,
        ...(emotion ? { emotion } : {}),
      });
    }
    (stage.moments ?? []).forEach((moment, i) => {
      map.momentsOfTruth.push({ id: `${stageId}-mot${i + 1}`, stageId, ...moment });
    });
    (stage.metrics ?? []).forEach((metric, i) => {
      map.metrics.push({ id: `${stageId}-metric${i + 1}`, stageId, ...metric });
    });
  }
  return map;
}

/** A template from its compact description. */
export function defineTemplate(spec: TemplateSpec): JourneyTemplate {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    industry: spec.industry,
    create: () => buildTemplate(spec),
  };
}
