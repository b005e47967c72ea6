import { randomBytes } from "node:crypto";
import { chmod, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The output exists but must not be replaced: a read-only file or a folder. */
class RefusedOutput extends Error {}

/**
 * The existing file's permission bits to keep, or `undefined` when there is no file yet. Refuses a
 * read-only file (no write bit: replacing it by rename would work, even as root, but the user marked
 * it read-only) and a folder.
 */
async function existingMode(path: string): Promise<number | undefined> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (!info) return undefined;
  if (info.isDirectory()) throw new RefusedOutput("it is a folder");
  if ((info.mode & 0o222) === 0) throw new RefusedOutput("the file is read-only (left untouched)");
  return info.mode & 0o7777;
}

/**
 * Write a file without ever leaving half of it behind: write a temporary file in the same directory,
 * then rename it over the target (atomic on one file system). A file that is already there keeps its
 * permission bits (a 0600 file stays 0600); a read-only file or a folder is refused. On failure the
 * temporary file is removed, the target is untouched, and the error says which file and why.
 *
 * @example
 * await writeAtomic("map.png", bytes);
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const mode = await existingMode(path);
    // A new temporary file is created private (0600) when the target's mode will be copied onto it,
    // so the data is never readable by more people than the file it replaces.
    await writeFile(temp, data, mode === undefined ? {} : { mode: 0o600 });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      error instanceof RefusedOutput
        ? error.message
        : code === "ENOENT" || code === "ENOTDIR"
          ? "its folder does not exist"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : code === "EISDIR"
              ? "it is a folder"
              : (error as Error).message;
    throw new Error(`cannot write ${path}: ${reason}`);
  }
}
