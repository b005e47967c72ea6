import QRCode from "qrcode";
import { lanAddresses } from "../http/public-origin.js";

/**
 * The addresses a browser opens the server at: `publicUrl` when given; for every interface
 * (`0.0.0.0`), localhost and each network address; else the one host it listens on.
 *
 * @example
 * openAddresses("0.0.0.0", 4455); // ["http://localhost:4455", "http://192.168.1.20:4455"]
 */
export function openAddresses(
  host: string,
  port: number,
  publicUrl?: string,
  lan: string[] = lanAddresses(),
): string[] {
  if (publicUrl) return [new URL(publicUrl).origin];
  if (host !== "0.0.0.0" && host !== "::")
    return [`http://${host.includes(":") ? `[${host}]` : host}:${port}`];
  return [`http://localhost:${port}`, ...lan.map((address) => `http://${address}:${port}`)];
}

/**
 * What `journeykit-server` prints once it listens: where to open the app (with a QR code of the
 * address phones use), and the facilitator passcode when it was just made (the only time it is shown).
 *
 * @example
 * for (const line of await welcomeLines({ addresses, app: true, passcode: created, dataDir })) console.log(line);
 */
export async function welcomeLines(options: {
  addresses: string[];
  /** Whether the workshop app is served (else only the API). */
  app: boolean;
  passcode: string | null;
  dataDir: string;
}): Promise<string[]> {
  const { addresses, app, passcode, dataDir } = options;
  const lines: string[] = [];
  if (!app) {
    lines.push("", "The workshop app is not in this build: the server answers the API and WebSocket only.");
  } else {
    lines.push("", "Open the workshop app:");
    for (const address of addresses) lines.push(`  ${address}`);
    // Phones scan the first network address (localhost is this machine only).
    const forPhones = addresses.find((address) => !/\/\/(localhost|127\.|\[::1\])/.test(address));
    if (forPhones) {
      const qr = await QRCode.toString(forPhones, {
        type: "terminal",
        small: true,
        errorCorrectionLevel: "L",
      });
      lines.push(
        "",
        `On a phone or the projector's laptop (same Wi-Fi): ${forPhones}`,
        ...qr.trimEnd().split("\n"),
      );
    }
    lines.push("", 'In the app: open a map, press "● Live", type the facilitator passcode.');
  }
  if (passcode) {
    lines.push(
      "",
      `Facilitator passcode: ${passcode}`,
      `  Shown this once. Change it any time: journeykit-server passcode --data ${dataDir}`,
    );
  }
  lines.push("");
  return lines;
}
