// A page that joins a journeykit-server room in a real browser (native WebSocket, real IndexedDB),
// driven by the browser rooms test through `window.journeykitRoom`.
import { type JoinedRoom, joinRoom } from "@journeykit/collab/hocuspocus";
import { addStage, createJourneyMap, createStage } from "@journeykit/core";

let joined: JoinedRoom | undefined;

const api = {
  async join(url: string, room: string, token: string, name: string, seed: boolean) {
    joined = await joinRoom({
      url,
      room,
      token,
      user: { name, colour: "#e8590c" },
      ...(seed ? { initialMap: createJourneyMap({ id: "map", title: "Browser room" }) } : {}),
    });
  },
  addStage(id: string, name: string) {
    const adapter = joined!.adapter;
    const before = adapter.getMap()!;
    adapter.applyLocal(before, addStage(before, { record: createStage({ id, name }) }));
  },
  stageNames: () => joined?.adapter.getMap()?.stages.map((stage) => stage.name) ?? [],
  title: () => joined?.adapter.getMap()?.title,
};

(window as unknown as { journeykitRoom: typeof api }).journeykitRoom = api;
