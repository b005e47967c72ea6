import { coreFr } from "@journeykit/core/locales/fr";
import type { EditorMessages } from "../editor-catalogue.js";
import { editorFr } from "../editor-messages/fr.js";

/**
 * Every word of the editor in French: its own and core's. Pass it to the editor to show French from
 * the first render, on a server too; `<JourneyMapEditor locale="fr">` alone loads it itself.
 *
 * @example
 * import { fr } from "@journeykit/react/locales/fr";
 * <JourneyMapEditor locale="fr" messages={fr} defaultValue={map} />
 */
export const fr: EditorMessages = { ...coreFr, ...editorFr };
