import { createId, type JourneyMap } from "@journeykit/core";
import { useCallback, useState } from "react";
import { useWorkshopText } from "../i18n/WorkshopTextProvider";
import { navigate } from "../route";
import { useLibrary, useUnsavedMaps } from "../storage/library-context";
import { describeStorageProblem } from "../storage/storage-problem";
import { type OpenResult, readMapFile } from "./read-map-file";
import type { RepairOffer } from "./repair-offer";

/** What the person sees after opening a file that could not be read. */
export interface OpenError {
  fileName: string;
  format: string;
  errors: string[];
  /** Whether a repair can open it anyway (a JSON map): absent for a file no repair applies to. */
  repair?: RepairOffer;
}

/**
 * Open a file as a new stored map and go to it. A broken file leaves everything as it was and
 * reports what is wrong and where; a file whose map id is already stored gets a new id, so opening
 * never overwrites work. A map that cannot be stored (a full quota) still opens, held by this tab.
 */
export function useOpenFile() {
  const library = useLibrary();
  const unsaved = useUnsavedMaps();
  const [error, setError] = useState<OpenError | null>(null);
  const [busy, setBusy] = useState(false);
  const text = useWorkshopText();

  const open = useCallback(
    async (file: File): Promise<OpenResult> => {
      setBusy(true);
      try {
        const result = await readMapFile(file, text);
        if (!result.ok) {
          setError({ fileName: file.name, format: result.format, errors: result.errors });
          return result;
        }
        setError(null);
        let map: JourneyMap = result.map;
        const taken = unsaved.get(map.id) ?? (await library.load(map.id).catch(() => undefined));
        if (taken) map = { ...map, id: createId("map") };
        try {
          await library.save(map);
        } catch (reason) {
          // Not stored (a full quota): this tab holds it, and the map's screen says so and offers
          // Save to file, so the opened map is not lost.
          unsaved.keep({ map, base: 0, problem: describeStorageProblem(reason) });
        }
        navigate({ screen: "map", id: map.id });
        return result;
      } finally {
        setBusy(false);
      }
    },
    [library, unsaved, text],
  );

  return { open, error, busy, dismiss: () => setError(null) };
}
