/** A silent audio track made with WebAudio, for when no microphone can be opened. */
export interface SilentAudio {
  stream: MediaStream;
  dispose(): void;
}

/** Returns undefined where WebAudio is unavailable. */
export function createSilentAudio(): SilentAudio | undefined {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return undefined;
  try {
    const context = new AudioContextClass();
    const destination = context.createMediaStreamDestination();
    // A looping buffer of zeros keeps the track producing (silent) frames.
    const source = context.createBufferSource();
    source.buffer = context.createBuffer(1, context.sampleRate * 5, context.sampleRate);
    source.loop = true;
    source.connect(destination);
    source.start();
    return {
      stream: destination.stream,
      dispose() {
        for (const track of destination.stream.getTracks()) track.stop();
        try {
          source.stop();
        } catch {
          // Already stopped.
        }
        void context.close().catch(() => undefined);
      },
    };
  } catch {
    return undefined;
  }
}
