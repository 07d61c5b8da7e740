/**
 * Receives device changes from a device controller (`addDeviceChangeObserver`), with the method
 * names of the Chime SDK's `DeviceChangeObserver`. Every method is optional.
 */
export interface DeviceChangeObserver {
  /** The list of microphones changed (one was plugged in or out, or a label changed). */
  audioInputsChanged?(freshAudioInputDeviceList?: MediaDeviceInfo[]): void;
  /** The list of speakers and headphones changed. */
  audioOutputsChanged?(freshAudioOutputDeviceList?: MediaDeviceInfo[]): void;
  /** The list of cameras changed. */
  videoInputsChanged?(freshVideoInputDeviceList?: MediaDeviceInfo[]): void;
  /**
   * The browser reports the chosen microphone muted (or no longer muted) below the page, e.g. by a
   * hardware switch or the operating system: no audio is captured whatever the meeting's own mute
   * state. Called once after each microphone is chosen and at every change. `device` is the stream
   * when the application passed one in, otherwise the microphone's device id.
   */
  audioInputMuteStateChanged?(device: string | MediaStream, muteState: boolean): void;
  /**
   * The chosen microphone went away (its track ended, or it left the device list); the controller
   * switched to the default microphone.
   */
  audioInputStreamEnded?(deviceId?: string): void;
  /** The chosen camera went away; the controller stopped the video input. */
  videoInputStreamEnded?(deviceId?: string): void;
}

/** A kind of device whose list changed, and the new list of that kind. */
export type DeviceListListener = (kind: MediaDeviceKind, devices: MediaDeviceInfo[]) => void;
