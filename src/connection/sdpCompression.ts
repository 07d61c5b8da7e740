/**
 * SDP compression as the Chime service and the official client do it (wire protocol §6.8):
 * offers go out as raw DEFLATE without a dictionary; each answer comes back as raw DEFLATE whose
 * dictionary is the previous answer of the same signaling connection, cut to its first 31 744
 * characters. The browser's CompressionStream has no dictionaries, so answers are inflated with
 * fflate; offers use the browser's own compressor.
 */
import { inflateSync } from 'fflate';

const DICTIONARY_CHARS = 31_744;

/** Raw DEFLATE of an offer. */
export async function compressOffer(sdp: string): Promise<Uint8Array> {
  const stream = new Blob([sdp]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The answers of one signaling connection, each inflated with the one before as dictionary. */
export class AnswerDecompressor {
  #previous = '';

  /** Inflates a compressed answer. @throws when the bytes are not a valid DEFLATE stream. */
  inflate(compressed: Uint8Array): string {
    const dictionary = new TextEncoder().encode(this.#previous.slice(0, DICTIONARY_CHARS));
    const sdp = new TextDecoder().decode(
      inflateSync(compressed, dictionary.length > 0 ? { dictionary } : undefined),
    );
    this.#previous = sdp;
    return sdp;
  }

  /** An answer that arrived uncompressed still serves as the next dictionary. */
  received(sdp: string): void {
    this.#previous = sdp;
  }
}
