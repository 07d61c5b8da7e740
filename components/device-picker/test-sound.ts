/** How long the test sound plays. */
const TEST_SOUND_SECONDS = 0.6;

/** Whether this browser can play media on a chosen speaker. */
export const canChooseSpeaker = (): boolean => typeof HTMLMediaElement.prototype.setSinkId === 'function';

/**
 * Plays a short fading tone through `audio` on the speaker `sinkId` (the default one for null, or
 * where the browser cannot choose); resolves when it has played. Rejects when the speaker cannot
 * be used.
 */
export async function playTestSound(audio: HTMLAudioElement, sinkId: string | null): Promise<void> {
  const context = new AudioContext();
  try {
    const tone = context.createOscillator();
    const gain = context.createGain();
    const output = context.createMediaStreamDestination();
    tone.frequency.value = 660;
    gain.gain.setValueAtTime(0.2, context.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, context.currentTime + TEST_SOUND_SECONDS);
    tone.connect(gain).connect(output);
    if (canChooseSpeaker()) await audio.setSinkId(sinkId ?? '');
    audio.srcObject = output.stream;
    const ended = new Promise((resolve) => tone.addEventListener('ended', resolve));
    tone.start();
    tone.stop(context.currentTime + TEST_SOUND_SECONDS);
    await audio.play();
    await ended;
  } finally {
    audio.srcObject = null;
    void context.close();
  }
}
