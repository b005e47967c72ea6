import { createRequire } from "node:module";
import { getTemplate } from "@journeykit/core";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { download } from "../file/download";
import { WorkshopTextProvider } from "../i18n/WorkshopTextProvider";
import { loadLanguage, workshopText } from "../i18n/workshop-catalogue";
import { ExportMenu } from "./ExportMenu";

vi.mock("../file/download", async (original) => ({
  ...(await original<typeof import("../file/download")>()),
  download: vi.fn(),
}));

/** JSZip, as the export package loads it for toPptx: the slides of the downloaded deck. */
const requireFromExport = createRequire(
  createRequire(import.meta.url).resolve("@journeykit/export/package.json"),
);
const JSZip = requireFromExport("jszip") as {
  loadAsync(
    bytes: ArrayBuffer,
  ): Promise<{ file(name: string): { async(type: "string"): Promise<string> } | null }>;
};

afterEach(() => {
  window.localStorage.clear();
  vi.mocked(download).mockClear();
});

/** Picks a format from the menu (its words in the app's language) and returns what was downloaded. */
async function exportAs(label: string, t: (key: "export.button") => string): Promise<Blob | string> {
  fireEvent.click(screen.getByRole("button", { name: t("export.button") }));
  await act(async () =>
    fireEvent.click(
      screen.getByRole("menuitem", { name: new RegExp(`^${label.replace(/[()[\].*+?^$|\\]/g, "\\$&")}`) }),
    ),
  );
  await waitFor(() => expect(download).toHaveBeenCalled(), { timeout: 10_000 });
  return vi.mocked(download).mock.calls[0]![0];
}

describe("<ExportMenu> in the app's language", () => {
  it("writes the SVG and the PowerPoint deck in Spanish when the app is in Spanish", async () => {
    const spanish = await loadLanguage("es");
    const { t } = workshopText(spanish);
    window.localStorage.setItem("journeykit-workshop:language", "es");
    const map = getTemplate("online-store-checkout")!.create();
    render(
      <WorkshopTextProvider initial={spanish}>
        <ExportMenu map={map} getElement={() => null} />
      </WorkshopTextProvider>,
    );
    const svg = await exportAs(t("export.svg.label"), t);
    expect(svg).toContain(`aria-label="Mapa del recorrido del cliente: ${map.title}"`);
    expect(svg).toContain(">Estado actual · Daniel, Ana · 5 etapas<");
    vi.mocked(download).mockClear();
    const deck = await exportAs(t("export.pptx169.label"), t);
    const zip = await JSZip.loadAsync(await (deck as Blob).arrayBuffer());
    const slide2 = await zip.file("ppt/slides/slide2.xml")!.async("string");
    expect(slide2).toContain(`<a:t>${map.title}: curva emocional</a:t>`);
  });
});
