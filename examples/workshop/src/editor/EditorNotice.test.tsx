import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { EditorNotice } from "./EditorNotice";

describe("<EditorNotice>", () => {
  it("names each problem with its path, at most five, and is dismissed by the person", () => {
    const onDismiss = vi.fn();
    const issues = Array.from({ length: 7 }, (_, i) => ({ path: `cards[${i}].text`, message: "too long" }));
    render(<EditorNotice issues={issues} onDismiss={onDismiss} />);
    const alert = screen.getByRole("alert", { name: "The editor could not do that" });
    expect(alert.textContent).toContain("cards[0].text: too long");
    expect(alert.querySelectorAll("li")).toHaveLength(5);
    expect(alert.textContent).toContain("…and 2 more.");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});
