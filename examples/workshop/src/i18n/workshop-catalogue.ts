import {
  type CoreMessages,
  coreEn,
  createTranslator,
  type LabelOptions,
  type Locale,
  loadCoreMessages,
  type Messages,
  type Translator,
} from "@journeykit/core";
import { type EditorMessages, loadEditorMessages } from "@journeykit/react";
import { workshopEn } from "./messages/en";

/** The shape of the workshop's catalogue: every key of the English one. */
export type WorkshopMessages = Messages<typeof workshopEn>;

/** Writes the workshop's own messages (`t("start.newMap")`). */
export type WorkshopT = Translator<typeof workshopEn>["t"];

/** Everything the app writes in one language: its words, core's words, numbers and dates. */
export interface WorkshopText {
  /** The app's language. */
  locale: Locale;
  /** The app's own messages in that language. */
  t: WorkshopT;
  /** What core's label functions take to write in that language (`metricFigure(m, text.labels)`). */
  labels: LabelOptions;
  /** The editor's props for that language (`<JourneyMapEditor {...text.editor}>`): loaded, so no flash of English. */
  editor: { locale: Locale; messages?: EditorMessages };
}

/** The app's words in one language, as loaded. */
export interface LoadedLanguage {
  locale: Locale;
  workshop: WorkshopMessages | undefined;
  core: CoreMessages;
  /** The editor's and core's words (`@journeykit/react/locales/…`); none for English, the editor's own. */
  editor?: EditorMessages | undefined;
}

/** The app's words in English: in the main bundle, what every screen starts with and falls back to. */
export const ENGLISH: LoadedLanguage = { locale: "en", workshop: undefined, core: coreEn };

/**
 * The workshop's and core's words in `locale`: Spanish, German and French are chunks of their own,
 * fetched when the language is first chosen; English is already here.
 */
export async function loadLanguage(locale: Locale): Promise<LoadedLanguage> {
  const [workshop, core, editor] = await Promise.all([
    loadWorkshopMessages(locale),
    loadCoreMessages(locale),
    locale === "en" ? undefined : loadEditorMessages(locale),
  ]);
  return { locale, workshop, core, editor };
}

async function loadWorkshopMessages(locale: Locale): Promise<WorkshopMessages | undefined> {
  switch (locale) {
    case "es":
      return (await import("./messages/es")).workshopEs;
    case "de":
      return (await import("./messages/de")).workshopDe;
    case "fr":
      return (await import("./messages/fr")).workshopFr;
    default:
      return undefined;
  }
}

/** The app's text from what was loaded. */
export function workshopText(language: LoadedLanguage): WorkshopText {
  const { locale, workshop, core, editor } = language;
  const { t } = createTranslator(workshopEn, { locale, translation: workshop });
  return {
    locale,
    t,
    labels: { locale, messages: core },
    editor: editor ? { locale, messages: editor } : { locale },
  };
}

/** The app's text in English: the default of every function that writes words outside React. */
export const englishText: WorkshopText = workshopText(ENGLISH);
