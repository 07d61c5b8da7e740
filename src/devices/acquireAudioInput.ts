import type { Logger } from '../logging/Logger.ts';
import type { HeldAudioInput } from '../media/LocalAudio.ts';
import type { DefaultDeviceController } from './DefaultDeviceController.ts';
import { describeDeviceError } from './deviceAccessError.ts';
import { createSilentAudio } from './silentAudio.ts';

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * The microphone for a session: the input chosen on the device controller if any (left running
 * on release: the application owns it), otherwise the default microphone (opened with
 * `constraints`; `null` never opens it, for a content share), otherwise a silent track so that
 * the session can still join. Rejects with the signal's reason if aborted.
 */
export async function acquireAudioInput(
  devices: DefaultDeviceController,
  logger: Logger,
  signal: AbortSignal,
  constraints: MediaTrackConstraints | true | null = true,
): Promise<HeldAudioInput | undefined> {
  const chosen = devices.activeAudioInput;
  const chosenTrack = chosen?.getAudioTracks()[0];
  if (chosen && chosenTrack) {
    return { track: chosenTrack, stream: chosen, release: () => undefined };
  }

  if (constraints !== null) {
    try {
      const stream = await devices.openDefaultAudioInput(constraints);
      if (signal.aborted) {
        stopTracks(stream);
        throw signal.reason;
      }
      const track = stream.getAudioTracks()[0];
      if (!track) {
        stopTracks(stream);
        throw new Error('the microphone stream has no audio track');
      }
      return { track, stream, release: () => stopTracks(stream) };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      // E.g. "(NotAllowedError, denied-by-system)": the browser's error name and the reason.
      logger.warn(
        `audio input: could not open the microphone (${describeDeviceError(error)}); sending silence instead`,
      );
    }
  }

  const silent = createSilentAudio();
  const track = silent?.stream.getAudioTracks()[0];
  if (!silent || !track) {
    silent?.dispose();
    logger.warn('audio input: WebAudio is unavailable; joining without sending audio');
    return undefined;
  }
  return { track, stream: silent.stream, release: () => silent.dispose() };
}
