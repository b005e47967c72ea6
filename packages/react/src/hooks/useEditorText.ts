import { useContext } from "react";
import { type EditorText, englishText } from "../i18n/editor-catalogue.js";
import { EditorTextContext } from "../i18n/editor-text-context.js";

/**
 * The nearest editor's words in its language (`locale` and `messages` of `<JourneyMapEditor>` or
 * `<JourneyMapProvider>`): `t` for the editor's own messages, `core` for core's, and `labels` for
 * core's label functions. English outside an editor. A host's own parts inside the editor (a panel)
 * use it to speak the editor's language.
 *
 * @example
 * function Comments() {
 *   const { t, labels } = useEditorText();
 *   return <h2>{t("record.card")}</h2>;
 * }
 */
export function useEditorText(): EditorText {
  return useContext(EditorTextContext) ?? englishText();
}
