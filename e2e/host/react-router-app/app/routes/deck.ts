// A resource route (a loader and no component): the deck is made on the server and sent as a file.
import { getTemplate } from "@journeykit/core";
import { toPptx } from "@journeykit/export";

export async function loader() {
  const deck = await toPptx(getTemplate("saas-trial")!.create());
  return new Response(deck, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "content-disposition": 'attachment; filename="journey.pptx"',
    },
  });
}
