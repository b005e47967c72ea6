/** What `measureInflatedSize` found: the bytes counted, and whether counting stopped at the cap. */
export interface InflatedSize {
  /** Bytes inflated before the stream ended (or, when `overCap`, before counting stopped). */
  bytes: number;
  /** The stream inflated past the cap and was abandoned there. */
  overCap: boolean;
}

/** Compressed bytes handed to the inflater at a time: the output never runs far ahead of the count. */
const FEED = 16 * 1024;

/**
 * Inflate a raw DEFLATE stream (a ZIP entry's data) only to count its bytes, never holding the output,
 * and stop as soon as it passes `cap`: what a lying ZIP directory hides costs at most `cap` bytes of
 * work. Uses the platform's `DecompressionStream("deflate-raw")` (browsers, Web Workers, Node 20).
 * Rejects when the data is not a complete DEFLATE stream.
 *
 * @example
 * const { bytes, overCap } = await measureInflatedSize(entryData, 100 * 1024 * 1024);
 */
export async function measureInflatedSize(compressed: Uint8Array, cap: number): Promise<InflatedSize> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let at = 0; at < compressed.length && !stopped; at += FEED)
      // A copy (16 KB): the stream takes ArrayBuffer-backed views only, and the input may be shared.
      await writer.write(compressed.slice(at, at + FEED));
    if (!stopped) await writer.close();
  })();
  // A write rejected because reading stopped early is not an error of the data.
  feeding.catch(() => undefined);
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > cap) {
        stopped = true;
        await reader.cancel();
        return { bytes, overCap: true };
      }
    }
    await feeding;
  } finally {
    reader.releaseLock();
  }
  return { bytes, overCap: false };
}
