const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeEntities = (xml: string) =>
  xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/**
 * pptxgenjs dashes every line of a chart or none (`lineDash` is per chart): the series named in
 * `names` (a persona's measured curve, "Claire (measured)") get PowerPoint's dashed line (`prstDash
 * "dash"`) in every chart part. Returns the bytes unchanged when no name is given.
 */
export async function dashChartSeries(bytes: Uint8Array, names: readonly string[]): Promise<Uint8Array> {
  if (names.length === 0) return bytes;
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const wanted = new Set(names);
  const parts = Object.keys(zip.files).filter((name) => CHART_PART.test(name));
  for (const name of parts) {
    const xml = await zip.file(name)!.async("string");
    const dashed = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (series) => {
      const title = /<c:tx>[\s\S]*?<c:v>([\s\S]*?)<\/c:v>[\s\S]*?<\/c:tx>/.exec(series)?.[1];
      return title !== undefined && wanted.has(decodeEntities(title))
        ? series.replace(/<a:prstDash val="[^"]*"\/>/, '<a:prstDash val="dash"/>')
        : series;
    });
    zip.file(name, dashed);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
