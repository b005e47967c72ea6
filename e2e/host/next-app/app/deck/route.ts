import { getTemplate } from "@journeykit/core";
import { toPptx } from "@journeykit/export";

// A Route Handler: the deck is made on the server and sent as a file.
export async function GET() {
  const deck = await toPptx(getTemplate("saas-trial")!.create());
  return new Response(deck, {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "content-disposition": 'attachment; filename="journey.pptx"',
    },
  });
}
