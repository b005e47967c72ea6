import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateJoinCode } from "../links/join-code.js";

/** A room a facilitator started from the app (rooms opened with a host's own tokens are not listed). */
export interface RoomRecord {
  room: string;
  /** The map's title when the room was started. */
  title: string;
  /** The id of the map in the facilitator's browser library the room was started from. */
  mapId?: string;
  createdAt: string;
  /** The last edit anyone made (ISO 8601). */
  lastActivity: string;
  /** Set when the facilitator ended the room: its links no longer open it; the map is kept. */
  endedAt?: string;
  /** The room's short links (`/j/<code>`), made when it is started and kept for its life. */
  links?: RoomLinks;
}

/** A room's join codes: one for the participants (edit), one for the projector (view). */
export interface RoomLinks {
  participant: string;
  projector: string;
  /** Until when the codes open the room (the facilitator's latest Start or Reopen, plus the links' life). */
  expiresAt: string;
}

/** Which room a join code opens, and as whom. */
export interface CodeMatch {
  record: RoomRecord;
  role: "participant" | "projector";
}

/** The facilitator's rooms, kept in `rooms.json` in the data folder. */
export interface RoomRegistry {
  /** Every room, the most recently active first. */
  list(): RoomRecord[];
  get(room: string): RoomRecord | undefined;
  add(record: Omit<RoomRecord, "lastActivity">): RoomRecord;
  /** Someone edited `room` (written at most every few seconds). */
  touch(room: string): void;
  end(room: string): RoomRecord | undefined;
  /** Whether `room` was ended (its links stop working). */
  isEnded(room: string): boolean;
  /**
   * The room's join codes, valid until `expiresAt` (written at once): made on its first call, the same
   * codes after that (a QR code printed for the day keeps working when the room is reopened).
   */
  giveLinks(room: string, expiresAt: string): RoomLinks | undefined;
  /** The room and role a join code (normalized) opens, or undefined when no room has it. */
  byCode(code: string): CodeMatch | undefined;
  /** Write what is pending now. */
  flush(): void;
}

/** The file in the data folder that lists the facilitator's rooms. */
export const ROOMS_FILE = "rooms.json";

function readRecords(file: string): Map<string, RoomRecord> {
  if (!existsSync(file)) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    throw new Error(`${file} is not readable JSON: fix or remove it (the rooms themselves are kept apart)`);
  }
  const list = (parsed as { rooms?: unknown } | null)?.rooms;
  const records = new Map<string, RoomRecord>();
  if (!Array.isArray(list)) return records;
  for (const item of list as Partial<RoomRecord>[]) {
    if (typeof item?.room !== "string" || typeof item.title !== "string") continue;
    const createdAt = typeof item.createdAt === "string" ? item.createdAt : new Date(0).toISOString();
    records.set(item.room, {
      room: item.room,
      title: item.title,
      ...(typeof item.mapId === "string" ? { mapId: item.mapId } : {}),
      createdAt,
      lastActivity: typeof item.lastActivity === "string" ? item.lastActivity : createdAt,
      ...(typeof item.endedAt === "string" ? { endedAt: item.endedAt } : {}),
      ...(readLinks(item.links) ?? {}),
    });
  }
  return records;
}

function readLinks(links: unknown): { links: RoomLinks } | undefined {
  const { participant, projector, expiresAt } = (links ?? {}) as Partial<Record<keyof RoomLinks, unknown>>;
  if (typeof participant !== "string" || typeof projector !== "string" || typeof expiresAt !== "string")
    return undefined;
  return { links: { participant, projector, expiresAt } };
}

/**
 * Open (or start) the room list of `dataDir`. Activity is written at most every `saveEveryMs`; adding
 * and ending a room are written at once.
 *
 * @example
 * const rooms = openRoomRegistry("./journeykit-data");
 * rooms.add({ room: "kickoff-x7k2", title: "Kick-off", createdAt: new Date().toISOString() });
 */
export function openRoomRegistry(
  dataDir: string,
  options: { saveEveryMs?: number; now?: () => Date } = {},
): RoomRegistry {
  const file = join(dataDir, ROOMS_FILE);
  const now = options.now ?? (() => new Date());
  const records = readRecords(file);
  const codes = new Map<string, { room: string; role: CodeMatch["role"] }>();
  const index = (record: RoomRecord) => {
    if (!record.links) return;
    codes.set(record.links.participant, { room: record.room, role: "participant" });
    codes.set(record.links.projector, { room: record.room, role: "projector" });
  };
  for (const record of records.values()) index(record);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    mkdirSync(dataDir, { recursive: true });
    const next = `${file}.${process.pid}.tmp`;
    writeFileSync(next, `${JSON.stringify({ rooms: [...records.values()] }, null, 2)}\n`);
    renameSync(next, file);
  };
  return {
    list: () => [...records.values()].sort((a, b) => b.lastActivity.localeCompare(a.lastActivity)),
    get: (room) => records.get(room),
    add(record) {
      const added = { ...record, lastActivity: record.createdAt };
      records.set(record.room, added);
      index(added);
      write();
      return added;
    },
    touch(room) {
      const record = records.get(room);
      if (!record || record.endedAt) return;
      record.lastActivity = now().toISOString();
      if (!timer) {
        timer = setTimeout(write, options.saveEveryMs ?? 5000);
        timer.unref?.();
      }
    },
    end(room) {
      const record = records.get(room);
      if (!record) return undefined;
      record.endedAt ??= now().toISOString();
      write();
      return record;
    },
    isEnded: (room) => records.get(room)?.endedAt !== undefined,
    giveLinks(room, expiresAt) {
      const record = records.get(room);
      if (!record) return undefined;
      const taken = (code: string) => codes.has(code);
      const participant = record.links?.participant ?? generateJoinCode(taken);
      const projector =
        record.links?.projector ?? generateJoinCode((code) => taken(code) || code === participant);
      const latest = record.links && record.links.expiresAt > expiresAt ? record.links.expiresAt : expiresAt;
      record.links = { participant, projector, expiresAt: latest };
      index(record);
      write();
      return record.links;
    },
    byCode(code) {
      const found = codes.get(code);
      const record = found && records.get(found.room);
      return record ? { record, role: found.role } : undefined;
    },
    flush() {
      if (timer) write();
    },
  };
}
