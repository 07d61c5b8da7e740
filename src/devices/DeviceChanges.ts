import type { Logger } from '../logging/Logger.ts';
import type { DeviceChangeObserver, DeviceListListener } from './DeviceChangeObserver.ts';

const KINDS: readonly MediaDeviceKind[] = ['audioinput', 'audiooutput', 'videoinput'];

const OBSERVER_METHOD = {
  audioinput: 'audioInputsChanged',
  audiooutput: 'audioOutputsChanged',
  videoinput: 'videoInputsChanged',
} as const satisfies Record<MediaDeviceKind, keyof DeviceChangeObserver>;

/** The device lists of the kinds that changed. */
export type ChangedDeviceLists = ReadonlyMap<MediaDeviceKind, MediaDeviceInfo[]>;

export interface DeviceChangesHost {
  readonly logger: Logger;
  mediaDevices(): MediaDevices | undefined;
  /** Called after observers and listeners were told of the kinds that changed. */
  listsChanged(changed: ChangedDeviceLists): Promise<void>;
}

/**
 * @internal The device change observers and list listeners of a device controller. It listens to
 * `devicechange` only while there is at least one of them: the first one added lists the devices,
 * and each `devicechange` lists them again and reports the kinds whose devices (id and label)
 * changed.
 */
export class DeviceChanges {
  readonly #observers = new Set<DeviceChangeObserver>();
  readonly #listeners = new Set<DeviceListListener>();
  #watched: MediaDevices | undefined;
  #lists: Map<MediaDeviceKind, MediaDeviceInfo[]> | undefined;
  /** Listings run one at a time, in order. */
  #queue: Promise<void> = Promise.resolve();

  constructor(private readonly host: DeviceChangesHost) {}

  addObserver(observer: DeviceChangeObserver): void {
    this.#observers.add(observer);
    this.#watch();
  }

  removeObserver(observer: DeviceChangeObserver): void {
    this.#observers.delete(observer);
    this.#watch();
  }

  addListListener(listener: DeviceListListener): void {
    this.#listeners.add(listener);
    this.#watch();
  }

  removeListListener(listener: DeviceListListener): void {
    this.#listeners.delete(listener);
    this.#watch();
  }

  /** Calls `call` for each observer still registered when its turn comes. */
  forEachObserver(call: (observer: DeviceChangeObserver) => void): void {
    for (const observer of [...this.#observers]) {
      if (!this.#observers.has(observer)) continue;
      try {
        call(observer);
      } catch (error) {
        this.host.logger.error(`devices: a device change observer failed: ${String(error)}`);
      }
    }
  }

  /** Forgets every observer and listener and stops listening. */
  clear(): void {
    this.#observers.clear();
    this.#listeners.clear();
    this.#watch();
  }

  /** Resolves when the listings asked for so far are done (for tests). */
  settled(): Promise<void> {
    return this.#queue;
  }

  #watch(): void {
    const wanted = this.#observers.size > 0 || this.#listeners.size > 0;
    if (wanted && !this.#watched) {
      const devices = this.host.mediaDevices();
      if (!devices?.enumerateDevices) return;
      this.#watched = devices;
      devices.addEventListener?.('devicechange', this.#onDeviceChange);
      this.#enqueue(false);
    } else if (!wanted && this.#watched) {
      this.#watched.removeEventListener?.('devicechange', this.#onDeviceChange);
      this.#watched = undefined;
      this.#lists = undefined;
    }
  }

  readonly #onDeviceChange = (): void => {
    this.host.logger.info('devices: devicechange');
    this.#enqueue(true);
  };

  #enqueue(report: boolean): void {
    this.#queue = this.#queue.then(() => this.#list(report));
  }

  async #list(report: boolean): Promise<void> {
    const devices = this.#watched;
    if (!devices) return;
    let all: MediaDeviceInfo[];
    try {
      all = await devices.enumerateDevices();
    } catch (error) {
      this.host.logger.warn(`devices: could not list the devices: ${String(error)}`);
      return;
    }
    if (this.#watched !== devices) return;
    const previous = this.#lists;
    const lists = new Map(KINDS.map((kind) => [kind, all.filter((device) => device.kind === kind)]));
    this.#lists = lists;
    if (!report || !previous) return;
    const changed = new Map<MediaDeviceKind, MediaDeviceInfo[]>();
    for (const kind of KINDS) {
      if (!sameDevices(previous.get(kind)!, lists.get(kind)!)) changed.set(kind, lists.get(kind)!);
    }
    if (changed.size === 0) return;
    for (const [kind, list] of changed) {
      this.host.logger.info(`devices: the ${kind} devices changed (${list.length} now)`);
      const method = OBSERVER_METHOD[kind];
      this.forEachObserver((observer) => observer[method]?.([...list]));
      for (const listener of [...this.#listeners]) {
        if (!this.#listeners.has(listener)) continue;
        try {
          listener(kind, [...list]);
        } catch (error) {
          this.host.logger.error(`devices: a device list listener failed: ${String(error)}`);
        }
      }
    }
    try {
      await this.host.listsChanged(changed);
    } catch (error) {
      this.host.logger.error(`devices: handling a device change failed: ${String(error)}`);
    }
  }
}

/** Same devices, in any order: same ids and labels. */
function sameDevices(a: MediaDeviceInfo[], b: MediaDeviceInfo[]): boolean {
  if (a.length !== b.length) return false;
  const key = (device: MediaDeviceInfo) => `${device.deviceId}\u0000${device.label}`;
  const keys = new Set(a.map(key));
  return b.every((device) => keys.has(key(device)));
}
