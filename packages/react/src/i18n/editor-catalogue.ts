import {
  type CoreMessages,
  coreEn,
  coreTranslator,
  createTranslator,
  type LabelOptions,
  type Locale,
  type Messages,
  resolveLocale,
  type Translator,
} from "@journeykit/core";
import { editorEn } from "./editor-messages/en.js";

/** The shape of the editor's own catalogue: every key of the English one (`editorEn`). */
export type EditorOwnMessages = Messages<typeof editorEn>;

/**
 * Every word the editor writes, in one language: its own and core's (lane kinds, channels, metric
 * labels, names of new records). `@journeykit/react/locales/es`, `/de` and `/fr` each export one;
 * `<JourneyMapEditor messages>` takes a whole one or any of its keys.
 */
export type EditorMessages = EditorOwnMessages & CoreMessages;

/** Writes the editor's own messages (`t("toolbar.stage")`). */
export type EditorT = Translator<typeof editorEn>["t"];

/** Writes core's messages (`core("new.touchpoint")`). */
export type CoreT = Translator<typeof coreEn>["t"];

/** Everything an editor writes in its language: its words, core's words and the options of core's label functions. */
export interface EditorText {
  /** The language the words are in (English for a locale journeykit does not ship). */
  readonly language: Locale;
  /** The editor's `locale` (numbers, plural forms); undefined when none was given. */
  readonly locale: string | undefined;
  /** The editor's own words. */
  readonly t: EditorT;
  /** Core's words, in the same language. */
  readonly core: CoreT;
  /**
   * What core's label and layout functions take to write in this language (`metricFigure(m, labels)`);
   * its locale is undefined when the editor was given none (labels then follow the map's `locale`).
   */
  readonly labels: LabelOptions;
}

/** What an editor's text is made of: its locale, the language's catalogue, and a host's own words. */
export interface EditorTextSource {
  locale?: string | undefined;
  /** The catalogue of the locale's language (a `@journeykit/react/locales/…` module). */
  translation?: EditorMessages | undefined;
  /** A host's own words for some keys (or a whole catalogue), over the language's. */
  messages?: Partial<EditorMessages> | undefined;
}

/**
 * The editor's text from a locale, its language's catalogue and a host's words: each message from
 * the host's `messages`, else the catalogue's, else English.
 *
 * @example
 * const text = editorText({ locale: "es", translation: es });
 * text.t("toolbar.stage"); // "+ Etapa"
 */
export function editorText({ locale, translation, messages }: EditorTextSource): EditorText {
  const language = resolveLocale(locale);
  const words = language === "en" ? undefined : translation;
  const { t } = createTranslator(editorEn, { locale, translation: words, messages });
  const core = words && messages ? { ...words, ...messages } : (messages ?? words);
  const labels: LabelOptions = { locale, messages: core };
  return { language, locale, t, core: coreTranslator(labels).t, labels };
}

let english: EditorText | undefined;

/** The editor's text in English with no locale: outside an editor, and before anything else is asked for. */
export function englishText(): EditorText {
  english ??= editorText({});
  return english;
}

/**
 * Whether `messages` holds every key of the editor's and core's catalogues: such a catalogue needs
 * no language module loaded beneath it.
 */
export function isCompleteCatalogue(messages: Partial<EditorMessages> | undefined): boolean {
  if (!messages) return false;
  const has = (key: string) => {
    const message = (messages as Readonly<Record<string, unknown>>)[key];
    return typeof message === "string" ? message !== "" : typeof message === "object" && message !== null;
  };
  return Object.keys(editorEn).every(has) && Object.keys(coreEn).every(has);
}

const loaded = new Map<Locale, EditorMessages>();

/** A language's catalogue already loaded by `loadEditorMessages` (a second editor shows it at once). */
export function loadedEditorMessages(language: Locale): EditorMessages | undefined {
  return loaded.get(language);
}

/**
 * The editor's and core's words in the language of `locale`: the module of that language
 * (`@journeykit/react/locales/es`, `/de`, `/fr`), fetched the first time it is asked for (a chunk of
 * its own in the host's bundle); English for English or a language journeykit does not ship.
 * `<JourneyMapEditor locale="es">` calls it itself; a host that loads the language before its first
 * render (or imports the module) passes the result as `messages`, so the editor shows it at once.
 *
 * @example
 * const messages = await loadEditorMessages("de");
 * root.render(<JourneyMapEditor locale="de" messages={messages} defaultValue={map} />);
 */
export async function loadEditorMessages(locale: string | undefined): Promise<EditorMessages> {
  const language = resolveLocale(locale);
  let messages = loaded.get(language);
  if (messages) return messages;
  switch (language) {
    case "es":
      messages = (await import("./locales/es.js")).es;
      break;
    case "de":
      messages = (await import("./locales/de.js")).de;
      break;
    case "fr":
      messages = (await import("./locales/fr.js")).fr;
      break;
    default:
      messages = { ...coreEn, ...editorEn };
  }
  loaded.set(language, messages);
  return messages;
}
