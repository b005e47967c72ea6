import {
  createJourneyMap,
  createMetric,
  createStage,
  createTouchpoint,
  type JourneyMap,
} from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { JourneyMapEditor } from "../../editor/JourneyMapEditor.js";

const FIXTURE: JourneyMap = {
  ...createJourneyMap({ id: "m", title: "Dental practice" }),
  stages: ["Find", "Book", "Visit"].map((name, i) => createStage({ id: `s${i + 1}`, name })),
  touchpoints: [
    createTouchpoint({ id: "phone", stageId: "s1", name: "Reception phone", channel: "phone" }),
    createTouchpoint({ id: "desk", stageId: "s2", name: "Desk", channel: "in-store" }),
  ],
  metrics: [createMetric({ id: "nps", kind: "NPS", value: 43, stageId: "s1", touchpointId: "phone" })],
};
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

function Host({ seen }: { seen: JourneyMap[] }) {
  const [map, setMap] = useState(() => structuredClone(FIXTURE));
  return (
    <div style={{ width: 1440, height: 900 }}>
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

describe("TouchpointInspector", () => {
  it("moves the touchpoint to the stage chosen in Stage (its metric along), one undo step", async () => {
    const seen: JourneyMap[] = [];
    render(<Host seen={seen} />);
    await flush();
    fireEvent.click(document.querySelector<HTMLElement>('[data-touchpoint-id="phone"]')!);
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    const stage = within(inspector).getByLabelText("Stage") as HTMLSelectElement;
    expect(stage.value).toBe("s1");
    expect([...stage.options].map((o) => o.text)).toEqual(["Find", "Book", "Visit"]);
    fireEvent.change(stage, { target: { value: "s2" } });
    const moved = seen.at(-1)!;
    expect(moved.touchpoints.map((t) => [t.id, t.stageId])).toEqual([
      ["desk", "s2"],
      ["phone", "s2"],
    ]);
    expect(moved.metrics[0]).toMatchObject({ stageId: "s2", touchpointId: "phone" });
    await flush();
    expect((within(inspector).getByLabelText("Stage") as HTMLSelectElement).value).toBe("s2");
    fireEvent.click(screen.getByRole("button", { name: /Undo/ }));
    expect(seen.at(-1)).toEqual(FIXTURE);
  });
});
