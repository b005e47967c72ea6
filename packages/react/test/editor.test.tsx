import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { JourneyMapEditor } from "../src/index.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();

function Controlled({ initial, onChange }: { initial: JourneyMap; onChange?: (map: JourneyMap) => void }) {
  const [map, setMap] = useState(initial);
  return (
    <div style={{ width: 1200, height: 800 }}>
      <JourneyMapEditor
        value={map}
        onChange={(next) => {
          setMap(next);
          onChange?.(next);
        }}
      />
    </div>
  );
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));
const card = (text: string) =>
  screen.getByRole("button", { name: new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) });

describe("<JourneyMapEditor>", () => {
  it("renders stages, lanes and cards as visible nodes", async () => {
    render(<Controlled initial={template()} />);
    await flush();
    expect(screen.getByRole("button", { name: "Stage 3: The dish arrives cold" })).toBeTruthy();
    const node = card("Main course served lukewarm").closest(".react-flow__node") as HTMLElement;
    expect(node.style.visibility).not.toBe("hidden");
  });

  it("renders hostile card text as text", async () => {
    const map = template();
    map.cards[0]!.text = '<img src=x onerror="window.__pwned=1">';
    const { container } = render(<Controlled initial={map} />);
    await flush();
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByText('<img src=x onerror="window.__pwned=1">')).toBeTruthy();
  });

  it("deletes the focused card with Delete and brings it back with Ctrl+Z", async () => {
    const onChange = vi.fn();
    render(<Controlled initial={template()} onChange={onChange} />);
    await flush();
    const target = card("No staff in sight to tell");
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect(screen.queryByRole("button", { name: /No staff in sight/ })).toBeNull();
    expect(
      onChange.mock.lastCall![0].cards.some((c: { text: string }) => c.text === "No staff in sight to tell"),
    ).toBe(false);
    fireEvent.keyDown(screen.getByRole("region", { name: "Journey map editor" }), {
      key: "z",
      ctrlKey: true,
    });
    await flush();
    expect(card("No staff in sight to tell")).toBeTruthy();
  });

  it("adds a card with N in the focused cell and edits it with the keyboard", async () => {
    const onChange = vi.fn();
    render(<Controlled initial={template()} onChange={onChange} />);
    await flush();
    const target = card("Tells the waiter");
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "n" });
    await flush();
    const editor = screen.getByRole("textbox", { name: "Card text" });
    fireEvent.change(editor, { target: { value: "Asks for the manager" } });
    fireEvent.keyDown(editor, { key: "Enter" });
    await flush();
    const added = onChange.mock.lastCall![0].cards.at(-1);
    expect(added.text).toBe("Asks for the manager");
    expect(added.stageId).toBe("restaurant-complaint-recovery-stage-recover");
  });

  it("changes an emotion with the arrow keys on its slider", async () => {
    const onChange = vi.fn();
    render(<Controlled initial={template()} onChange={onChange} />);
    await flush();
    const slider = screen.getByRole("slider", { name: "Claire's emotion at Wait for the main" });
    expect(slider.getAttribute("aria-valuenow")).toBe("0");
    fireEvent.keyDown(slider, { key: "ArrowDown" });
    await flush();
    expect(
      screen
        .getByRole("slider", { name: "Claire's emotion at Wait for the main" })
        .getAttribute("aria-valuenow"),
    ).toBe("-1");
  });

  it("edits a card's text in the inspector as one undo step", async () => {
    const onChange = vi.fn();
    render(<Controlled initial={template()} onChange={onChange} />);
    await flush();
    fireEvent.click(card("On our anniversary"));
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    const text = within(inspector).getByLabelText("Text");
    fireEvent.change(text, { target: { value: "On our 25th anniversary…" } });
    fireEvent.blur(text);
    await flush();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(card("On our 25th anniversary")).toBeTruthy();
  });

  it("refuses a metric value outside its range with a message", async () => {
    render(<Controlled initial={template()} />);
    await flush();
    fireEvent.click(screen.getByRole("button", { name: /CSAT/ }));
    const value = within(screen.getByRole("complementary", { name: "Inspector" })).getByLabelText("Value");
    fireEvent.change(value, { target: { value: "140" } });
    fireEvent.blur(value);
    expect(screen.getByRole("alert").textContent).toBe("Enter a number from 0 to 100.");
  });

  it("blocks editing in read-only mode", async () => {
    const onChange = vi.fn();
    render(
      <div style={{ width: 1200, height: 800 }}>
        <JourneyMapEditor defaultValue={template()} readOnly onChange={onChange} />
      </div>,
    );
    await flush();
    expect(screen.queryByRole("button", { name: "+ Card" })).toBeNull();
    const target = card("Tells the waiter");
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    fireEvent.doubleClick(target);
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.queryByRole("textbox", { name: "Card text" })).toBeNull();
  });

  it("shows what is wrong with an invalid value and calls onError instead of crashing", async () => {
    const onError = vi.fn();
    const map = template();
    map.emotions[0]!.score = 9;
    render(<JourneyMapEditor value={map} onError={onError} />);
    await flush();
    expect(screen.getByRole("alert").textContent).toContain("emotions[0].score");
    expect(onError.mock.calls[0]![0][0].path).toBe("emotions[0].score");
  });

  it("keeps two editors on one page independent", async () => {
    render(
      <>
        <div style={{ height: 600 }}>
          <JourneyMapEditor defaultValue={template()} className="first" />
        </div>
        <div style={{ height: 600 }}>
          <JourneyMapEditor defaultValue={template()} className="second" />
        </div>
      </>,
    );
    await flush();
    const [first, second] = screen.getAllByRole("region", { name: "Journey map editor" });
    const target = within(first!).getByRole("button", { name: /Tells the waiter/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect(within(first!).queryByRole("button", { name: /Tells the waiter/ })).toBeNull();
    expect(within(second!).getByRole("button", { name: /Tells the waiter/ })).toBeTruthy();
  });

  it("puts the caret in the new record's first field after + Moment, + Metric and + Touchpoint", async () => {
    render(<Controlled initial={template()} />);
    await flush();
    const inspector = () => screen.getByRole("complementary", { name: "Inspector" });
    for (const [button, field, value] of [
      ["+ Moment", "Title", "New moment of truth"],
      ["+ Touchpoint", "Name", "New touchpoint"],
    ] as const) {
      fireEvent.click(screen.getByRole("button", { name: button }));
      await flush();
      const input = within(inspector()).getByLabelText(field) as HTMLInputElement;
      expect(document.activeElement).toBe(input);
      expect(input.value).toBe(value);
      expect([input.selectionStart, input.selectionEnd]).toEqual([0, value.length]);
    }
    fireEvent.click(screen.getByRole("button", { name: "+ Metric" }));
    await flush();
    expect(inspector().contains(document.activeElement)).toBe(true);
    expect(within(inspector()).getByRole("heading", { name: /Metric/ })).toBeTruthy();
  });
});
