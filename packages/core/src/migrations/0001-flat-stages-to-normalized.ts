import type { Issue } from "../parse/issue.js";
import type { Doc, Migration } from "./migration.js";
import { V1_CHANNELS, V1_FIRST_PERSONA_COLOR, V1_LANE_KIND_TITLES, type V1LaneKind } from "./v1-constants.js";

/*
 * Version 0: the first, flat shape (journeykit 0.x prototypes). One persona; stages each carry their
 * own touchpoints, a single emotion number and lists of actions, pain points and ideas:
 *
 * { "format": "journeykit/map", "version": 0, "id"?: string, "name": string, "description"?: string,
 *   "createdAt"?: string, "updatedAt"?: string, "tags"?: string[], "meta"?: object,
 *   "persona"?: { "name": string, "role"?: string, "color"?: string, "quote"?: string, "avatar"?: string,
 *                 "needs"?: string[], "goals"?: string[], "frustrations"?: string[], "meta"?: object },
 *   "stages": [{ "id"?: string, "title": string, "description"?: string,
 *                "touchpoints"?: [{ "name": string, "channel"?: string }],
 *                "emotion"?: number,            // -5..5 in 0.x, any number accepted
 *                "actions"?: string[], "painPoints"?: string[], "ideas"?: string[], "notes"?: string[],
 *                "meta"?: object }] }
 *
 * Version 1 normalizes it: lanes for actions, touchpoints, emotions, pain points and opportunities
 * (and notes, when a stage has some); cards for the lists; one persona; an emotion point per scored
 * stage (rounded, clamped to -3..3); unknown channels become "other". Ids are derived from positions
 * so the step is deterministic. Nothing is dropped: whatever has no place in version 1 (fields 0.x
 * writers added, values of the wrong type, an unknown channel's name, an emotion before rounding) is
 * kept in the record's `meta.fromV0`, and a warning says what moved where.
 */

/** Where a record keeps what version 1 has no field for. */
const KEPT = "fromV0";

const isObject = (value: unknown): value is Doc =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isChannel = (value: unknown): value is (typeof V1_CHANNELS)[number] =>
  typeof value === "string" && (V1_CHANNELS as readonly string[]).includes(value);

/**
 * Reads one version-0 object: `take` marks a field as carried over, `keep` stores a value version 1
 * cannot hold; `finish` returns the record's `meta` (its own `meta` object plus `fromV0`) and warns.
 */
class V0Reader {
  private readonly used = new Set<string>();
  private readonly kept: Doc = {};
  constructor(
    private readonly source: Doc,
    /** The record's path in the version-0 file, e.g. `stages[1].touchpoints[0]`. */
    private readonly path: string,
    private readonly newPath: string,
    private readonly warnings: Issue[],
  ) {}

  /** The field when it has the expected type (it is then carried over); otherwise kept in meta. */
  take<T>(key: string, accept: (value: unknown) => value is T): T | undefined {
    if (!Object.hasOwn(this.source, key)) return undefined;
    this.used.add(key);
    const value = this.source[key];
    if (accept(value)) return value;
    this.keep(key, value);
    return undefined;
  }

  string(key: string): string | undefined {
    return this.take(key, (v): v is string => typeof v === "string");
  }

  /** The strings of a list; entries of other types (or a list that is not one) are kept in meta. */
  strings(key: string): string[] {
    const list = this.take(key, Array.isArray);
    if (!list) return [];
    const others = list.filter((v) => typeof v !== "string");
    if (others.length > 0) this.keep(key, others);
    return list.filter((v): v is string => typeof v === "string");
  }

  keep(key: string, value: unknown): void {
    this.used.add(key);
    this.kept[key] = value;
  }

  /** `meta` for the new record: the old record's own `meta`, plus what was kept, with a warning. */
  finish(): Doc | undefined {
    const own = this.take("meta", isObject);
    for (const key of Object.keys(this.source)) {
      if (!this.used.has(key)) this.kept[key] = this.source[key];
    }
    const keys = Object.keys(this.kept);
    if (keys.length === 0) return own;
    this.warnings.push({
      path: this.path,
      message: `kept in ${this.newPath ? `${this.newPath}.` : ""}meta.${KEPT} (no place in version 1): ${keys.join(", ")}`,
    });
    return { ...own, [KEPT]: this.kept };
  }
}

const withMeta = (record: Doc, meta: Doc | undefined): Doc => (meta ? { ...record, meta } : record);

export const flatStagesToNormalized: Migration = {
  id: "0001-flat-stages-to-normalized",
  from: 0,
  up(doc) {
    if (!Array.isArray(doc.stages)) {
      return { ok: false, errors: [{ path: "stages", message: "version 0 document without a stages list" }] };
    }
    const errors: Issue[] = [];
    const warnings: Issue[] = [];
    const origins = new Map<string, string>();
    const now = new Date().toISOString();
    const top = new V0Reader(doc, "", "", warnings);
    top.take("format", (v): v is unknown => true);
    top.take("version", (v): v is unknown => true);
    top.take("stages", Array.isArray);
    const createdAt = top.string("createdAt") ?? now;
    const personaId = "v0-persona";
    const laneId = (kind: V1LaneKind) => `v0-lane-${kind}`;
    const stages: Doc[] = [];
    const touchpoints: Doc[] = [];
    const cards: Doc[] = [];
    const emotions: Doc[] = [];
    let hasNotes = false;

    (doc.stages as unknown[]).forEach((raw, i) => {
      if (!isObject(raw)) {
        errors.push({ path: `stages[${i}]`, message: "expected a stage object" });
        return;
      }
      const stage = new V0Reader(raw, `stages[${i}]`, `stages[${stages.length}]`, warnings);
      const newStage = `stages[${stages.length}]`;
      const id = stage.string("id");
      const stageId = id ?? `v0-stage-${i + 1}`;
      const title = stage.string("title");
      const description = stage.string("description");
      origins.set(newStage, `stages[${i}]`);
      origins.set(`${newStage}.name`, `stages[${i}].title`);
      stage.take("touchpoints", Array.isArray)?.forEach((tp, j) => {
        const from = `stages[${i}].touchpoints[${j}]`;
        if (!isObject(tp)) {
          stage.keep(`touchpoints[${j}]`, tp);
          return;
        }
        const reader = new V0Reader(tp, from, `touchpoints[${touchpoints.length}]`, warnings);
        origins.set(`touchpoints[${touchpoints.length}]`, from);
        const name = reader.string("name");
        const channel = reader.take("channel", (v): v is unknown => true);
        // An unknown channel becomes "other"; its name is kept.
        if (channel !== undefined && !isChannel(channel)) reader.keep("channel", channel);
        touchpoints.push(
          withMeta(
            {
              id: `${stageId}-tp-${j + 1}`,
              stageId,
              name: name ?? `Touchpoint ${j + 1}`,
              channel: isChannel(channel) ? channel : "other",
            },
            reader.finish(),
          ),
        );
      });
      const addCards = (key: string, kind: V1LaneKind, prefix: string) =>
        stage.strings(key).forEach((text, j) => {
          origins.set(`cards[${cards.length}]`, `stages[${i}].${key}[${j}]`);
          origins.set(`cards[${cards.length}].text`, `stages[${i}].${key}[${j}]`);
          cards.push({ id: `${stageId}-${prefix}-${j + 1}`, laneId: laneId(kind), stageId, text });
        });
      addCards("actions", "actions", "action");
      addCards("painPoints", "painPoints", "pain");
      addCards("ideas", "opportunities", "idea");
      const notesBefore = cards.length;
      addCards("notes", "notes", "note");
      if (cards.length > notesBefore) hasNotes = true;
      const emotion = stage.take("emotion", (v): v is number => typeof v === "number" && Number.isFinite(v));
      if (emotion !== undefined) {
        const score = Math.max(-3, Math.min(3, Math.round(emotion)));
        origins.set(`emotions[${emotions.length}]`, `stages[${i}].emotion`);
        origins.set(`emotions[${emotions.length}].score`, `stages[${i}].emotion`);
        // The 0.x number before rounding and clamping stays beside the score.
        emotions.push({
          id: `${stageId}-emotion`,
          personaId,
          stageId,
          score,
          ...(score === emotion ? {} : { meta: { [KEPT]: { emotion } } }),
        });
      }
      stages.push(
        withMeta(
          {
            id: stageId,
            name: title ?? `Stage ${i + 1}`,
            ...(description === undefined ? {} : { description }),
          },
          stage.finish(),
        ),
      );
    });
    if (errors.length > 0) return { ok: false, errors };

    const personaSource = top.take("persona", isObject);
    const persona = new V0Reader(personaSource ?? {}, "persona", "personas[0]", warnings);
    origins.set("personas[0]", "persona");
    const name = persona.string("name");
    const role = persona.string("role");
    const quote = persona.string("quote");
    const avatar = persona.string("avatar");
    const color = persona.take(
      "color",
      (v): v is string => typeof v === "string" && /^#[0-9a-fA-F]{6}$/.test(v),
    );
    const needs = persona.strings("needs");
    const goals = persona.strings("goals");
    const frustrations = persona.strings("frustrations");
    const laneKinds: V1LaneKind[] = ["actions", "touchpoints", "emotions", "painPoints", "opportunities"];
    if (hasNotes) laneKinds.push("notes");
    const id = top.string("id");
    const title = top.string("name");
    const description = top.string("description");
    const updatedAt = top.string("updatedAt") ?? createdAt;
    const tags = top.take(
      "tags",
      (v): v is string[] => Array.isArray(v) && v.every((t) => typeof t === "string"),
    );
    origins.set("title", "name");
    for (const key of ["id", "description", "createdAt", "updatedAt", "tags", "meta"]) origins.set(key, key);

    const migrated: Doc = {
      format: "journeykit/map",
      version: 1,
      id: id ?? "v0-map",
      title: title ?? "Untitled journey",
      ...(description === undefined ? {} : { description }),
      state: "current",
      personas: [
        withMeta(
          {
            id: personaId,
            name: name ?? "Customer",
            ...(role === undefined ? {} : { role }),
            ...(avatar === undefined ? {} : { avatar }),
            color: color ?? V1_FIRST_PERSONA_COLOR,
            ...(quote === undefined ? {} : { quote }),
            demographics: {},
            psychographics: [],
            needs,
            motivations: [],
            goals,
            frustrations,
          },
          persona.finish(),
        ),
      ],
      stages,
      lanes: laneKinds.map((kind) => ({ id: laneId(kind), kind, title: V1_LANE_KIND_TITLES[kind] })),
      touchpoints,
      cards,
      emotions,
      momentsOfTruth: [],
      metrics: [],
      createdAt,
      updatedAt,
      ...(tags === undefined ? {} : { tags }),
    };
    const meta = top.finish();
    if (meta) migrated.meta = meta;
    return { ok: true, doc: migrated, warnings, origins };
  },
};
