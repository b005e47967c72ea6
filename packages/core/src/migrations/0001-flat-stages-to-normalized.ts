import type { Issue } from "../parse/issue.js";
import { LANE_KIND_TITLES, type LaneKind } from "../records/lane.js";
import { PERSONA_COLORS } from "../records/persona.js";
import { CHANNELS } from "../records/touchpoint.js";
import type { Doc, Migration } from "./migration.js";

/*
 * Version 0: the first, flat shape (journeykit 0.x prototypes). One persona; stages each carry their
 * own touchpoints, a single emotion number and lists of actions, pain points and ideas:
 *
 * { "format": "journeykit/map", "version": 0, "id"?: string, "name": string, "description"?: string,
 *   "createdAt"?: string, "updatedAt"?: string,
 *   "persona"?: { "name": string, "role"?: string, "color"?: string, "quote"?: string,
 *                 "needs"?: string[], "goals"?: string[], "frustrations"?: string[] },
 *   "stages": [{ "id"?: string, "title": string, "description"?: string,
 *                "touchpoints"?: [{ "name": string, "channel"?: string }],
 *                "emotion"?: number,            // -5..5 in 0.x, any number accepted
 *                "actions"?: string[], "painPoints"?: string[], "ideas"?: string[] }] }
 *
 * Version 1 normalizes it: lanes for actions, touchpoints, emotions, pain points and opportunities;
 * cards for the lists; one persona; an emotion point per scored stage (rounded, clamped to -3..3);
 * unknown channels become "other". Ids are derived from positions so the step is deterministic.
 */

const asString = (value: unknown, fallback: string) => (typeof value === "string" ? value : fallback);
const asStrings = (value: unknown) =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
const isObject = (value: unknown): value is Doc =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isChannel = (value: unknown): value is (typeof CHANNELS)[number] =>
  typeof value === "string" && (CHANNELS as readonly string[]).includes(value);

export const flatStagesToNormalized: Migration = {
  id: "0001-flat-stages-to-normalized",
  from: 0,
  up(doc) {
    const errors: Issue[] = [];
    if (!Array.isArray(doc.stages))
      errors.push({ path: "stages", message: "version 0 document without a stages list" });
    if (errors.length > 0) return { ok: false, errors };
    const now = new Date().toISOString();
    const createdAt = asString(doc.createdAt, now);
    const persona0 = isObject(doc.persona) ? doc.persona : {};
    const personaId = "v0-persona";
    const laneKinds: LaneKind[] = ["actions", "touchpoints", "emotions", "painPoints", "opportunities"];
    const laneId = (kind: LaneKind) => `v0-lane-${kind}`;
    const stages: Doc[] = [];
    const touchpoints: Doc[] = [];
    const cards: Doc[] = [];
    const emotions: Doc[] = [];

    (doc.stages as unknown[]).forEach((raw, i) => {
      if (!isObject(raw)) {
        errors.push({ path: `stages[${i}]`, message: "expected a stage object" });
        return;
      }
      const stageId = asString(raw.id, `v0-stage-${i + 1}`);
      stages.push({
        id: stageId,
        name: asString(raw.title, `Stage ${i + 1}`),
        ...(typeof raw.description === "string" ? { description: raw.description } : {}),
      });
      (Array.isArray(raw.touchpoints) ? raw.touchpoints : []).forEach((tp, j) => {
        if (!isObject(tp)) return;
        touchpoints.push({
          id: `${stageId}-tp-${j + 1}`,
          stageId,
          name: asString(tp.name, `Touchpoint ${j + 1}`),
          channel: isChannel(tp.channel) ? tp.channel : "other",
        });
      });
      const addCards = (texts: string[], kind: LaneKind, prefix: string) =>
        texts.forEach((text, j) => {
          cards.push({ id: `${stageId}-${prefix}-${j + 1}`, laneId: laneId(kind), stageId, text });
        });
      addCards(asStrings(raw.actions), "actions", "action");
      addCards(asStrings(raw.painPoints), "painPoints", "pain");
      addCards(asStrings(raw.ideas), "opportunities", "idea");
      if (typeof raw.emotion === "number" && Number.isFinite(raw.emotion)) {
        emotions.push({
          id: `${stageId}-emotion`,
          personaId,
          stageId,
          score: Math.max(-3, Math.min(3, Math.round(raw.emotion))),
        });
      }
    });
    if (errors.length > 0) return { ok: false, errors };

    const migrated: Doc = {
      format: "journeykit/map",
      version: 1,
      id: asString(doc.id, "v0-map"),
      title: asString(doc.name, "Untitled journey"),
      ...(typeof doc.description === "string" ? { description: doc.description } : {}),
      state: "current",
      personas: [
        {
          id: personaId,
          name: asString(persona0.name, "Customer"),
          ...(typeof persona0.role === "string" ? { role: persona0.role } : {}),
          color:
            typeof persona0.color === "string" && /^#[0-9a-fA-F]{6}$/.test(persona0.color)
              ? persona0.color
              : PERSONA_COLORS[0],
          ...(typeof persona0.quote === "string" ? { quote: persona0.quote } : {}),
          demographics: {},
          psychographics: [],
          needs: asStrings(persona0.needs),
          motivations: [],
          goals: asStrings(persona0.goals),
          frustrations: asStrings(persona0.frustrations),
        },
      ],
      stages,
      lanes: laneKinds.map((kind) => ({ id: laneId(kind), kind, title: LANE_KIND_TITLES[kind] })),
      touchpoints,
      cards,
      emotions,
      momentsOfTruth: [],
      metrics: [],
      createdAt,
      updatedAt: asString(doc.updatedAt, createdAt),
    };
    return { ok: true, doc: migrated };
  },
};
