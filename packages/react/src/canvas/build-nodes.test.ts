import { createLayoutMemo, getTemplate, layoutJourneyMap, updateCard } from "@journeykit/core";
import { describe, expect, it } from "vitest";
import { buildNodes } from "./build-nodes.js";

const map = getTemplate("hotel-check-in-blueprint")!.create();

describe("buildNodes", () => {
  it("places a node for every part of the layout: stages, lanes, cells, cards, metrics, blueprint lines", () => {
    const layout = layoutJourneyMap(map, { title: false });
    const nodes = buildNodes(layout, false);
    const count = (type: string) => nodes.filter((n) => n.type === type).length;
    expect(count("jkStage")).toBe(layout.stages.length);
    expect(count("jkLane")).toBe(layout.lanes.length);
    expect(count("jkCell")).toBe(layout.stages.length * layout.lanes.length);
    expect(count("jkCard")).toBe(layout.cards.length);
    expect(count("jkMetric")).toBe(layout.metrics.length);
    expect(count("jkBlueprintLine")).toBe(3);
    const metric = nodes.find((n) => n.type === "jkMetric")!;
    expect(metric.position).toEqual({ x: layout.metrics[0]!.x, y: layout.metrics[0]!.y });
  });

  it("in the overview builds a node per cell, stage and lane, none per card, touchpoint or metric", () => {
    const layout = layoutJourneyMap(map, { title: false });
    const nodes = buildNodes(layout, false, undefined, undefined, true);
    const count = (type: string) => nodes.filter((n) => n.type === type).length;
    expect(count("jkCell")).toBe(layout.stages.length * layout.lanes.length);
    expect(count("jkStage")).toBe(layout.stages.length);
    expect(count("jkLane")).toBe(layout.lanes.length);
    expect(count("jkCard") + count("jkTouchpoint") + count("jkMetric")).toBe(0);
    expect(count("jkBlueprintLine")).toBe(3);
    const cell = nodes.find((n) => n.type === "jkCell")!;
    expect(cell.data).toMatchObject({ overview: true, laneKind: layout.lanes[0]!.kind });
    // Back to the readable canvas: the cards are built again, the cells lose the overview.
    const back = buildNodes(layout, false, nodes);
    expect(back.filter((n) => n.type === "jkCard")).toHaveLength(layout.cards.length);
    expect(back.find((n) => n.type === "jkCell")!.data).not.toHaveProperty("overview");
  });

  it("keeps the same node objects for parts that did not change, and new ones for those that did", () => {
    const first = buildNodes(layoutJourneyMap(map, { title: false }), false);
    const edited = structuredClone(map);
    const card = edited.cards.find((c) => c.laneId.endsWith("backstage"))!;
    card.text = `${card.text}, then calls the night manager`;
    const second = buildNodes(layoutJourneyMap(edited, { title: false }), false, first);
    const byId = new Map(first.map((n) => [n.id, n]));
    const changed = second.filter((n) => byId.get(n.id) !== n).map((n) => n.id);
    expect(changed).toContain(`card:${card.id}`);
    expect(second.find((n) => n.id === `stage:${map.stages[0]!.id}`)).toBe(
      byId.get(`stage:${map.stages[0]!.id}`),
    );
    expect(changed.length).toBeLessThan(second.length / 2);
  });

  it("with a layout memo, hands back every card node but the edited one's, and redraws all on read-only", () => {
    const memo = createLayoutMemo();
    const first = buildNodes(layoutJourneyMap(map, { title: false, memo }), false);
    const card = map.cards[0]!;
    const edited = updateCard(map, { id: card.id, changes: { text: "Rings the bell" } });
    const second = buildNodes(layoutJourneyMap(edited, { title: false, memo }), false, first);
    const byId = new Map(first.map((n) => [n.id, n]));
    const changedCards = second.filter((n) => n.type === "jkCard" && byId.get(n.id) !== n).map((n) => n.id);
    expect(changedCards).toContain(`card:${card.id}`);
    const cell = map.cards.filter((c) => c.laneId === card.laneId && c.stageId === card.stageId);
    expect(changedCards.length).toBeLessThanOrEqual(cell.length);
    const readOnly = buildNodes(layoutJourneyMap(edited, { title: false, memo }), true, second);
    expect(readOnly.filter((n) => n.type === "jkCard").every((n) => !n.draggable)).toBe(true);
  });

  it("makes nothing draggable when read-only", () => {
    const nodes = buildNodes(layoutJourneyMap(map, { title: false }), true);
    expect(nodes.some((n) => n.draggable)).toBe(false);
  });
});
