import { createJourneyMap } from "@journeykit/core";
import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ThemeToggle } from "../theme/ThemeToggle";
import { VotingPanel } from "../voting/VotingPanel";
import { LanguageSwitch } from "./LanguageSwitch";
import { writeLanguage } from "./language-preference";
import { WorkshopTextProvider } from "./WorkshopTextProvider";
import { loadLanguage } from "./workshop-catalogue";

afterEach(() => window.localStorage.clear());

describe("<WorkshopTextProvider>", () => {
  it("renders the app's words in the language loaded before the first render", async () => {
    const spanish = await loadLanguage("es");
    window.localStorage.setItem("journeykit-workshop:language", "es");
    render(
      <WorkshopTextProvider initial={spanish}>
        <ThemeToggle preference="dark" />
        <VotingPanel map={createJourneyMap()} onChange={() => {}} />
      </WorkshopTextProvider>,
    );
    expect(screen.getByRole("button", { name: "Tema de color: Oscuro. Cambiar a Sistema" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Votación con puntos" })).toBeTruthy();
    expect(screen.getByTestId("vote-tally").textContent).toBe("0 de 18 puntos usados · quedan 18");
    expect(document.documentElement.lang).toBe("es");
  });

  it("switches language when the person picks one, and remembers it", async () => {
    window.localStorage.setItem("journeykit-workshop:language", "en");
    render(
      <WorkshopTextProvider>
        <LanguageSwitch />
        <ThemeToggle preference="light" />
      </WorkshopTextProvider>,
    );
    expect(screen.getByRole("button", { name: /^Colour theme: Light/ })).toBeTruthy();
    await act(async () => writeLanguage("de"));
    expect(await screen.findByRole("button", { name: "Farbschema: Hell. Zu Dunkel wechseln" })).toBeTruthy();
    expect((screen.getByRole("combobox", { name: "Sprache" }) as HTMLSelectElement).value).toBe("de");
    expect(window.localStorage.getItem("journeykit-workshop:language")).toBe("de");
  });
});
