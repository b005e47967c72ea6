import { createCard, getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { createFakeCollaboration } from "../../test/fake-collaboration-adapter.js";
import { JourneyMapEditor } from "../editor/JourneyMapEditor.js";
import type { EditorChange } from "../store/editor-change.js";
import type { CollaborationAdapterLike } from "./collaboration-adapter.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const template = () => getTemplate("restaurant-complaint-recovery")!.create();

function withCard(map: JourneyMap, id: string, text: string): JourneyMap {
  const card = createCard({ id, laneId: map.lanes[0]!.id, stageId: map.stages[0]!.id, text });
  return { ...map, cards: [...map.cards, card] };
}

function Room(props: {
  adapter: CollaborationAdapterLike;
  initial: JourneyMap;
  changes: EditorChange[];
  onBeforeChange: (change: EditorChange) => boolean | string | undefined;
}) {
  const [map, setMap] = useState(props.initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        value={map}
        collaboration={props.adapter}
        onBeforeChange={props.onBeforeChange}
        onChange={(next, change) => {
          props.changes.push(change);
          setMap(next);
        }}
      />
    </div>
  );
}

describe("changes while collaborating", () => {
  it("another participant's edit arrives as 'remote' with the room's patches and is never asked about", async () => {
    const room = createFakeCollaboration(template());
    const changes: EditorChange[] = [];
    const onBeforeChange = vi.fn(() => "Nobody edits right now.");
    render(
      <Room adapter={room.adapter} initial={room.map} changes={changes} onBeforeChange={onBeforeChange} />,
    );
    await flush();
    act(() => room.remote(withCard(room.map, "from-bea", "Bea's sticky note")));
    await flush();
    expect(screen.getAllByText("Bea's sticky note").length).toBeGreaterThan(0);
    expect(onBeforeChange).not.toHaveBeenCalled();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ operation: "remote", args: null, source: "remote" });
    expect(changes[0]!.patches).toEqual([{ op: "replace", path: [], value: room.map }]);
  });

  it("a local edit the host refuses never reaches the room", async () => {
    const room = createFakeCollaboration(template());
    const changes: EditorChange[] = [];
    const onBeforeChange = vi.fn(() => "Nobody edits right now.");
    render(
      <Room adapter={room.adapter} initial={room.map} changes={changes} onBeforeChange={onBeforeChange} />,
    );
    await flush();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect(onBeforeChange).toHaveBeenCalledWith(
      expect.objectContaining({ operation: "removeCard", source: "local" }),
    );
    expect(room.edits).toHaveLength(0);
    expect(changes).toHaveLength(0);
    expect(screen.getByRole("alert").textContent).toBe("Not changed: Nobody edits right now.");
  });

  it("this user's undo through the room arrives as 'undo'", async () => {
    const room = createFakeCollaboration(template());
    const changes: EditorChange[] = [];
    render(<Room adapter={room.adapter} initial={room.map} changes={changes} onBeforeChange={() => true} />);
    await flush();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    fireEvent.click(screen.getByRole("button", { name: /Undo/ }));
    await flush();
    expect(changes.map((c) => [c.operation, c.source])).toEqual([
      ["removeCard", "local"],
      ["undo", "undo"],
    ]);
  });
});
