import { createStage, defineOperation, getTemplate, type JourneyMap } from "@journeykit/core";
import { act, render } from "@testing-library/react";
import { createRef, useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "./JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

/** An import-like edit touching several collections at once (as applyEvidence does). */
const addStagesAndQuote = defineOperation(
  "test.addStagesAndQuote",
  (draft, args: { names: string[]; quote: string }) => {
    for (const name of args.names) draft.stages.push(createStage({ name }));
    draft.quotes.push({ id: "q-test", text: args.quote, meta: {} });
    draft.title = `${draft.title} (with evidence)`;
  },
);

function Host({ editor, seen }: { editor: React.Ref<JourneyMapEditorHandle>; seen: JourneyMap[] }) {
  const [map, setMap] = useState(() => getTemplate("restaurant-complaint-recovery")!.create());
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        ref={editor}
        value={map}
        onChange={(next) => {
          seen.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}

describe("JourneyMapEditorHandle.apply", () => {
  it("runs an operation as one recorded edit: onChange gets it, one undo restores the map, redo brings it back", async () => {
    const editor = createRef<JourneyMapEditorHandle>();
    const seen: JourneyMap[] = [];
    render(<Host editor={editor} seen={seen} />);
    await flush();
    const before = editor.current!.getMap();

    act(() =>
      editor.current!.apply(addStagesAndQuote, { names: ["Refund", "Follow-up"], quote: "Cold soup." }),
    );
    await flush();
    const after = editor.current!.getMap();
    expect(after.stages.map((s) => s.name).slice(-2)).toEqual(["Refund", "Follow-up"]);
    expect(after.quotes.map((q) => q.text)).toEqual(["Cold soup."]);
    expect(seen.at(-1)).toBe(after);

    act(() => editor.current!.undo());
    await flush();
    const undone = editor.current!.getMap();
    expect(undone.stages).toEqual(before.stages);
    expect(undone.quotes).toEqual(before.quotes);
    expect(undone.title).toBe(before.title);
    expect(seen.at(-1)!.stages).toHaveLength(before.stages.length);

    act(() => editor.current!.redo());
    await flush();
    expect(editor.current!.getMap().quotes).toHaveLength(1);
    expect(editor.current!.getMap().stages).toHaveLength(before.stages.length + 2);
  });
});
