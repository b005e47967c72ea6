// Type-level proof that the published declarations resolve: were any of these types `any`, each
// "expect error" directive below would be unused, and that is itself an error under `tsc`.
import type { CollaborationAdapter } from "@journeykit/collab";
import { createJourneyMap, type JourneyMap, parseJourneyMap } from "@journeykit/core";
import { toCsv, toPdf, toPptx } from "@journeykit/export";
import { JourneyMapEditor, type JourneyMapEditorHandle } from "@journeykit/react";

const map: JourneyMap = createJourneyMap({ title: "Typed" });
export const csv: string = toCsv(map);

// @ts-expect-error `value` must be a JourneyMap, not a number
export const wrongValue = <JourneyMapEditor value={42} />;

// Byte outputs are what the platform takes: no `as BlobPart` (TypeScript 5.7+ refuses a bare Uint8Array).
export async function deckFile(): Promise<Blob> {
  return new Blob([await toPptx(map)], {
    type: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  });
}
export async function pdfResponse(): Promise<Response> {
  return new Response(await toPdf(map), { headers: { "content-type": "application/pdf" } });
}

const result = parseJourneyMap("{}");
// @ts-expect-error `map` exists only once `ok` is narrowed to true
export const unnarrowed: JourneyMap = result.map;
export const narrowed: JourneyMap | undefined = result.ok ? result.map : undefined;

export function undoTwice(handle: JourneyMapEditorHandle): void {
  handle.undo();
  handle.undo();
  // @ts-expect-error the handle has no such method
  handle.explode();
}

// A live room: @journeykit/collab's adapter is what the editor's `collaboration` prop takes (react
// itself never imports yjs), and something that is not an adapter is refused.
export function LiveEditor({ adapter }: { adapter: CollaborationAdapter }) {
  return <JourneyMapEditor defaultValue={map} collaboration={adapter} />;
}
// @ts-expect-error an object without the adapter's methods is not a collaboration adapter
export const notAnAdapter = <JourneyMapEditor defaultValue={map} collaboration={{ getMap: () => map }} />;
