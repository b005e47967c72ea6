import type { EditorT } from "./editor-catalogue.js";
import { editorEn } from "./editor-messages/en.js";

/** The keys of the editor's field labels: plain texts, no placeholders. */
export type FieldLabelKey = Extract<
  keyof typeof editorEn,
  | `field.${"title" | "description" | "tags" | "name" | "text" | "votes" | "cardTags" | "owner" | "label" | "value" | "target" | "sampleSize" | "source"}`
  | `persona.${string}`
  | `empathy.${string}`
>;

/**
 * A field's label in the editor's language, and the name its draft is reported by: the English label,
 * the same in every language, so a draft kept under one language is restored under another.
 *
 * @example
 * <TextField {...fieldLabel(t, "field.description")} value={stage.description ?? ""} onCommit={save} />
 * // label "Descripción" in Spanish, draft field "Description"
 */
export function fieldLabel(t: EditorT, key: FieldLabelKey): { label: string; field: string } {
  return { label: t(key), field: editorEn[key] };
}
