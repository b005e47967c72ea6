import { createJourneyMap, createMetric, type JourneyMap } from "@journeykit/core";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { es } from "../i18n/locales/es.js";
import { JourneyMapEditor, type JourneyMapEditorProps } from "./JourneyMapEditor.js";

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

/** A new map whose first stage has a measured wait time: its header shows "±6.3" (a mean's margin). */
function mapWithMetric(): JourneyMap {
  const map = createJourneyMap({ title: "Bakery" });
  const wait = createMetric({
    kind: "custom",
    label: "Wait",
    value: 42.5,
    marginOfError: 6.3,
    stageId: map.stages[0]!.id,
  });
  return { ...map, metrics: [wait] };
}

function Editor(props: Omit<JourneyMapEditorProps, "defaultValue">) {
  return (
    <div style={{ width: 1400, height: 900 }}>
      <JourneyMapEditor defaultValue={mapWithMetric()} {...props} />
    </div>
  );
}

const toolbar = () => screen.getByRole("toolbar");
const metricText = () => document.querySelector(".jk-metric .jk-metric-text")?.textContent;

describe("<JourneyMapEditor locale>", () => {
  it("shows Spanish from the first render when given the Spanish module: toolbar, canvas, metrics, Inspector", async () => {
    render(<Editor locale="es" messages={es} />);
    // Before any effect or chunk: the words are there already.
    expect(within(toolbar()).getByRole("button", { name: "+ Etapa" })).toBeTruthy();
    expect(screen.getByRole("toolbar", { name: "Herramientas del mapa de recorrido" })).toBeTruthy();
    await flush();
    expect(screen.getByRole("region", { name: "Editor del mapa de recorrido" }).getAttribute("lang")).toBe(
      "es",
    );
    expect(within(toolbar()).getByRole("button", { name: "↶ Deshacer" })).toBeTruthy();
    expect(metricText()).toBe("Wait 42,5 ±6,3");
    expect(screen.getByRole("group", { name: "Curvas emocionales" })).toBeTruthy();
    // React Flow's zoom buttons too, beside the toolbar's.
    expect(screen.getAllByRole("button", { name: "Acercar" })).toHaveLength(2);
    expect(screen.getByRole("tab", { name: "Inspector" })).toBeTruthy();
    const inspector = screen.getByRole("complementary", { name: "Inspector" });
    expect(within(inspector).getByRole("heading", { name: "Mapa de recorrido" })).toBeTruthy();
    expect(within(inspector).getByLabelText("Título")).toBeTruthy();
    expect(within(inspector).getByLabelText("Descripción")).toBeTruthy();
    expect(within(inspector).getByRole("option", { name: "Estado actual" })).toBeTruthy();
    // A stage's own fields, and a lane's kinds in core's Spanish words.
    fireEvent.click(screen.getAllByRole("button", { name: /^Etapa 1: / })[0]!);
    expect(within(inspector).getByRole("heading", { name: "Etapa" })).toBeTruthy();
    expect(within(inspector).getByLabelText("Nombre")).toBeTruthy();
    expect(within(inspector).getByRole("button", { name: "Eliminar" })).toBeTruthy();
    const kinds = within(toolbar()).getByRole("combobox", { name: "Tipo de fila que añadir" });
    expect((kinds as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("Puntos de dolor");
  });

  it("names what it adds in the editor's language", async () => {
    render(<Editor locale="es" messages={es} />);
    await flush();
    fireEvent.click(within(toolbar()).getByRole("button", { name: "+ Etapa" }));
    await flush();
    expect(screen.getByRole("textbox", { name: "Nombre de la etapa" })).toHaveProperty("value", "Etapa 4");
  });

  it("loads Spanish itself with locale alone, holding its canvas until the words are there", async () => {
    const { container } = render(<Editor locale="es-ES" />);
    const root = container.querySelector(".jk-root")!;
    expect(root.getAttribute("aria-busy")).toBe("true");
    expect(screen.queryByRole("toolbar")).toBeNull();
    expect(await screen.findByRole("button", { name: "+ Etapa" })).toBeTruthy();
    expect(root.getAttribute("aria-busy")).toBeNull();
    await flush();
    expect(metricText()).toBe("Wait 42,5 ±6,3");
  });

  it("puts a host's words over the language's, one string at a time", async () => {
    render(<Editor locale="es" messages={{ ...es, "toolbar.stage": "+ Fase" }} />);
    expect(within(toolbar()).getByRole("button", { name: "+ Fase" })).toBeTruthy();
    expect(within(toolbar()).getByRole("button", { name: "+ Tarjeta" })).toBeTruthy();
    await flush();
  });

  it("loads the language beneath a host's partial words", async () => {
    render(
      <Editor locale="es" messages={{ "toolbar.stage": "+ Fase", "laneKind.painPoints": "Fricciones" }} />,
    );
    expect(await screen.findByRole("button", { name: "+ Fase" })).toBeTruthy();
    expect(within(toolbar()).getByRole("button", { name: "+ Tarjeta" })).toBeTruthy();
    const kinds = within(toolbar()).getByRole("combobox", { name: "Tipo de fila que añadir" });
    expect((kinds as HTMLSelectElement).selectedOptions[0]!.textContent).toBe("Fricciones");
  });

  it("falls back to English for a language it does not ship, numbers in that locale", async () => {
    render(<Editor locale="pt-BR" />);
    // English is inline: nothing to wait for.
    expect(within(toolbar()).getByRole("button", { name: "+ Stage" })).toBeTruthy();
    await flush();
    expect(screen.getByRole("region", { name: "Journey map editor" }).getAttribute("lang")).toBe("en");
    expect(metricText()).toBe("Wait 42,5 ±6,3");
  });

  it("writes English with the map's number format without a locale", async () => {
    render(<Editor />);
    expect(within(toolbar()).getByRole("button", { name: "+ Stage" })).toBeTruthy();
    await flush();
    expect(screen.getByRole("region", { name: "Journey map editor" }).hasAttribute("lang")).toBe(false);
    expect(metricText()).toBe("Wait 42.5 ±6.3");
  });

  it("switches language in place: the previous words until the new ones arrive, the map and selection kept", async () => {
    const { rerender } = render(<Editor locale="es" messages={es} />);
    await flush();
    fireEvent.click(screen.getAllByRole("button", { name: /^Etapa 1: / })[0]!);
    rerender(<Editor locale="fr" />);
    expect(within(toolbar()).getByRole("button", { name: "+ Etapa" })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "+ Étape" })).toBeTruthy();
    const inspector = screen.getByRole("complementary", { name: "Inspecteur" });
    expect(within(inspector).getByRole("heading", { name: "Étape" })).toBeTruthy();
    await flush();
    expect(metricText()).toBe("Wait 42,5 ±6,3");
  });
});
