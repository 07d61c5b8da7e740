import type { AudioInputDevice, DefaultDeviceController } from '../devices/DefaultDeviceController.ts';
import type { VideoInputDevice, VideoSource } from '../video/types.ts';
import type { VideoTile } from '../video/VideoTiles.ts';
import type { SessionControls } from './DefaultMeetingSession.ts';
import type { AttendeePresenceCallback, AudioVideoObserver, MuteAndUnmuteCallback } from './types.ts';

/**
 * `meetingSession.audioVideo`: the Chime SDK names for starting, stopping, observing and
 * controlling audio and video, as a thin layer over the session.
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

  /** Opens a camera (device id or constraints) or adopts a stream as the video input. */
  startVideoInput(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.devices.startVideoInput(device);
  }

  stopVideoInput(): Promise<void> {
    return this.devices.stopVideoInput();
  }

  chooseVideoInputDevice(device: VideoInputDevice): Promise<MediaStream | undefined> {
    return this.devices.chooseVideoInputDevice(device);
  }

  /**
   * Starts sending the camera and returns the local tile's id. Uses the chosen video input, or
   * opens the default camera when none was chosen; if that fails the error is logged and the
   * local tile is removed again (`videoTileWasRemoved`). Before `start()`, the camera is sent from
   * the join on.
   */
  startLocalVideoTile(): number {
    return this.session.video.startLocalVideoTile();
  }

  /** Stops sending the camera; the local tile stays, unbound from any stream. */
  stopLocalVideoTile(): void {
    this.session.video.stopLocalVideoTile();
  }

  hasStartedLocalVideoTile(): boolean {
    return this.session.video.hasStartedLocalVideoTile();
  }

  /** Stops sending the camera and removes the local tile. */
  removeLocalVideoTile(): void {
    this.session.video.removeLocalVideoTile();
  }

  getLocalVideoTile(): VideoTile | null {
    const local = this.session.video.tiles.local;
    return local ? this.getVideoTile(local.tileId) : null;
  }

  getVideoTile(tileId: number): VideoTile | null {
    return this.session.video.tiles.tile(tileId) ?? null;
  }

  getAllVideoTiles(): VideoTile[] {
    return [...this.session.video.tiles.states.keys()].flatMap((tileId) => this.getVideoTile(tileId) ?? []);
  }

  getAllRemoteVideoTiles(): VideoTile[] {
    return this.getAllVideoTiles().filter((tile) => !tile.state().localTile);
  }

  /**
   * Shows a tile in `element` (sets `srcObject`, `muted`, `playsInline`, `autoplay` and plays),
   * now and whenever the tile's stream changes. An element bound to the tile before is unbound.
   * The local tile is not mirrored: that is up to the page's styling.
   */
  bindVideoElement(tileId: number, element: HTMLVideoElement): void {
    this.session.video.tiles.bindElement(tileId, element);
  }

  /** Forgets the tile's element; with `cleanUp` (default) the element's `srcObject` is cleared. */
  unbindVideoElement(tileId: number, cleanUp = true): void {
    this.session.video.tiles.unbindElement(tileId, cleanUp);
  }

  /** Asks the service to stop sending a remote tile's video (PAUSE); the tile is marked paused. */
  pauseVideoTile(tileId: number): void {
    this.session.video.setPaused(tileId, true);
  }

  /** Undoes {@link pauseVideoTile} (RESUME). */
  unpauseVideoTile(tileId: number): void {
    this.session.video.setPaused(tileId, false);
  }

  /** The other attendees currently sending video. */
  getRemoteVideoSources(): VideoSource[] {
    return [...this.session.video.sources];
  }
}
