import { createId, type JourneyMap } from "@journeykit/core";
import { useCallback, useState } from "react";
import { navigate } from "../route";
import { useLibrary } from "../storage/library-context";
import { type OpenResult, readMapFile } from "./read-map-file";

/** What the person sees after opening a file that could not be read. */
export interface OpenError {
  fileName: string;
  format: string;
  errors: string[];
}

/**
 * Open a file as a new stored map and go to it. A broken file leaves everything as it was and
 * reports what is wrong and where; a file whose map id is already stored gets a new id, so opening
 * never overwrites work.
 */
export function useOpenFile() {
  const library = useLibrary();
  const [error, setError] = useState<OpenError | null>(null);
  const [busy, setBusy] = useState(false);

  const open = useCallback(
    async (file: File): Promise<OpenResult> => {
      setBusy(true);
      try {
        const result = await readMapFile(file);
        if (!result.ok) {
          setError({ fileName: file.name, format: result.format, errors: result.errors });
          return result;
        }
        setError(null);
        let map: JourneyMap = result.map;
        if (await library.load(map.id).catch(() => undefined)) map = { ...map, id: createId("map") };
        try {
          await library.save(map);
        } catch (reason) {
          const message = reason instanceof Error ? reason.message : String(reason);
          setError({
            fileName: file.name,
            format: result.format,
            errors: [`could not be stored: ${message}`],
          });
          return { ok: false, format: result.format, errors: [message] };
        }
        navigate({ screen: "map", id: map.id });
        return result;
      } finally {
        setBusy(false);
      }
    },
    [library],
  );

  return { open, error, busy, dismiss: () => setError(null) };
}
