import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ConsoleLogger, DefaultDeviceController, LogLevel } from '../../src/index.ts';
import type { DeviceChangeObserver } from '../../src/index.ts';
import { deviceControllerContext } from '../context.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** What the element hears from the devices it follows. */
export interface DevicesListener {
  /** The devices of `kind` were listed, first or again after a change. */
  listed(kind: MediaDeviceKind, devices: MediaDeviceInfo[]): void;
  /** The device controller in use changed (the element opens its devices again). */
  controllerChanged(): void;
  /** The chosen camera went away and the controller stopped it. */
  cameraEnded(): void;
}

/**
 * Gives an element a device controller and the device lists: the controller set on the element,
 * else the one provided by the nearest `<chime-meeting>` (which the meeting's session uses, so
 * choices apply to the call without renegotiating), else one of its own (destroyed when the
 * element leaves the page). Lists the devices when connected and again when they change.
 */
export class DevicesController implements ReactiveController {
  readonly #consumer: ContextConsumer<typeof deviceControllerContext, Host>;
  #explicit: DefaultDeviceController | undefined;
  #own: DefaultDeviceController | undefined;
  #attached: DefaultDeviceController | undefined;
  /** The last listing of each kind. */
  readonly lists = new Map<MediaDeviceKind, MediaDeviceInfo[]>();

  constructor(
    private readonly host: Host,
    private readonly listener: DevicesListener,
  ) {
    // Made first, so the provided controller is known when this controller connects.
    this.#consumer = new ContextConsumer(host, {
      context: deviceControllerContext,
      subscribe: true,
      callback: () => this.#attach(),
    });
    host.addController(this);
  }

  /** The controller in use (made on first use when none is set or provided). */
  get devices(): DefaultDeviceController {
    return (
      this.#explicit ??
      this.#consumer.value ??
      (this.#own ??= new DefaultDeviceController(new ConsoleLogger('chime-device-picker', LogLevel.WARN)))
    );
  }

  /** Whether the controller is the element's own (nobody else uses it). */
  get owned(): boolean {
    return this.devices === this.#own;
  }

  /** Whether the controller is the one `<chime-meeting>` provides (which reports its device changes). */
  get provided(): boolean {
    return !this.#explicit && this.#consumer.value !== undefined;
  }

  /** Sets (or with undefined, clears) a controller that overrides the provided one. */
  setExplicit(devices: DefaultDeviceController | undefined): void {
    this.#explicit = devices;
    if (this.host.isConnected) this.#attach();
  }

  hostConnected(): void {
    this.#attach();
  }

  hostDisconnected(): void {
    this.#detach();
    const own = this.#own;
    this.#own = undefined;
    void own?.destroy();
  }

  /** Lists every kind again (labels appear once the page may use the devices). */
  async refresh(): Promise<void> {
    const devices = this.#attached;
    if (!devices) return;
    // One after the other: a listing may ask for permission, which one prompt covers.
    const lists: Array<[MediaDeviceKind, () => Promise<MediaDeviceInfo[]>]> = [
      ['audioinput', () => devices.listAudioInputDevices()],
      ['audiooutput', () => devices.listAudioOutputDevices()],
      ['videoinput', () => devices.listVideoInputDevices()],
    ];
    for (const [kind, list] of lists) {
      const listed = await list();
      if (devices !== this.#attached) return;
      this.#listed(kind, listed);
    }
  }

  #attach(): void {
    if (!this.host.isConnected) return;
    const devices = this.devices;
    if (devices === this.#attached) return;
    const changed = this.#attached !== undefined;
    this.#detach();
    this.#attached = devices;
    devices.addDeviceChangeObserver(this.#observer);
    void this.refresh();
    if (changed) this.listener.controllerChanged();
    this.host.requestUpdate();
  }

  #detach(): void {
    this.#attached?.removeDeviceChangeObserver(this.#observer);
    this.#attached = undefined;
  }

  #listed(kind: MediaDeviceKind, devices: MediaDeviceInfo[]): void {
    this.lists.set(kind, devices);
    this.listener.listed(kind, devices);
    this.host.requestUpdate();
  }

  readonly #observer: DeviceChangeObserver = {
    audioInputsChanged: (devices = []) => this.#listed('audioinput', devices),
    audioOutputsChanged: (devices = []) => this.#listed('audiooutput', devices),
    videoInputsChanged: (devices = []) => this.#listed('videoinput', devices),
    audioInputStreamEnded: () => this.host.requestUpdate(),
    videoInputStreamEnded: () => this.listener.cameraEnded(),
  };
}
