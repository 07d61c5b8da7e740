import { html, nothing } from 'lit';
import type { PropertyValues, PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { DefaultDeviceController } from '../../src/index.ts';
import { ChimeElement } from '../base/chime-element.ts';
import { sessionContext } from '../context.ts';
import { DevicesController } from '../controllers/devices-controller.ts';
import type { ChimeDeviceErrorDetail } from '../events.ts';
import { defaultDeviceErrorStrings, deviceErrorDetail, deviceErrorMessage } from '../shared/device-error.ts';
import type { DeviceErrorStrings } from '../shared/device-error.ts';
import {
  cameraConstraints,
  openPreferredCamera,
  preferredDevice,
  rememberDevice,
} from '../shared/device-preferences.ts';
import { LocalizeController } from '../shared/localize.ts';
import { controls } from '../styles/controls.ts';
import { tokens } from '../styles/tokens.ts';
import { styles } from './chime-device-picker.styles.ts';
import { DEFAULT_DEVICE_ID, DEVICE_KINDS, chosenId, deviceOptions, selectedOption } from './device-choice.ts';
import type { DeviceKind } from './device-choice.ts';
import { LevelMeter } from './level-meter.ts';
import { canChooseSpeaker, playTestSound } from './test-sound.ts';

/** Every user-visible string of `<chime-device-picker>`. `{n}` numbers devices without a name. */
export interface ChimeDevicePickerStrings extends DeviceErrorStrings {
  microphone: string;
  speaker: string;
  camera: string;
  /** The one entry shown while the browser hides the devices' names. */
  defaultDevice: string;
  unnamedMicrophone: string;
  unnamedSpeaker: string;
  unnamedCamera: string;
  /** Accessible name of the camera preview. */
  preview: string;
  /** Accessible name of the microphone level meter. */
  level: string;
  testSound: string;
  /** Shown instead of the speaker choice where the browser cannot choose one. */
  speakerUnsupported: string;
}

export const defaultDevicePickerStrings: ChimeDevicePickerStrings = {
  ...defaultDeviceErrorStrings,
  microphone: 'Microphone',
  speaker: 'Speaker',
  camera: 'Camera',
  defaultDevice: 'Default',
  unnamedMicrophone: 'Microphone {n}',
  unnamedSpeaker: 'Speaker {n}',
  unnamedCamera: 'Camera {n}',
  preview: 'Camera preview',
  level: 'Microphone level',
  testSound: 'Play test sound',
  speakerUnsupported: 'This browser plays sound on the speaker chosen in the system settings.',
};

declare module '../shared/localize.ts' {
  interface ChimeStringsByElement {
    devicePicker: ChimeDevicePickerStrings;
  }
}

const LABEL = { audioinput: 'microphone', audiooutput: 'speaker', videoinput: 'camera' } as const;
const UNNAMED = {
  audioinput: 'unnamedMicrophone',
  audiooutput: 'unnamedSpeaker',
  videoinput: 'unnamedCamera',
} as const;

/** The device id of the first track of `stream`, as the browser reports it. */
const deviceIdOf = (stream: MediaStream | undefined): string | undefined =>
  stream?.getTracks()[0]?.getSettings().deviceId;

/**
 * Chooses the microphone, speaker and camera, before joining (it is part of `<chime-meeting>`'s
 * pre-join screen) or during a meeting: switching applies to the call at once, without
 * renegotiating. Shows a live camera preview, a microphone level meter and a speaker test sound;
 * follows devices being plugged in and out; remembers the choices for the next visit; and says
 * what to do when the browser or the system blocks a device, another app holds it, or there is
 * none. Inside a `<chime-meeting>` it uses the meeting's device controller.
 *
 * @summary Chooses the microphone, speaker and camera, with preview, level meter and test sound.
 *
 * @csspart preview - The camera preview, a muted inline `<video>`, mirrored like a mirror.
 * @csspart fields - The wrapper of the device fields.
 * @csspart field - One device's field (label, select and what goes with it); `data-kind` says which.
 * @csspart label - A field's label.
 * @csspart select - A device select.
 * @csspart level - The microphone level `<meter>`.
 * @csspart test-sound - The button that plays a short tone on the chosen speaker.
 * @csspart error - A message (role `alert`) saying why a device cannot be used and what to do.
 * @csspart note - The note shown where the browser cannot choose a speaker.
 *
 * @cssprop --chime-space - Gap between fields.
 * @cssprop --chime-radius - Corner radius of the preview and the controls.
 * @cssprop --chime-color-accent - Color of the level meter and focus rings.
 * @cssprop --chime-color-danger - Color of the error messages.
 * @cssprop --chime-device-picker-preview-size - Inline size of the camera preview (default 100%, at most 24rem).
 *
 * @fires chime-devices-change - Devices of one kind were listed, or plugged in or out; `detail` has the `kind` and its `devices`. Inside a `<chime-meeting>`, the meeting dispatches it instead (on plugging and unplugging), so it comes once.
 * @fires chime-device-change - The user chose a device and it is in use (and remembered); `detail` has the `kind` and `deviceId`.
 * @fires chime-device-error - A device could not be used; `detail` has the `kind`, the browser's error `name`, the `reason` (`denied-by-browser`, `denied-by-system`, `in-use`, `not-found` or `other`) and a `message`.
 */
export class ChimeDevicePicker extends ChimeElement {
  static override styles = [tokens, controls, styles];

  static override properties: PropertyDeclarations = {
    kinds: {},
    noPreview: { type: Boolean, attribute: 'no-preview' },
    noTestSound: { type: Boolean, attribute: 'no-test-sound' },
    strings: { attribute: false },
    deviceController: { attribute: false },
    errors: { state: true, attribute: false },
    playing: { state: true, attribute: false },
  };

  /** The devices to choose, space-separated: any of `audioinput audiooutput videoinput` (default all). */
  kinds = DEVICE_KINDS.join(' ');

  /** Show no camera preview (the camera is not opened for it). */
  noPreview = false;

  /** Show no test-sound button. */
  noTestSound = false;

  /** User-visible strings; replace some or all for another language. */
  strings: Partial<ChimeDevicePickerStrings> = {};

  /**
   * The device controller whose devices are chosen. Inside a `<chime-meeting>` it is the
   * meeting's, found automatically; elsewhere the picker makes its own unless one is set.
   */
  get deviceController(): DefaultDeviceController {
    return this.#devices.devices;
  }
  set deviceController(devices: DefaultDeviceController | undefined) {
    this.#devices.setExplicit(devices);
  }

  private errors: Partial<Record<DeviceKind, ChimeDeviceErrorDetail>> = {};
  private playing = false;

  private get previewElement(): HTMLVideoElement | null {
    return (
      (this.renderRoot as ParentNode | undefined)?.querySelector<HTMLVideoElement>('[part="preview"]') ?? null
    );
  }
  private get levelElement(): HTMLMeterElement | null {
    return (
      (this.renderRoot as ParentNode | undefined)?.querySelector<HTMLMeterElement>('[part="level"]') ?? null
    );
  }
  private get testAudio(): HTMLAudioElement | null {
    return (this.renderRoot as ParentNode | undefined)?.querySelector<HTMLAudioElement>('audio') ?? null;
  }

  readonly #localize = new LocalizeController(
    this,
    'devicePicker',
    defaultDevicePickerStrings,
    () => this.strings,
  );
  readonly #devices = new DevicesController(this, {
    // Inside a meeting, the meeting reports plugging and unplugging (once, for every element).
    listed: (kind, devices) => {
      if (!this.#devices.provided) this.emit('chime-devices-change', { kind, devices });
    },
    controllerChanged: () => {
      this.#stopMedia();
      this.requestUpdate();
    },
    cameraEnded: () => {
      // The chosen camera was unplugged: preview the one now selected.
      this.#previewing = undefined;
      this.#cameraOpened = false;
      this.requestUpdate();
    },
  });
  readonly #session = new ContextConsumer(this, { context: sessionContext, subscribe: true });
  /** Choices being applied, shown selected meanwhile. */
  readonly #picking: Partial<Record<DeviceKind, string>> = {};
  /** The controller the preview was started on, while there is a preview. */
  #previewing: DefaultDeviceController | undefined;
  /** The picker opened the camera (for the preview); it closes it when the preview goes. */
  #cameraOpened = false;
  #microphoneOpened: DefaultDeviceController | undefined;
  readonly #meter = new LevelMeter((level) => {
    if (this.levelElement) this.levelElement.value = level;
  });

  private get kindList(): DeviceKind[] {
    const asked = this.kinds.split(/\s+/);
    return DEVICE_KINDS.filter((kind) => asked.includes(kind));
  }

  private get wantsPreview(): boolean {
    return !this.noPreview && this.kindList.includes('videoinput');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopMedia();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.isConnected) return;
    const devices = this.#devices.devices;
    if (this.wantsPreview && this.#previewing !== devices) void this.#startPreview(devices);
    else if (!this.wantsPreview && this.#previewing) this.#stopPreview();
    const wantsMicrophone = this.kindList.includes('audioinput');
    if (wantsMicrophone && this.#microphoneOpened !== devices) void this.#openMicrophone(devices);
    if (wantsMicrophone && !this.#meter.running) this.#meter.start(devices);
    else if (!wantsMicrophone && this.#meter.running) this.#meter.stop();
  }

  /** Opens the remembered (or the default) microphone, so the meter and the meeting use it. */
  async #openMicrophone(devices: DefaultDeviceController): Promise<void> {
    this.#microphoneOpened = devices;
    const speaker = preferredDevice('audiooutput');
    if (speaker && devices.audioOutputDeviceId === null && canChooseSpeaker()) {
      devices.chooseAudioOutput(speaker).catch(() => undefined);
    }
    if (devices.activeAudioInput) return;
    const remembered = preferredDevice('audioinput');
    try {
      await devices.startAudioInput(remembered ?? {}).catch((error: unknown) => {
        // A remembered microphone that is gone: the default one.
        if (remembered && (error as { reason?: string }).reason === 'not-found')
          return devices.startAudioInput({});
        throw error;
      });
      this.#clearError('audioinput');
    } catch (error) {
      this.#reportError('audioinput', error);
    }
  }

  async #startPreview(devices: DefaultDeviceController): Promise<void> {
    this.#previewing = devices;
    try {
      if (!devices.activeVideoInput) {
        // The camera selected (the remembered one while the list is unknown); any if it is gone.
        const listed = this.#devices.lists.get('videoinput');
        const options = listed && deviceOptions(listed, 'videoinput', { defaultDevice: '', unnamed: '' });
        await openPreferredCamera(
          devices,
          options ? chosenId(this.#selected('videoinput', options)) : undefined,
        );
        this.#cameraOpened = true;
      }
      await this.updateComplete;
      const video = this.previewElement;
      if (!video || this.#previewing !== devices) return;
      await devices.startVideoPreviewForVideoInput(video);
      this.#clearError('videoinput');
    } catch (error) {
      this.#reportError('videoinput', error);
    }
  }

  #stopPreview(): void {
    const devices = this.#previewing;
    this.#previewing = undefined;
    if (!devices) return;
    if (this.previewElement) devices.stopVideoPreviewForVideoInput(this.previewElement);
    // A camera opened only for the preview closes with it, unless the meeting is now sending it.
    const sending = this.#session.value?.audioVideo.hasStartedLocalVideoTile() ?? false;
    if (this.#cameraOpened && !sending && !this.#devices.owned) void devices.stopVideoInput();
    this.#cameraOpened = false;
  }

  #stopMedia(): void {
    this.#stopPreview();
    this.#meter.stop();
    this.#microphoneOpened = undefined;
  }

  /** The user chose `value` in the select of `kind`. */
  async #choose(kind: DeviceKind, value: string): Promise<void> {
    const devices = this.#devices.devices;
    const id = chosenId(value);
    this.#picking[kind] = value;
    this.requestUpdate();
    try {
      if (kind === 'audioinput') await devices.startAudioInput(id ?? {});
      else if (kind === 'audiooutput') await devices.chooseAudioOutput(id ?? null);
      else if (devices.activeVideoInput || this.#previewing) {
        // The meeting's session sends the new camera on the same sender: no renegotiation.
        await devices.startVideoInput(id ? cameraConstraints(id) : {});
      }
      rememberDevice(kind, id);
      this.#clearError(kind);
      this.emit('chime-device-change', { kind, deviceId: id ?? DEFAULT_DEVICE_ID });
    } catch (error) {
      this.#reportError(kind, error);
    } finally {
      delete this.#picking[kind];
      this.requestUpdate();
    }
  }

  #clearError(kind: DeviceKind): void {
    if (!this.errors[kind]) return;
    const { [kind]: _cleared, ...rest } = this.errors;
    this.errors = rest;
  }

  #reportError(kind: DeviceKind, error: unknown): void {
    const detail = deviceErrorDetail(kind, error);
    this.errors = { ...this.errors, [kind]: detail };
    this.emit('chime-device-error', detail);
  }

  /** Plays a short tone on the chosen speaker. */
  async #playTestSound(): Promise<void> {
    const audio = this.testAudio;
    if (this.playing || !audio) return;
    this.playing = true;
    try {
      await playTestSound(audio, this.#devices.devices.audioOutputDeviceId);
      this.#clearError('audiooutput');
    } catch (error) {
      this.#reportError('audiooutput', error);
    } finally {
      this.playing = false;
    }
  }

  /** The device selected in the select of `kind` now. */
  #selected(kind: DeviceKind, options: ReturnType<typeof deviceOptions>): string {
    const devices = this.#devices.devices;
    const inUse =
      kind === 'audioinput'
        ? deviceIdOf(devices.activeAudioInput)
        : kind === 'videoinput'
          ? deviceIdOf(devices.activeVideoInput)
          : (devices.audioOutputDeviceId ?? undefined);
    return selectedOption(options, [this.#picking[kind], inUse, preferredDevice(kind)]);
  }

  override render() {
    const text = this.#localize.strings;
    const kinds = this.kindList;
    return html`
      ${this.wantsPreview
        ? html`<video part="preview" muted playsinline autoplay aria-label=${text.preview}></video>`
        : nothing}
      <div part="fields">${kinds.map((kind) => this.#renderField(kind))}</div>
      <audio hidden></audio>
    `;
  }

  #renderField(kind: DeviceKind) {
    const text = this.#localize.strings;
    const error = this.errors[kind];
    const message = error
      ? html`<p part="error" role="alert">${text[deviceErrorMessage(kind, error.reason)]}</p>`
      : nothing;
    if (kind === 'audiooutput' && !canChooseSpeaker()) {
      return html`<p part="note">${text.speakerUnsupported}</p>`;
    }
    const options = deviceOptions(this.#devices.lists.get(kind) ?? [], kind, {
      defaultDevice: text.defaultDevice,
      unnamed: text[UNNAMED[kind]],
    });
    const selected = this.#selected(kind, options);
    const id = `select-${kind}`;
    return html`<div part="field" data-kind=${kind}>
      <label part="label" for=${id}>${text[LABEL[kind]]}</label>
      <select
        part="select"
        id=${id}
        ?disabled=${options.length === 0}
        @change=${(event: Event) => void this.#choose(kind, (event.target as HTMLSelectElement).value)}
      >
        ${options.map(
          (option) =>
            html`<option value=${option.value} ?selected=${option.value === selected}>
              ${option.label}
            </option>`,
        )}
      </select>
      ${kind === 'audioinput'
        ? html`<meter
            part="level"
            min="0"
            max="1"
            low="0.4"
            high="0.85"
            optimum="0.5"
            value="0"
            aria-label=${text.level}
          ></meter>`
        : nothing}
      ${kind === 'audiooutput' && !this.noTestSound
        ? html`<button
            part="test-sound"
            type="button"
            ?disabled=${this.playing}
            @click=${() => void this.#playTestSound()}
          >
            ${text.testSound}
          </button>`
        : nothing}
      ${message}
    </div>`;
  }
}
