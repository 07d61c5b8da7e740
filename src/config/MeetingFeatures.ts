/** A video size and frame rate limit (Chime's `VideoQualitySettings`). */
export class VideoQualitySettings {
  static readonly VideoDisabled = new VideoQualitySettings(0, 0, 0);
  static readonly VideoResolutionHD = new VideoQualitySettings(1280, 720, 30);
  static readonly VideoResolutionFHD = new VideoQualitySettings(1920, 1080, 30);
  static readonly VideoResolutionUHD = new VideoQualitySettings(3840, 2160, 30);

  constructor(
    readonly videoWidth: number,
    readonly videoHeight: number,
    readonly videoFrameRate: number,
  ) {}

  equals(other: VideoQualitySettings): boolean {
    return (
      this.videoWidth === other.videoWidth &&
      this.videoHeight === other.videoHeight &&
      this.videoFrameRate === other.videoFrameRate
    );
  }
}

const RESOLUTIONS: Record<string, VideoQualitySettings> = {
  None: VideoQualitySettings.VideoDisabled,
  HD: VideoQualitySettings.VideoResolutionHD,
  FHD: VideoQualitySettings.VideoResolutionFHD,
  UHD: VideoQualitySettings.VideoResolutionUHD,
};

/**
 * The meeting-wide features CreateMeeting's `MeetingFeatures` turned on: the camera and content
 * resolution limits (`None` turns that video off) and echo reduction.
 */
export class MeetingFeatures {
  constructor(
    readonly videoMaxResolution: VideoQualitySettings = VideoQualitySettings.VideoResolutionHD,
    readonly contentMaxResolution: VideoQualitySettings = VideoQualitySettings.VideoResolutionFHD,
    /** `Audio.EchoReduction` is `AVAILABLE`: the microphone is opened with echo cancellation on. */
    readonly echoReduction = false,
  ) {}

  /** From the lower-cased `meetingfeatures` object of a CreateMeeting response. */
  static fromResponse(features: unknown): MeetingFeatures {
    const section = (name: string): Record<string, unknown> | undefined => {
      const value = (features as Record<string, unknown> | undefined)?.[name];
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    };
    const resolution = (name: string, fallback: VideoQualitySettings) =>
      RESOLUTIONS[String(section(name)?.['maxresolution'])] ?? fallback;
    return new MeetingFeatures(
      resolution('video', VideoQualitySettings.VideoResolutionHD),
      resolution('content', VideoQualitySettings.VideoResolutionFHD),
      section('audio')?.['echoreduction'] === 'AVAILABLE',
    );
  }
}
