// A Server Component (no "use client"): the map is made on the server, the editor hydrates in the browser.
import { getTemplate } from "@journeykit/core";
import { JourneyMapEditor } from "@journeykit/react";

export default function Page() {
  const map = getTemplate("coffee-shop-mobile-ordering")!.create();
  return (
    <main style={{ height: "100vh" }}>
      <JourneyMapEditor defaultValue={map} />
    </main>
  );
}
