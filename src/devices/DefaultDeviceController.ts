import type { Logger } from '../logging/Logger.ts';
import type { VideoInputDevice } from '../video/types.ts';
import { type InputDevice, type InputListener, MediaInput } from './MediaInput.ts';

/** What can be chosen as audio input: a device id, constraints, a ready stream, or nothing. */
export type AudioInputDevice = InputDevice;

export interface DeviceControllerOptions {
  /** Defaults to `navigator.mediaDevices`; tests pass a fake. */
  mediaDevices?: MediaDevices;
}

/** Called by the controller when the chosen audio input changes (used by the session). */
export type AudioInputListener = InputListener;

/** Called by the controller when the chosen video input changes (used by the session). */
export type VideoInputListener = InputListener;

/**
 * Lists media devices and opens the microphone and the camera. A stream passed in by the
 * application is used as is and never stopped by the controller; streams the controller opened
 * are stopped when the input changes or is stopped.
 */
export class DefaultDeviceController {
  private readonly audioInput: MediaInput;
  private readonly videoInput: MediaInput;

  constructor(
    private readonly logger: Logger,
    private readonly options: DeviceControllerOptions = {},
  ) {
    const getUserMedia = (constraints: MediaStreamConstraints) => this.getUserMedia(constraints);
    this.audioInput = new MediaInput('audio', logger, getUserMedia, { keepSameStream: false });
    this.videoInput = new MediaInput('video', logger, getUserMedia, { keepSameStream: true });
  }

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
    return this.audioInput.stream;
  }

  /**
   * Opens the given microphone (or adopts the given stream) as the audio input, replacing the
   * previous one. `null` stops the input.
   */
  startAudioInput(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.audioInput.start(device);
  }

  /** The Chime SDK 2.x name of {@link startAudioInput}. */
  chooseAudioInputDevice(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.startAudioInput(device);
  }

  stopAudioInput(): Promise<void> {
    return this.audioInput.stop();
  }

  /** Opens the default microphone without making it the chosen input. */
  openDefaultAudioInput(): Promise<MediaStream> {
    return this.audioInput.openDefault();
  }

  /** The video input chosen with {@link startVideoInput}, if any. */
  get activeVideoInput(): MediaStream | undefined {
    return this.videoInput.stream;
  }

  /**
   * Opens the given camera (a device id, or constraints) or adopts the given stream as the video
   * input, replacing the previous one; `null` stops the input. Rejects with the browser's error
   * (e.g. `NotAllowedError`, `OverconstrainedError`) and then leaves the previous input as it was.
   * A session sending the camera switches to the new input without renegotiating.
   */
  startVideoInput(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.videoInput.start(device);
  }

  /** The Chime SDK 2.x name of {@link startVideoInput}. */
  chooseVideoInputDevice(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.startVideoInput(device);
  }

  /**
   * Stops the video input (a stream the controller opened is stopped; one passed in is not). A
   * session sending this input stops its local video.
   */
  stopVideoInput(): Promise<void> {
    return this.videoInput.stop();
  }

  /** Opens the default camera without making it the chosen input. */
  openDefaultVideoInput(): Promise<MediaStream> {
    return this.videoInput.openDefault();
  }

  /** @internal Lets a session follow video input changes. */
  addVideoInputListener(listener: VideoInputListener): void {
    this.videoInput.addListener(listener);
  }

  /** @internal */
  removeVideoInputListener(listener: VideoInputListener): void {
    this.videoInput.removeListener(listener);
  }

  /** @internal Lets a session follow input changes. */
  addAudioInputListener(listener: AudioInputListener): void {
    this.audioInput.addListener(listener);
  }

  /** @internal */
  removeAudioInputListener(listener: AudioInputListener): void {
    this.audioInput.removeListener(listener);
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
}
