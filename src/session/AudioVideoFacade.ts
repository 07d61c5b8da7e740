import type { AudioInputDevice, DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { SessionControls } from './DefaultMeetingSession.ts';
import type { AttendeePresenceCallback, AudioVideoObserver, MuteAndUnmuteCallback } from './types.ts';

/**
 * `meetingSession.audioVideo`: the Chime SDK names for starting, stopping, observing and
 * controlling audio, as a thin layer over the session.
 */
export class AudioVideoFacade {
  constructor(
    private readonly session: SessionControls,
    private readonly devices: DefaultDeviceController,
  ) {}

  /** Joins the meeting; does nothing while already connecting or joined. */
  start(): void {
    this.session.start();
  }

  /** Leaves the meeting; observers get `audioVideoDidStop` with `Left`. */
  stop(): void {
    this.session.stop();
  }

  addObserver(observer: AudioVideoObserver): void {
    this.session.observers.add(observer);
  }

  removeObserver(observer: AudioVideoObserver): void {
    this.session.observers.remove(observer);
  }

  realtimeSubscribeToAttendeeIdPresence(callback: AttendeePresenceCallback): void {
    this.session.presenceCallbacks.add(callback);
  }

  realtimeUnsubscribeToAttendeeIdPresence(callback: AttendeePresenceCallback): void {
    this.session.presenceCallbacks.remove(callback);
  }

  realtimeSubscribeToMuteAndUnmuteLocalAudio(callback: MuteAndUnmuteCallback): void {
    this.session.muteCallbacks.add(callback);
  }

  realtimeUnsubscribeToMuteAndUnmuteLocalAudio(callback: MuteAndUnmuteCallback): void {
    this.session.muteCallbacks.remove(callback);
  }

  realtimeMuteLocalAudio(): void {
    this.session.setMuted(true);
  }

  /** Always succeeds (the Chime SDK returns false only when unmuting is disallowed). */
  realtimeUnmuteLocalAudio(): boolean {
    this.session.setMuted(false);
    return true;
  }

  realtimeIsLocalAudioMuted(): boolean {
    return this.session.isMuted();
  }

  /** Plays the meeting audio in `element`, now or as soon as it arrives. */
  async bindAudioElement(element: HTMLAudioElement): Promise<boolean> {
    return this.session.audioOutput.bind(element);
  }

  unbindAudioElement(): void {
    this.session.audioOutput.unbind();
  }

  listAudioInputDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.listAudioInputDevices();
  }

  listAudioOutputDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.listAudioOutputDevices();
  }

  listVideoInputDevices(): Promise<MediaDeviceInfo[]> {
    return this.devices.listVideoInputDevices();
  }

  startAudioInput(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.devices.startAudioInput(device);
  }

  stopAudioInput(): Promise<void> {
    return this.devices.stopAudioInput();
  }

  chooseAudioInputDevice(device: AudioInputDevice): Promise<MediaStream | undefined> {
    return this.devices.chooseAudioInputDevice(device);
  }
}
