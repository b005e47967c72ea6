import type JSZip from "jszip";

const CHART_PART = /^ppt\/charts\/chart\d+\.xml$/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const decodeEntities = (xml: string) =>
  xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/**
 * pptxgenjs dashes every line of a chart or none (`lineDash` is per chart): the series named in
 * `names` (a persona's measured curve, "Claire (measured)") get PowerPoint's dashed line (`prstDash
 * "dash"`) in every chart part of `zip`, changed in place. Changes nothing when no name is given.
 */
export async function dashChartSeries(zip: JSZip, names: readonly string[]): Promise<void> {
  if (names.length === 0) return;
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
}
