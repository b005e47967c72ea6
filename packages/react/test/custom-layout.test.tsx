import { getTemplate, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import {
  EmotionCurve,
  Inspector,
  JourneyCanvas,
  JourneyMapEditor,
  JourneyMapProvider,
  type JourneyMapProviderProps,
  Toolbar,
} from "../src/index.js";

const template = () => getTemplate("restaurant-complaint-recovery")!.create();
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

/** The custom layout of docs/embedding.md: the host places the parts itself. */
function CustomLayout({ theme }: Pick<JourneyMapProviderProps, "theme">) {
  const [map, setMap] = useState<JourneyMap>(template);
  return (
    <div data-testid="host">
      <JourneyMapProvider
        value={map}
        onChange={setMap}
        {...(theme ? { theme } : {})}
        className="my-layout"
        style={{ height: 600 }}
      >
        <ReactFlowProvider>
          <Toolbar />
          <div style={{ display: "flex", flex: 1, minHeight: 0 }}>
            <JourneyCanvas />
            <EmotionCurve personaId={map.personas[0]!.id} width={280} />
            <Inspector />
          </div>
        </ReactFlowProvider>
      </JourneyMapProvider>
    </div>
  );
}

describe("a custom layout built from the parts", () => {
  it("sits inside one .jk-root rendered by the provider, so the editor's styles apply", async () => {
    render(<CustomLayout />);
    await flush();
    const roots = screen.getByTestId("host").querySelectorAll(".jk-root");
    expect(roots).toHaveLength(1);
    const root = roots[0] as HTMLElement;
    expect(root.classList.contains("my-layout")).toBe(true);
    expect(root.style.height).toBe("600px");
    for (const part of [
      screen.getByRole("toolbar", { name: "Journey map tools" }),
      screen.getByRole("application"),
      screen.getByRole("img", { name: /Claire's emotion curve/ }),
      screen.getByRole("complementary", { name: "Inspector" }),
    ]) {
      expect(part.closest(".jk-root")).toBe(root);
    }
    expect(root.querySelector(".jk-canvas .react-flow")).not.toBeNull();
  });

  it("carries the theme: light by default, dark as a class, brand colours as --jk-* variables", async () => {
    const { unmount } = render(<CustomLayout />);
    await flush();
    let root = document.querySelector(".jk-root") as HTMLElement;
    expect(root.classList.contains("jk-theme-dark")).toBe(false);
    unmount();

    const dark = render(<CustomLayout theme="dark" />);
    await flush();
    root = document.querySelector(".jk-root") as HTMLElement;
    expect(root.classList.contains("jk-theme-dark")).toBe(true);
    dark.unmount();

    render(<CustomLayout theme={{ "--jk-accent": "#0f766e", "--jk-font": "Georgia, serif" }} />);
    await flush();
    root = document.querySelector(".jk-root") as HTMLElement;
    expect(root.style.getPropertyValue("--jk-accent")).toBe("#0f766e");
    expect(root.style.getPropertyValue("--jk-font")).toBe("Georgia, serif");
    expect(root.style.height).toBe("600px");
  });

  it("has the editor's keyboard shortcuts, scoped to its root", async () => {
    render(<CustomLayout />);
    await flush();
    const target = screen.getByRole("button", { name: /No staff in sight to tell/ });
    act(() => target.focus());
    fireEvent.keyDown(target, { key: "Delete" });
    await flush();
    expect(screen.queryByRole("button", { name: /No staff in sight to tell/ })).toBeNull();
    fireEvent.keyDown(screen.getByRole("region", { name: "Journey map editor" }), {
      key: "z",
      ctrlKey: true,
    });
    await flush();
    expect(screen.getByRole("button", { name: /No staff in sight to tell/ })).toBeTruthy();
  });
});

describe("<JourneyMapEditor> root", () => {
  it("renders exactly one .jk-root, with the theme and the host's class and style", async () => {
    const { container } = render(
      <JourneyMapEditor
        defaultValue={template()}
        theme={{ "--jk-accent": "#0f766e" }}
        className="host-editor"
        style={{ height: 700 }}
      />,
    );
    await flush();
    const roots = container.querySelectorAll(".jk-root");
    expect(roots).toHaveLength(1);
    const root = roots[0] as HTMLElement;
    expect(root.classList.contains("host-editor")).toBe(true);
    expect(root.style.getPropertyValue("--jk-accent")).toBe("#0f766e");
    expect(root.style.height).toBe("700px");
    expect(within(root).getByRole("toolbar", { name: "Journey map tools" })).toBeTruthy();
  });

  it("puts the dark theme on its root", async () => {
    const { container } = render(<JourneyMapEditor defaultValue={template()} theme="dark" />);
    await flush();
    expect(container.querySelectorAll(".jk-root.jk-theme-dark")).toHaveLength(1);
  });

  it("themes the invalid-map message like the editor", async () => {
    const map = template();
    map.emotions[0]!.score = 9;
    const { container } = render(<JourneyMapEditor value={map} theme="dark" style={{ height: 300 }} />);
    await flush();
    const root = container.querySelector(".jk-root") as HTMLElement;
    expect(root.classList.contains("jk-theme-dark")).toBe(true);
    expect(root.getAttribute("role")).toBe("alert");
  });
});

describe("React Flow attribution", () => {
  const attribution = () => document.querySelector(".react-flow__attribution");

  it("is shown by default", async () => {
    render(<JourneyMapEditor defaultValue={template()} />);
    await flush();
    expect(attribution()?.textContent).toContain("React Flow");
  });

  it("is hidden when the host sets hideAttribution", async () => {
    render(<JourneyMapEditor defaultValue={template()} hideAttribution />);
    await flush();
    expect(screen.getByRole("application")).toBeTruthy();
    expect(attribution()).toBeNull();
  });

  it("follows the same prop on a JourneyCanvas in a custom layout", async () => {
    const { unmount } = render(
      <JourneyMapProvider defaultValue={template()}>
        <JourneyCanvas />
      </JourneyMapProvider>,
    );
    await flush();
    expect(attribution()).not.toBeNull();
    unmount();
    render(
      <JourneyMapProvider defaultValue={template()}>
        <JourneyCanvas hideAttribution />
      </JourneyMapProvider>,
    );
    await flush();
    expect(attribution()).toBeNull();
  });
});
