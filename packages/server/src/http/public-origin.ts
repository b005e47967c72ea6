import type { IncomingMessage } from "node:http";
import { networkInterfaces } from "node:os";

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[?::1\]?)$/i;

/** Interfaces of containers, virtual machines and tunnels: a phone on the Wi-Fi does not reach them. */
const VIRTUAL = /^(docker|br-|veth|virbr|vboxnet|vmnet|utun|tun|tap|wg|zt|lxc|lxd|cni|flannel|podman)/i;

/**
 * This machine's IPv4 addresses other devices on the network can reach (no loopback): the real
 * network interfaces (Wi-Fi, Ethernet) first, those of containers, VMs and tunnels after them.
 *
 * @example
 * lanAddresses(); // ["192.168.1.20", "172.17.0.1"]
 */
export function lanAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): string[] {
  const real: string[] = [];
  const virtual: string[] = [];
  for (const [name, list] of Object.entries(interfaces))
    for (const address of list ?? [])
      if (address.family === "IPv4" && !address.internal)
        (VIRTUAL.test(name) ? virtual : real).push(address.address);
  return [...real, ...virtual];
}

/**
 * The origin participants' links should name: `configured` (`--public-url`, e.g. behind a reverse
 * proxy) when given; else the address the facilitator's browser used, unless that is loopback
 * (`localhost` is the facilitator's own machine, not a phone's); then this machine's first network
 * address on the server's port; else the request's own origin.
 *
 * @example
 * publicOrigin(request, 4455); // "http://192.168.1.20:4455" for a facilitator on http://localhost:4455
 */
export function publicOrigin(
  request: IncomingMessage,
  port: number,
  configured?: string,
  lan: string[] = lanAddresses(),
): string {
  if (configured) return new URL(configured).origin;
  const host = request.headers.host ?? `127.0.0.1:${port}`;
  const hostname = new URL(`http://${host}`).hostname;
  if (!LOOPBACK.test(hostname)) return `http://${host}`;
  const first = lan[0];
  return first ? `http://${first}:${port}` : `http://${host}`;
}
