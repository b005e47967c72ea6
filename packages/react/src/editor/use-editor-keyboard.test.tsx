import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "./JourneyMapEditor.js";

function Host({ seen }: { seen: JourneyMap[] }) {
  const [map, setMap] = useState(() => getTemplate("restaurant-complaint-recovery")!.create());
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        value={map}
        onChange={(next) => {
          seen.push(next);
          setMap(next);
        }}
      />
    </div>
  );
}
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe("editor keyboard", () => {
  it("Ctrl+Z undoes while focus is on a button (right after clicking it), but not inside a text field", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    const addStage = screen.getByRole("button", { name: "+ Stage" });
    addStage.focus();
    fireEvent.click(addStage);
    await flush();
    const stages = seen.at(-1)!.stages.length;
    const title = screen.getAllByRole("textbox")[0]!;
    fireEvent.keyDown(title, { key: "z", ctrlKey: true });
    expect(seen.at(-1)!.stages).toHaveLength(stages);
    fireEvent.keyDown(addStage, { key: "z", ctrlKey: true });
    await flush();
    expect(seen.at(-1)!.stages).toHaveLength(stages - 1);
  });
});
