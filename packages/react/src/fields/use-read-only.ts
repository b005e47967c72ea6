import { useJourneyMapStore } from "../hooks/useJourneyMapStore.js";

/** Fields are read-only when the editor is, unless told otherwise. */
export function useReadOnly(readOnly: boolean | undefined): boolean {
  const editorReadOnly = useJourneyMapStore((s) => s.readOnly);
  return readOnly ?? editorReadOnly;
}
