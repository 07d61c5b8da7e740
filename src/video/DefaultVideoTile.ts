/**
 * The Chime SDK's static helpers for showing a video stream in a `<video>` element, for streams
 * that are not a session's tile (e.g. the sharer's own screen). The session's tiles are shown
 * through `audioVideo.bindVideoElement`, which uses the same steps.
 */
export class DefaultVideoTile {
  /**
   * Shows `stream` in `element`: muted, inline, autoplaying, without controls. With `localTile`
   * the picture is mirrored, as a self view is expected to be, unless the camera faces away.
   * Resolves when playback started; rejects with the browser's reason when it could not.
   */
  static connectVideoStreamToVideoElement(
    stream: MediaStream,
    element: HTMLVideoElement,
    localTile: boolean,
  ): Promise<void> {
    element.muted = true;
    element.playsInline = true;
    element.autoplay = true;
    element.removeAttribute('controls');
    const facing = stream.getVideoTracks?.()[0]?.getSettings?.().facingMode;
    element.style.transform = localTile && facing !== 'environment' ? 'rotateY(180deg)' : '';
    if (element.srcObject !== stream) element.srcObject = stream;
    return element.play();
  }

  /**
   * Takes the stream out of `element`. When the tile is only paused and `keepLastFrameWhenPaused`,
   * the element keeps showing its last picture instead.
   */
  static disconnectVideoStreamFromVideoElement(
    element: HTMLVideoElement | null,
    dueToPause = false,
    keepLastFrameWhenPaused = false,
  ): void {
    if (!element || (dueToPause && keepLastFrameWhenPaused)) return;
    element.srcObject = null;
    element.style.transform = '';
  }
}
