import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Write a file without ever leaving half of it behind: write a temporary file in the same directory,
 * then rename it over the target (atomic on one file system). On failure the temporary file is
 * removed, the target is untouched, and the error says which file and why.
 *
 * @example
 * await writeAtomic("map.png", bytes);
 */
export async function writeAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "its folder does not exist"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EISDIR"
            ? "it is a folder"
            : (error as Error).message;
    throw new Error(`cannot write ${path}: ${reason}`);
  }
}
