import { type Locale, resolveLocale } from "@journeykit/core";
import { useEffect, useMemo, useRef, useState } from "react";
import {
  type EditorMessages,
  type EditorText,
  editorText,
  isCompleteCatalogue,
  loadEditorMessages,
  loadedEditorMessages,
} from "./editor-catalogue.js";

/** `next` unless it holds the same keys and texts as `kept`: a host's inline object does not redo the layout. */
function sameMessages(kept: Partial<EditorMessages> | undefined, next: Partial<EditorMessages> | undefined) {
  if (kept === next) return true;
  if (!kept || !next) return false;
  const keys = Object.keys(next) as (keyof EditorMessages)[];
  return keys.length === Object.keys(kept).length && keys.every((key) => kept[key] === next[key]);
}

/**
 * The editor's text for its `locale` and `messages` props. English is inline; a complete catalogue in
 * `messages` (a `@journeykit/react/locales/…` module) is used at once, on a server too; otherwise the
 * language's module is loaded (`loadEditorMessages`) and `null` returned until it has arrived, the
 * first time only: a language switched to later shows once loaded, the previous one until then.
 */
export function useResolvedText(
  locale: string | undefined,
  messages: Partial<EditorMessages> | undefined,
): EditorText | null {
  const kept = useRef(messages);
  if (!sameMessages(kept.current, messages)) kept.current = messages;
  const own = kept.current;
  const language = resolveLocale(locale);
  const wanted = language === "en" || isCompleteCatalogue(own) ? undefined : language;
  // Set when the language's module has arrived (it is then in `loadedEditorMessages`) or failed to.
  const [arrived, setArrived] = useState<{ language: Locale; failed: boolean } | null>(null);
  const translation = wanted ? loadedEditorMessages(wanted) : undefined;
  const failed = arrived !== null && arrived.language === wanted && arrived.failed;
  const ready = wanted === undefined || translation !== undefined || failed;
  useEffect(() => {
    if (!wanted || loadedEditorMessages(wanted)) return;
    let live = true;
    loadEditorMessages(wanted).then(
      () => live && setArrived({ language: wanted, failed: false }),
      (error: unknown) => {
        console.error("journeykit: the editor's words could not be loaded; it shows English", error);
        if (live) setArrived({ language: wanted, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const text = useMemo(
    () => (ready ? editorText({ locale, translation, messages: own }) : null),
    [ready, locale, translation, own],
  );
  const [shown, setShown] = useState(text);
  if (text && text !== shown) setShown(text);
  return text ?? shown;
}
