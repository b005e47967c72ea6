import { coreDe } from "@journeykit/core/locales/de";
import type { EditorMessages } from "../editor-catalogue.js";
import { editorDe } from "../editor-messages/de.js";

/**
 * Every word of the editor in German: its own and core's. Pass it to the editor to show German from
 * the first render, on a server too; `<JourneyMapEditor locale="de">` alone loads it itself.
 *
 * @example
 * import { de } from "@journeykit/react/locales/de";
 * <JourneyMapEditor locale="de" messages={de} defaultValue={map} />
 */
export const de: EditorMessages = { ...coreDe, ...editorDe };
