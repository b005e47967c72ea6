import { coreEs } from "@journeykit/core/locales/es";
import type { EditorMessages } from "../editor-catalogue.js";
import { editorEs } from "../editor-messages/es.js";

/**
 * Every word of the editor in Spanish: its own and core's. Pass it to the editor to show Spanish from
 * the first render, on a server too; `<JourneyMapEditor locale="es">` alone loads it itself.
 *
 * @example
 * import { es } from "@journeykit/react/locales/es";
 * <JourneyMapEditor locale="es" messages={es} defaultValue={map} />
 */
export const es: EditorMessages = { ...coreEs, ...editorEs };
