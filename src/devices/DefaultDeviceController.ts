import type { Logger } from '../logging/Logger.ts';
import type { VideoInputDevice } from '../video/types.ts';

/** What can be chosen as audio input: a device id, constraints, a ready stream, or nothing. */
export type AudioInputDevice = string | MediaTrackConstraints | MediaStream | null;

export interface DeviceControllerOptions {
  /** Defaults to `navigator.mediaDevices`; tests pass a fake. */
  mediaDevices?: MediaDevices;
}

/** Called by the controller when the chosen audio input changes (used by the session). */
export type AudioInputListener = (stream: MediaStream | undefined) => void;

/** Called by the controller when the chosen video input changes (used by the session). */
export type VideoInputListener = (stream: MediaStream | undefined) => void;

/**
 * Lists media devices and opens the microphone and the camera. A stream passed in by the
 * application is used as is and never stopped by the controller; streams the controller opened
 * are stopped when the input changes or is stopped.
 */
export class DefaultDeviceController {
  private audioInput: MediaStream | undefined;
  private audioInputOwned = false;
  private readonly audioInputListeners = new Set<AudioInputListener>();
  private videoInput: MediaStream | undefined;
  private videoInputOwned = false;
  private readonly videoInputListeners = new Set<VideoInputListener>();

  constructor(
    private readonly logger: Logger,
    private readonly options: DeviceControllerOptions = {},
  ) {}

  /** The media devices in use, if the environment has any. */
  get mediaDevices(): MediaDevices | undefined {
    return this.options.mediaDevices ?? globalThis.navigator?.mediaDevices;
  }

  listAudioInputDevices(): Promise<MediaDeviceInfo[]> {
    return this.listDevices('audioinput');
  }

  listAudioOutputDevices(): Promise<MediaDeviceInfo[]> {
    return this.listDevices('audiooutput');
  }

  listVideoInputDevices(): Promise<MediaDeviceInfo[]> {
    return this.listDevices('videoinput');
  }

  /** The audio input chosen with {@link startAudioInput}, if any. */
  get activeAudioInput(): MediaStream | undefined {
    return this.audioInput;
  }

  /**
   * Opens the given microphone (or adopts the given stream) as the audio input, replacing the
   * previous one. `null` stops the input.
   */
  async startAudioInput(device: AudioInputDevice): Promise<MediaStream | undefined> {
    if (device === null) {
      await this.stopAudioInput();
      return undefined;
    }
    let stream: MediaStream;
    let owned: boolean;
    if (isMediaStream(device)) {
      stream = device;
      owned = false;
    } else {
      const audio: MediaTrackConstraints =
        typeof device === 'string' ? { deviceId: { exact: device } } : device;
      stream = await this.getUserMedia({ audio });
      owned = true;
    }
    this.releaseAudioInput();
    this.audioInput = stream;
    this.audioInputOwned = owned;
    this.notifyAudioInput();
    return stream;
  }

  /** The Chime SDK 2.x name of {@link startAudioInput}. */
  chooseAudioInputDevice(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.startAudioInput(device);
  }

  async stopAudioInput(): Promise<void> {
    if (!this.audioInput) return;
    this.releaseAudioInput();
    this.notifyAudioInput();
  }

  /** Opens the default microphone without making it the chosen input. */
  openDefaultAudioInput(): Promise<MediaStream> {
    return this.getUserMedia({ audio: true });
  }

  /** The video input chosen with {@link startVideoInput}, if any. */
  get activeVideoInput(): MediaStream | undefined {
    return this.videoInput;
  }

  /**
   * Opens the given camera (a device id, or constraints) or adopts the given stream as the video
   * input, replacing the previous one; `null` stops the input. Rejects with the browser's error
   * (e.g. `NotAllowedError`, `OverconstrainedError`) and then leaves the previous input as it was.
   * A session sending the camera switches to the new input without renegotiating.
   */
  async startVideoInput(device: VideoInputDevice): Promise<MediaStream | undefined> {
    if (device === null) {
      await this.stopVideoInput();
      return undefined;
    }
    let stream: MediaStream;
    let owned: boolean;
    if (isMediaStream(device)) {
      stream = device;
      owned = false;
    } else {
      const video: MediaTrackConstraints =
        typeof device === 'string' ? { deviceId: { exact: device } } : device;
      stream = await this.getUserMedia({ video });
      owned = true;
    }
    if (stream === this.videoInput) return stream;
    this.releaseVideoInput();
    this.videoInput = stream;
    this.videoInputOwned = owned;
    this.notifyVideoInput();
    return stream;
  }

  /** The Chime SDK 2.x name of {@link startVideoInput}. */
  chooseVideoInputDevice(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.startVideoInput(device);
  }

  /**
   * Stops the video input (a stream the controller opened is stopped; one passed in is not). A
   * session sending this input stops its local video.
   */
  async stopVideoInput(): Promise<void> {
    if (!this.videoInput) return;
    this.releaseVideoInput();
    this.notifyVideoInput();
  }

  /** Opens the default camera without making it the chosen input. */
  openDefaultVideoInput(): Promise<MediaStream> {
    return this.getUserMedia({ video: true });
  }

  /** @internal Lets a session follow video input changes. */
  addVideoInputListener(listener: VideoInputListener): void {
    this.videoInputListeners.add(listener);
  }

  /** @internal */
  removeVideoInputListener(listener: VideoInputListener): void {
    this.videoInputListeners.delete(listener);
  }

  /** @internal Lets a session follow input changes. */
  addAudioInputListener(listener: AudioInputListener): void {
    this.audioInputListeners.add(listener);
  }

  /** @internal */
  removeAudioInputListener(listener: AudioInputListener): void {
    this.audioInputListeners.delete(listener);
  }

  private async getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
    const devices = this.mediaDevices;
    if (!devices?.getUserMedia) throw new Error('media devices are not available');
    return devices.getUserMedia(constraints);
  }

  private async listDevices(kind: MediaDeviceKind): Promise<MediaDeviceInfo[]> {
    const devices = this.mediaDevices;
    if (!devices?.enumerateDevices) {
      this.logger.warn('devices: media devices are not available');
      return [];
    }
    return (await devices.enumerateDevices()).filter((device) => device.kind === kind);
  }

  private releaseAudioInput(): void {
    if (this.audioInput && this.audioInputOwned) {
      for (const track of this.audioInput.getTracks()) track.stop();
    }
    this.audioInput = undefined;
    this.audioInputOwned = false;
  }

  private releaseVideoInput(): void {
    if (this.videoInput && this.videoInputOwned) {
      for (const track of this.videoInput.getTracks()) track.stop();
    }
    this.videoInput = undefined;
    this.videoInputOwned = false;
  }

  private notifyVideoInput(): void {
    for (const listener of this.videoInputListeners) {
      try {
        listener(this.videoInput);
      } catch (error) {
        this.logger.error(`devices: video input listener failed: ${String(error)}`);
      }
    }
  }

  private notifyAudioInput(): void {
    for (const listener of this.audioInputListeners) {
      try {
        listener(this.audioInput);
      } catch (error) {
        this.logger.error(`devices: audio input listener failed: ${String(error)}`);
      }
    }
  }
}

function isMediaStream(value: unknown): value is MediaStream {
  if (typeof MediaStream !== 'undefined' && value instanceof MediaStream) return true;
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as MediaStream).getAudioTracks === 'function' &&
    typeof (value as MediaStream).getTracks === 'function'
  );
}
