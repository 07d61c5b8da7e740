/**
 * SDP compression as the Chime service and the official client do it (wire protocol §6.8):
 * offers go out as raw DEFLATE without a dictionary; each answer comes back as raw DEFLATE whose
 * dictionary is the previous answer of the same signaling connection, cut to its first 31 744
 * characters. Both use the browser's own (de)compressor: its streams take no dictionary, so an
 * answer is inflated behind the dictionary written as stored (uncompressed) DEFLATE blocks, which
 * its back-references reach as they would a preset dictionary, and the dictionary is cut off again.
 */
const DICTIONARY_CHARS = 31_744;

/** Runs `bytes` through a (de)compression stream. */
async function pipe(
  bytes: BlobPart[],
  through: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob(bytes).stream().pipeThrough(through)).arrayBuffer());
}

/** Raw DEFLATE of an offer. */
export function compressOffer(sdp: string): Promise<Uint8Array> {
  return pipe([sdp], new CompressionStream('deflate-raw'));
}

/** Raw DEFLATE `compressed` inflated with `dictionary`. @throws when it is not a valid stream. */
async function inflate(compressed: Uint8Array, dictionary: string): Promise<string> {
  const prefix = new TextEncoder().encode(dictionary.slice(0, DICTIONARY_CHARS));
  const blocks: BlobPart[] = [];
  for (let at = 0; at < prefix.length; at += 0xffff) {
    const length = Math.min(0xffff, prefix.length - at);
    // A stored block, not the last: header byte 0, then LEN and its complement, little-endian.
    const header = [0, length, length >> 8, ~length, ~length >> 8];
    blocks.push(new Uint8Array(header), prefix.subarray(at, at + length));
  }
  blocks.push(compressed as Uint8Array<ArrayBuffer>); // a view of a received frame
  const sdp = await pipe(blocks, new DecompressionStream('deflate-raw'));
  return new TextDecoder().decode(sdp.subarray(prefix.length));
}

/** The answers of one signaling connection, each inflated with the one before as dictionary. */
export class AnswerDecompressor {
  #previous = Promise.resolve('');

  /** Inflates a compressed answer. Rejects when the bytes are not a valid DEFLATE stream. */
  inflate(compressed: Uint8Array): Promise<string> {
    const before = this.#previous;
    const sdp = before.then((dictionary) => inflate(compressed, dictionary));
    this.#previous = sdp.catch(() => before);
    return sdp;
  }

  /** An answer that arrived uncompressed still serves as the next dictionary. */
  received(sdp: string): void {
    this.#previous = Promise.resolve(sdp);
  }
}
