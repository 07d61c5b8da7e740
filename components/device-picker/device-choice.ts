/**
 * What the device picker offers and selects, as pure functions of the browser's device list: the
 * options of one kind with their labels (also before the page may read the devices' names) and
 * which one is selected (the one in use, else the remembered one, else the default).
 */
import { format } from '../shared/format.ts';

/** The kinds of device the picker chooses. */
export type DeviceKind = 'audioinput' | 'audiooutput' | 'videoinput';

export const DEVICE_KINDS: readonly DeviceKind[] = ['audioinput', 'audiooutput', 'videoinput'];

/** One entry of a device select. */
export interface DeviceOption {
  /** The device id; `''` stands for "the default device" while the browser hides the ids. */
  value: string;
  label: string;
}

/** The words used for devices that have no name (yet). */
export interface DeviceNames {
  /** The entry shown while the browser hides the devices, e.g. `Default`. */
  defaultDevice: string;
  /** A device without a label, `{n}` being its position, e.g. `Camera {n}`. */
  unnamed: string;
}

/** Chromium on Windows lists the communications device again under this id: a duplicate. */
const COMMUNICATIONS = 'communications';

/** The chosen-device id that means "the system's default" (Chromium lists it for audio). */
export const DEFAULT_DEVICE_ID = 'default';

/**
 * The select options for the devices of `kind`, in the browser's order. Before the page may use a
 * device, browsers list one entry per kind with no id and no label: that becomes a single
 * "Default" option. A device whose label is hidden gets a numbered name.
 */
export function deviceOptions(
  devices: ReadonlyArray<Pick<MediaDeviceInfo, 'deviceId' | 'kind' | 'label'>>,
  kind: DeviceKind,
  names: DeviceNames,
): DeviceOption[] {
  const options: DeviceOption[] = [];
  const seen = new Set<string>();
  for (const device of devices) {
    if (device.kind !== kind || device.deviceId === COMMUNICATIONS || seen.has(device.deviceId)) continue;
    seen.add(device.deviceId);
    const label =
      device.deviceId === ''
        ? names.defaultDevice
        : device.label || format(names.unnamed, { n: `${options.length + 1}` });
    options.push({ value: device.deviceId, label });
  }
  return options;
}

/**
 * The option to select: the first of `wanted` (e.g. the device in use, then the remembered one)
 * that is listed; else the default entry; else the first option; `''` when there is none. So a
 * chosen device that was unplugged gives way to the default one.
 */
export function selectedOption(
  options: readonly DeviceOption[],
  wanted: ReadonlyArray<string | null | undefined>,
): string {
  const values = new Set(options.map((option) => option.value));
  for (const id of wanted) if (id && values.has(id)) return id;
  if (values.has(DEFAULT_DEVICE_ID)) return DEFAULT_DEVICE_ID;
  return options[0]?.value ?? '';
}

/**
 * The id to remember for a choice, and to pass to the device controller: choosing the default
 * entry means "no particular device", so the default is followed when it changes.
 */
export function chosenId(value: string): string | undefined {
  return value === '' || value === DEFAULT_DEVICE_ID ? undefined : value;
}

/** Decibels shown as an empty meter (quieter is silence). */
const FLOOR_DB = -60;

/**
 * The level (0 to 1) of time-domain samples for a meter: their RMS in decibels, from -60 dB
 * (empty) to 0 dB (full), which follows loudness as people hear it better than raw amplitude.
 */
export function levelOf(samples: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  const rms = samples.length ? Math.sqrt(sum / samples.length) : 0;
  if (rms <= 0) return 0;
  const db = 20 * Math.log10(rms);
  return Math.min(1, Math.max(0, (db - FLOOR_DB) / -FLOOR_DB));
}

/**
 * The meter's next value: rises at once, falls by at most `fall` per frame, so short sounds stay
 * visible long enough to be seen.
 */
export function meterValue(previous: number, level: number, fall = 0.02): number {
  return Math.max(level, previous - fall);
}
