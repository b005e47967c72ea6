import { useEffect, useRef, useState } from "react";
import { useStoreApi } from "../hooks/useStoreApi.js";
import { useReportDraft, useRestoredDraft } from "../store/use-report-draft.js";
import { useDraftTarget } from "./draft-target.js";
import { type DraftBox, type MergingDraft, useMergingDraft } from "./use-merging-draft.js";

/**
 * The text of one field of the side panel or the persona board: it follows the map's `value` (undo,
 * a collaborator, a commit), merging what arrives into what is typed (`useMergingDraft`; `merge:
 * false`, for a number, shows the map's value instead), takes up a draft the host restored, and is
 * reported as a draft (named by `field`, inside the nearest `DraftTargetContext`) while it differs
 * from `value`. Give the field's element to `box`: a restored draft focuses it with the caret after
 * the text, ready to go on typing, and a merge keeps the caret where it was. A commit saves
 * `draft.follow(value)`.
 *
 * @example
 * const box = useRef<HTMLInputElement>(null);
 * const draft = useFieldDraft("Description", stage.description ?? "", readOnly, box);
 * <input ref={box} value={draft.text} onChange={(e) => draft.setText(e.target.value)} {...draft.composition} />
 */
export function useFieldDraft(
  field: string,
  value: string,
  readOnly = false,
  box?: DraftBox,
  merge = true,
): MergingDraft {
  const store = useStoreApi();
  const group = useDraftTarget();
  const id = group ? { target: group.target, place: group.place, field } : null;
  const restored = useRestoredDraft(store, id);
  const draft = useMergingDraft(value, () => restored?.text ?? value, box, merge);
  const [adopted, setAdopted] = useState(restored);
  const latestBox = useRef(box);
  latestBox.current = box;
  if (restored && restored !== adopted) {
    setAdopted(restored);
    draft.reset(restored.text);
  }
  useReportDraft(store, id, draft.base, draft.text, !readOnly && draft.text !== value);
  useEffect(() => {
    const element = adopted && latestBox.current?.current;
    if (!element) return;
    element.focus({ preventScroll: false });
    element.setSelectionRange(element.value.length, element.value.length);
  }, [adopted]);
  return draft;
}
