import type { MeetingSessionConfiguration } from '../config/MeetingSessionConfiguration.ts';
import { VideoQualitySettings } from '../config/MeetingFeatures.ts';
import { DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import { createSilentAudio } from '../devices/silentAudio.ts';
import type { Logger } from '../logging/Logger.ts';
import { contentAttendeeOf } from '../protocol/constants.ts';
import { ObserverSet } from '../ObserverSet.ts';
import type { AudioVideoObserver } from '../session/types.ts';

/** The Chime SDK's content share observer; implement only the methods you need. */
export interface ContentShareObserver {
  /** The service shows this client's content to the meeting. */
  contentShareDidStart?(): void;
  /** The content share ended (stopped, refused because two others share, or the session left). */
  contentShareDidStop?(): void;
  contentShareDidPause?(): void;
  contentShareDidUnpause?(): void;
}

/** The second session a content share runs on (a `DefaultMeetingSession` of `<id>#content`). */
export interface ContentSession {
  readonly audioVideo: {
    start(): void;
    stop(): void;
    startLocalVideoTile(): number;
    addObserver(observer: AudioVideoObserver): void;
  };
}

export interface ContentShareHost {
  configuration: MeetingSessionConfiguration;
  logger: Logger;
  /** `navigator.mediaDevices` or a test's fake. */
  mediaDevices(): MediaDevices | undefined;
  /** Makes the content share's own session (same signaling code as the main one). */
  createSession(configuration: MeetingSessionConfiguration, devices: DefaultDeviceController): ContentSession;
  /** Shows (or with null, removes) this client's own content as a tile of the main session. */
  showLocalContent(stream: MediaStream | null): void;
  /** Sharing, or paused, changed. */
  changed(sharing: boolean, paused: boolean): void;
}

/** This client's content share and the others' in the meeting, as `session.contentShareStatus` reports. */
export interface ContentShareStatus {
  /** `starting` from the moment the share's session starts until the service shows it; then `sharing`. */
  local: 'none' | 'starting' | 'sharing';
  /** This client's share sends black frames for now (`pauseContentShare`). */
  paused: boolean;
  /** How many other attendees' content shares are present. */
  othersSharing: number;
  /**
   * Whether starting a share now can succeed: the meeting allows content and carries fewer than
   * two shares of others (a third is refused). A running share of this client can always stop.
   */
  canStart: boolean;
}

/** Chime's default frame rate for a screen capture. */
const SCREEN_CAPTURE_FRAME_RATE = 15;

/**
 * This client's content share: a second session that joins as `<attendeeId>#content` with the
 * join token `<token>#content` (wire protocol §11), sends the shared stream as its camera, receives
 * no video, and reconnects on its own. It has started when the main session sees the content
 * attendee present; it stops when stopped, when its stream ends, when the service refuses it (two
 * others already share: SUBSCRIBE_ACK 206) or when the main session stops.
 */
export class ContentShare {
  readonly observers: ObserverSet<ContentShareObserver>;
  #session: ContentSession | undefined;
  #stream: MediaStream | undefined;
  #started = false;
  #paused = false;
  /** Increases with each start and stop, so a start overtaken by a stop gives up. */
  #generation = 0;

  constructor(private readonly host: ContentShareHost) {
    this.observers = new ObserverSet(host.logger);
  }

  get sharing(): boolean {
    return this.#started;
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** A share was started and the service does not show it yet. */
  get starting(): boolean {
    return this.#stream !== undefined && !this.#started;
  }

  /** Whether the meeting allows content at all (`MeetingFeatures.Content` not `None`). */
  get allowed(): boolean {
    return !this.host.configuration.meetingFeatures.contentMaxResolution.equals(
      VideoQualitySettings.VideoDisabled,
    );
  }

  /** The stream being shared, if any. */
  get stream(): MediaStream | undefined {
    return this.#stream;
  }

  /**
   * Shares `stream` (its video, and its audio or else silence). A share already running is
   * replaced. Does nothing when the meeting disallows content (`MeetingFeatures.Content` `None`).
   */
  async start(stream: MediaStream): Promise<void> {
    if (!stream) return;
    const { configuration, logger } = this.host;
    if (!this.allowed) {
      logger.warn('content share: the meeting does not allow content (MaxResolution None)');
      return;
    }
    this.stop();
    const generation = ++this.#generation;
    const devices = new DefaultDeviceController(logger, { mediaDevices: this.host.mediaDevices() });
    await devices.startVideoInput(stream);
    const silence = stream.getAudioTracks().length > 0 ? undefined : createSilentAudio();
    await devices.startAudioInput(silence?.stream ?? new MediaStream(stream.getAudioTracks()));
    if (generation !== this.#generation) {
      // Stopped (or started again) while this was being set up.
      silence?.dispose();
      for (const track of stream.getTracks()) track.stop();
      return;
    }
    const session = this.host.createSession(configuration.forContentShare(), devices);
    this.#session = session;
    this.#stream = stream;
    this.#paused = false;
    for (const track of stream.getTracks()) track.addEventListener('ended', this.#onTrackEnded);
    session.audioVideo.addObserver({
      audioVideoDidStop: () => {
        silence?.dispose();
        if (this.#session === session) this.#ended();
      },
      // The service refused the content's video (two others share already).
      videoSendDidBecomeUnavailable: () => {
        logger.warn('content share: refused by the service (the meeting has two content shares)');
        session.audioVideo.stop();
      },
    });
    session.audioVideo.startLocalVideoTile();
    session.audioVideo.start();
  }

  /**
   * Asks the browser for a screen, window or tab (or, with `sourceId`, captures that desktop
   * source, as Electron apps do) and shares it. Resolves with the captured stream.
   */
  async startFromScreenCapture(sourceId?: string, frameRate?: number): Promise<MediaStream> {
    const devices = this.host.mediaDevices();
    const rate = frameRate ?? SCREEN_CAPTURE_FRAME_RATE;
    if (!devices) throw new Error('content share: this browser has no media devices');
    const stream = sourceId
      ? await devices.getUserMedia({
          audio: false,
          video: {
            mandatory: { chromeMediaSource: 'desktop', chromeMediaSourceId: sourceId, maxFrameRate: rate },
          } as MediaTrackConstraints,
        })
      : await devices.getDisplayMedia({ audio: true, video: { frameRate: { max: rate } } });
    await this.start(stream);
    return stream;
  }

  /** Stops sharing: the content session leaves and the shared tracks are stopped (as in Chime). */
  stop(): void {
    this.#generation++;
    const session = this.#session;
    if (!session) return;
    session.audioVideo.stop();
    this.#ended();
  }

  /** Sends black frames (and silence) until {@link unpause}; the share stays in the meeting. */
  pause(): void {
    if (this.#setEnabled(false)) {
      this.observers.notify('contentShareDidPause');
      this.host.changed(this.#started, true);
    }
  }

  unpause(): void {
    if (this.#setEnabled(true)) {
      this.observers.notify('contentShareDidUnpause');
      this.host.changed(this.#started, false);
    }
  }

  /** The main session saw an attendee's presence: ours as content means the share is live. */
  onPresence(attendeeId: string, present: boolean): void {
    if (!present || this.#started || !this.#stream) return;
    if (attendeeId !== contentAttendeeOf(this.host.configuration.credentials.attendeeId)) return;
    this.#started = true;
    this.host.showLocalContent(this.#stream);
    this.observers.notify('contentShareDidStart');
    this.host.changed(true, this.#paused);
  }

  #setEnabled(enabled: boolean): boolean {
    let changed = false;
    for (const track of this.#stream?.getTracks() ?? []) {
      if (track.enabled !== enabled) {
        track.enabled = enabled;
        changed = true;
      }
    }
    if (changed) this.#paused = !enabled;
    return changed;
  }

  #ended(): void {
    const stream = this.#stream;
    this.#session = undefined;
    this.#stream = undefined;
    if (!stream) return;
    for (const track of stream.getTracks()) {
      track.removeEventListener('ended', this.#onTrackEnded);
      track.stop();
    }
    this.#started = false;
    this.#paused = false;
    this.host.showLocalContent(null);
    this.observers.notify('contentShareDidStop');
    this.host.changed(false, false);
  }

  /** The user stopped sharing from the browser's own control, or the file ended. */
  readonly #onTrackEnded = (): void => this.stop();
}
