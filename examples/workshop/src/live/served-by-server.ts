/**
 * Whether this page was served by journeykit-server itself (its `index.html` carries
 * `<meta name="journeykit-server" content="same-origin">`): then the server is this page's own origin,
 * the facilitator signs in with the passcode, and nobody types an address.
 *
 * @example
 * if (servedByJourneykitServer()) showPasscodeDialog();
 */
export function servedByJourneykitServer(doc: Document = document): boolean {
  return doc.querySelector('meta[name="journeykit-server"]')?.getAttribute("content") === "same-origin";
}

/**
 * The WebSocket URL of the journeykit-server that served this page (same host and port).
 *
 * @example
 * ownServerUrl({ protocol: "http:", host: "192.168.1.20:4455" }); // "ws://192.168.1.20:4455"
 */
export function ownServerUrl(location: { protocol: string; host: string } = window.location): string {
  return `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}`;
}
