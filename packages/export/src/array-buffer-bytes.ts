/**
 * The same bytes, typed as backed by an `ArrayBuffer`: what `Blob`, `Response`, `fetch` and
 * `crypto.subtle` take under TypeScript 5.7+ (`Uint8Array<ArrayBuffer>`; a bare `Uint8Array` may be a
 * view on a `SharedArrayBuffer`). Copied only when the buffer is not an `ArrayBuffer`.
 */
export function arrayBufferBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}
