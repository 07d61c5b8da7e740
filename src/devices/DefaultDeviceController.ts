import type { Logger } from '../logging/Logger.ts';
import type { VideoInputDevice } from '../video/types.ts';
import { type RemovableAnalyserNode, AudioLevel } from './AudioLevel.ts';
import { type AudioOutputListener, AudioOutputChoice } from './AudioOutputChoice.ts';
import { type DeviceInputKind, describeDeviceError, toDeviceAccessError } from './deviceAccessError.ts';
import type { DeviceChangeObserver, DeviceListListener } from './DeviceChangeObserver.ts';
import { DeviceChanges } from './DeviceChanges.ts';
import { InputFallback } from './InputFallback.ts';
import { type InputDevice, type InputListener, MediaInput } from './MediaInput.ts';
import { VideoPreview } from './VideoPreview.ts';

/** What can be chosen as audio input: a device id, constraints, a ready stream, or nothing. */
export type AudioInputDevice = InputDevice;

export interface DeviceControllerOptions {
  /** Defaults to `navigator.mediaDevices`; tests pass a fake. */
  mediaDevices?: MediaDevices;
  /** Defaults to `navigator.permissions` (tells a browser's denial from the system's); tests pass a fake. */
  permissions?: Permissions;
}

/** Called by the controller when the chosen audio input changes (used by the session). */
export type AudioInputListener = InputListener;

/** Called by the controller when the chosen video input changes (used by the session). */
export type VideoInputListener = InputListener;

/**
 * Lists media devices and opens the microphone and the camera; keeps the chosen audio output;
 * reports device changes; shows camera previews and makes microphone level meters. A stream passed
 * in by the application is used as is and never stopped by the controller; streams the controller
 * opened are stopped when the input changes or is stopped. Opening a device that fails rejects with
 * a `DeviceAccessError` (its `reason` says why).
 */
export class DefaultDeviceController {
  private readonly audioInput: MediaInput;
  private readonly videoInput: MediaInput;
  readonly #audioOutput: AudioOutputChoice;
  readonly #changes: DeviceChanges;
  readonly #fallback: InputFallback;
  readonly #preview: VideoPreview;
  readonly #level: AudioLevel;

  constructor(
    private readonly logger: Logger,
    private readonly options: DeviceControllerOptions = {},
  ) {
    const getUserMedia = (constraints: MediaStreamConstraints) => this.getUserMedia(constraints);
    this.audioInput = new MediaInput('audio', logger, getUserMedia, {
      keepSameStream: false,
      ended: (stream) => void this.#fallback.ended('audio', stream),
      muteChanged: (device, muted) =>
        this.#changes.forEachObserver((observer) => observer.audioInputMuteStateChanged?.(device, muted)),
    });
    this.videoInput = new MediaInput('video', logger, getUserMedia, {
      keepSameStream: true,
      ended: (stream) => void this.#fallback.ended('video', stream),
    });
    this.#audioOutput = new AudioOutputChoice(logger);
    this.#fallback = new InputFallback({
      logger,
      audio: this.audioInput,
      video: this.videoInput,
      forEachObserver: (call) => this.#changes.forEachObserver(call),
    });
    this.#changes = new DeviceChanges({
      logger,
      mediaDevices: () => this.mediaDevices,
      listsChanged: (changed) => this.#fallback.listsChanged(changed),
    });
    this.#preview = new VideoPreview({
      logger,
      chosen: () => this.videoInput.stream,
      openDefault: () => this.videoInput.openDefault(),
    });
    this.#level = new AudioLevel({
      logger,
      chosen: () => this.audioInput.stream,
      openDefault: () => this.audioInput.openDefault(),
    });
    this.videoInput.addListener((stream) => this.#preview.inputChanged(stream));
    this.audioInput.addListener((stream) => this.#level.inputChanged(stream));
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

  // ---- audio input ----

  /** The audio input chosen with {@link startAudioInput}, if any. */
  get activeAudioInput(): MediaStream | undefined {
    return this.audioInput.stream;
  }

  /**
   * Opens the given microphone (or adopts the given stream) as the audio input, replacing the
   * previous one. `null` stops the input. Rejects with a `DeviceAccessError` and then leaves the
   * previous input as it was. If a microphone the controller opened goes away, the controller
   * switches to the default microphone.
   */
  startAudioInput(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.audioInput.start(device);
  }

  /** The Chime SDK 1.x/2.x name of {@link startAudioInput}. */
  chooseAudioInputDevice(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.startAudioInput(device);
  }

  stopAudioInput(): Promise<void> {
    return this.audioInput.stop();
  }

  /** Opens the default microphone without making it the chosen input. */
  openDefaultAudioInput(constraints: MediaTrackConstraints | true = true): Promise<MediaStream> {
    return this.audioInput.openDefault(constraints);
  }

  /**
   * An `AnalyserNode` fed by the chosen microphone (or, while none is chosen, the default one,
   * opened for it) for a level meter, before or during a meeting; it follows the chosen microphone.
   * Call `removeOriginalInputs()` when done. `null` where WebAudio is unavailable.
   */
  createAnalyserNodeForAudioInput(): RemovableAnalyserNode | null {
    return this.#level.create();
  }

  // ---- audio output ----

  /** The audio output chosen with {@link chooseAudioOutput} (`null`: the default). */
  get audioOutputDeviceId(): string | null {
    return this.#audioOutput.deviceId;
  }

  /**
   * Chooses the speaker (a `deviceId` of `listAudioOutputDevices()`, `null` for the default) for
   * the sessions' bound audio elements, now and whenever one is bound later. Rejects with a
   * `NotSupportedError` where the browser has no `HTMLMediaElement.setSinkId` (choosing `null`
   * then does nothing), or with the error of `setSinkId`; the previous choice then stays.
   */
  chooseAudioOutput(deviceId: string | null): Promise<void> {
    return this.#audioOutput.choose(deviceId);
  }

  /** The Chime SDK 1.x name of {@link chooseAudioOutput}. */
  chooseAudioOutputDevice(deviceId: string | null): Promise<void> {
    return this.chooseAudioOutput(deviceId);
  }

  /** @internal Lets an audio element follow the chosen output (a rejection fails the choice). */
  addAudioOutputListener(listener: AudioOutputListener): void {
    this.#audioOutput.addListener(listener);
  }

  /** @internal */
  removeAudioOutputListener(listener: AudioOutputListener): void {
    this.#audioOutput.removeListener(listener);
  }

  // ---- video input ----

  /** The video input chosen with {@link startVideoInput}, if any. */
  get activeVideoInput(): MediaStream | undefined {
    return this.videoInput.stream;
  }

  /**
   * Opens the given camera (a device id, or constraints) or adopts the given stream as the video
   * input, replacing the previous one; `null` stops the input. Rejects with a `DeviceAccessError`
   * (its `name` is the browser's, e.g. `NotAllowedError`, `OverconstrainedError`) and then leaves the
   * previous input as it was. A session sending the camera switches to the new input without
   * renegotiating. If a camera the controller opened goes away, the video input stops.
   */
  startVideoInput(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.videoInput.start(device);
  }

  /** The Chime SDK 1.x/2.x name of {@link startVideoInput}; `null` stops the camera. */
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
  openDefaultVideoInput(constraints: MediaTrackConstraints | true = true): Promise<MediaStream> {
    return this.videoInput.openDefault(constraints);
  }

  /**
   * Shows the chosen video input in `element` (muted, inline) — or, while none is chosen, the
   * default camera, opened for the previews. The preview follows the chosen input. The Chime SDK
   * returns nothing; this resolves once the video is shown and rejects with a `DeviceAccessError`
   * when the default camera cannot be opened (ignoring the promise is safe: failures are logged).
   */
  startVideoPreviewForVideoInput(element: HTMLVideoElement): Promise<void> {
    return this.#preview.start(element);
  }

  /** Clears `element`; a camera opened only for previews stops with the last preview. */
  stopVideoPreviewForVideoInput(element: HTMLVideoElement): void {
    this.#preview.stop(element);
  }

  // ---- device changes ----

  /**
   * Calls `observer` when devices are plugged in or out (only the kinds whose list changed), when
   * the browser mutes the chosen microphone, and when a chosen device goes away.
   */
  addDeviceChangeObserver(observer: DeviceChangeObserver): void {
    this.#changes.addObserver(observer);
  }

  removeDeviceChangeObserver(observer: DeviceChangeObserver): void {
    this.#changes.removeObserver(observer);
  }

  /** @internal Lets a session follow device list changes: `listener(kind, devices)`. */
  addDeviceListListener(listener: DeviceListListener): void {
    this.#changes.addListListener(listener);
  }

  /** @internal */
  removeDeviceListListener(listener: DeviceListListener): void {
    this.#changes.removeListListener(listener);
  }

  /**
   * Stops listening for device changes (forgetting every observer), every preview and level meter,
   * and both inputs. The controller can be used again afterwards.
   */
  async destroy(): Promise<void> {
    this.#changes.clear();
    this.#preview.stopAll();
    this.#level.removeAll();
    await this.stopAudioInput();
    await this.stopVideoInput();
  }

  // ---- session wiring ----

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

  /** @internal Resolves when the device listings asked for so far are handled (for tests). */
  deviceChangesSettled(): Promise<void> {
    return this.#changes.settled();
  }

  private async getUserMedia(constraints: MediaStreamConstraints): Promise<MediaStream> {
    const kind: DeviceInputKind = constraints.audio ? 'audioinput' : 'videoinput';
    const requested = constraints.audio ?? constraints.video;
    const context = {
      deviceIdRequested: typeof requested === 'object' && requested.deviceId !== undefined,
      permissions: this.options.permissions ?? globalThis.navigator?.permissions,
    };
    const devices = this.mediaDevices;
    try {
      if (!devices?.getUserMedia) {
        const error = new Error(
          'media devices are not available (they need a secure context: https or localhost)',
        );
        error.name = 'NotSupportedError';
        throw error;
      }
      return await devices.getUserMedia(constraints);
    } catch (error) {
      throw await toDeviceAccessError(error, kind, context);
    }
  }

  /**
   * The devices of one kind. Browsers hide ids and labels until the page may use a microphone or
   * camera; then, as the Chime SDK does, this asks for them (the browser's permission prompt),
   * stops what it opened at once, and lists again.
   */
  private async listDevices(kind: MediaDeviceKind): Promise<MediaDeviceInfo[]> {
    const devices = this.mediaDevices;
    if (!devices?.enumerateDevices) {
      this.logger.warn('devices: media devices are not available');
      return [];
    }
    let listed = await devices.enumerateDevices();
    if (listed.some((device) => !device.label) && devices.getUserMedia) {
      const audio = listed.some((device) => device.kind === 'audioinput');
      const video = listed.some((device) => device.kind === 'videoinput');
      try {
        const stream = await devices.getUserMedia({ audio, video });
        for (const track of stream.getTracks()) track.stop();
        listed = await devices.enumerateDevices();
      } catch (error) {
        this.logger.info(`devices: no permission to name the devices (${describeDeviceError(error)})`);
      }
    }
    return listed.filter((device) => device.kind === kind);
  }
}
