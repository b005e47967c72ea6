import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { answerFacilitatorToken, ownAddresses } from "./facilitator-token-plugin";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A server answering the token as the dev server does, treating `own` as this machine's addresses. */
async function serve(own: Set<string>) {
  server = createServer((request, response) => answerFacilitatorToken(request, response, "FAC.TOKEN", own));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe("the facilitator's token in pnpm live", () => {
  it("is given to a browser on this machine", async () => {
    const answer = await fetch(await serve(ownAddresses()));
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe("FAC.TOKEN");
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });

  it("is refused to any other address (a participant's phone)", async () => {
    const answer = await fetch(await serve(new Set(["192.168.1.20"])));
    expect(answer.status).toBe(403);
    expect(await answer.text()).not.toContain("FAC.TOKEN");
  });

  it("counts loopback and every interface of this machine, also in IPv4-mapped form", () => {
    const own = ownAddresses();
    expect(own.has("127.0.0.1") && own.has("::1") && own.has("::ffff:127.0.0.1")).toBe(true);
    expect(own.has("192.0.2.250")).toBe(false);
  });
});
