import { getTemplate } from "@journeykit/core";
import { MapWithExports } from "./map-with-exports";

export default function ExportPage() {
  return <MapWithExports initialMap={getTemplate("saas-trial")!.create()} />;
}
