// Part of `pnpm build` of @journeykit/server: copies the built workshop app (examples/workshop/dist,
// built first: the workshop is a dev dependency) into app/, which the package publishes and
// journeykit-server serves on its own port. Without a built workshop the server still builds; it then
// answers the API only and says so when it starts.
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const from = fileURLToPath(new URL("../../../examples/workshop/dist/", import.meta.url));
const to = fileURLToPath(new URL("../app/", import.meta.url));
rmSync(to, { recursive: true, force: true });
if (existsSync(`${from}index.html`)) {
  cpSync(from, to, { recursive: true });
  console.log("journeykit-server: the workshop app is in app/");
} else {
  console.warn(`journeykit-server: no built workshop app at ${from}; the server will serve the API only`);
}
