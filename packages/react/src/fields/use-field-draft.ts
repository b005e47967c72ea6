import { useEffect, useRef, useState } from "react";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useReportDraft, useRestoredDraft } from "../store/use-report-draft.js";
import { useDraftTarget } from "./draft-target.js";

/**
 * The text of one field of the side panel or the persona board: it follows the map's `value` (undo,
 * a collaborator, a commit), takes up a draft the host restored, and is reported as a draft (named by
 * `field`, inside the nearest `DraftTargetContext`) while it differs from `value`. Give the field's
 * element to `box`: a restored draft focuses it with the caret after the text, ready to go on typing.
 *
 * @example
 * const box = useRef<HTMLInputElement>(null);
 * const [text, setText] = useFieldDraft("Description", stage.description ?? "", readOnly, box);
 */
export function useFieldDraft(
  field: string,
  value: string,
  readOnly = false,
  box?: { current: HTMLInputElement | HTMLTextAreaElement | null },
): [text: string, setText: (text: string) => void] {
  const store = useStoreApi();
  const group = useDraftTarget();
  const id = group ? { target: group.target, place: group.place, field } : null;
  const restored = useRestoredDraft(store, id);
  const [text, setText] = useState(() => restored?.text ?? value);
  const [seen, setSeen] = useState(value);
  const [adopted, setAdopted] = useState(restored);
  const latestBox = useRef(box);
  latestBox.current = box;
  if (seen !== value) {
    // The map changed under this field (a commit, undo, a collaborator): show what it holds now.
    setSeen(value);
    setText(value);
  }
  if (restored && restored !== adopted) {
    setAdopted(restored);
    setText(restored.text);
  }
  useReportDraft(store, id, value, text, !readOnly && text !== value);
  useEffect(() => {
    const element = adopted && latestBox.current?.current;
    if (!element) return;
    element.focus({ preventScroll: false });
    element.setSelectionRange(element.value.length, element.value.length);
  }, [adopted]);
  return [text, setText];
}
