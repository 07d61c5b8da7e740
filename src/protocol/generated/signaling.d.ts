import * as $protobuf from "protobufjs";
import Long = require("long");
export interface ISdkSignalFrame {
    timestampMs: number;
    type: SdkSignalFrame.Type;
    error?: (ISdkErrorFrame|null);
    join?: (ISdkJoinFrame|null);
    joinack?: (ISdkJoinAckFrame|null);
    sub?: (ISdkSubscribeFrame|null);
    suback?: (ISdkSubscribeAckFrame|null);
    index?: (ISdkIndexFrame|null);
    pause?: (ISdkPauseResumeFrame|null);
    leave?: (ISdkLeaveFrame|null);
    leaveAck?: (ISdkLeaveAckFrame|null);
    bitrates?: (ISdkBitrateFrame|null);
    audioControl?: (ISdkAudioControlFrame|null);
    audioMetadata?: (ISdkAudioMetadataFrame|null);
    audioStreamIdInfo?: (ISdkAudioStreamIdInfoFrame|null);
    pingPong?: (ISdkPingPongFrame|null);
    audioStatus?: (ISdkAudioStatusFrame|null);
    clientMetric?: (ISdkClientMetricFrame|null);
    dataMessage?: (ISdkDataMessageFrame|null);
    remoteVideoUpdate?: (ISdkRemoteVideoUpdateFrame|null);
    primaryMeetingJoin?: (ISdkPrimaryMeetingJoinFrame|null);
    primaryMeetingJoinAck?: (ISdkPrimaryMeetingJoinAckFrame|null);
    primaryMeetingLeave?: (ISdkPrimaryMeetingLeaveFrame|null);
    notification?: (ISdkNotificationFrame|null);
    meetingSessionTiming?: (ISdkMeetingSessionTimingFrame|null);
}

export class SdkSignalFrame implements ISdkSignalFrame {
    constructor(properties?: ISdkSignalFrame);
    public timestampMs: number;
    public type: SdkSignalFrame.Type;
    public error?: (SdkErrorFrame|null);
    public join?: (SdkJoinFrame|null);
    public joinack?: (SdkJoinAckFrame|null);
    public sub?: (SdkSubscribeFrame|null);
    public suback?: (SdkSubscribeAckFrame|null);
    public index?: (SdkIndexFrame|null);
    public pause?: (SdkPauseResumeFrame|null);
    public leave?: (SdkLeaveFrame|null);
    public leaveAck?: (SdkLeaveAckFrame|null);
    public bitrates?: (SdkBitrateFrame|null);
    public audioControl?: (SdkAudioControlFrame|null);
    public audioMetadata?: (SdkAudioMetadataFrame|null);
    public audioStreamIdInfo?: (SdkAudioStreamIdInfoFrame|null);
    public pingPong?: (SdkPingPongFrame|null);
    public audioStatus?: (SdkAudioStatusFrame|null);
    public clientMetric?: (SdkClientMetricFrame|null);
    public dataMessage?: (SdkDataMessageFrame|null);
    public remoteVideoUpdate?: (SdkRemoteVideoUpdateFrame|null);
    public primaryMeetingJoin?: (SdkPrimaryMeetingJoinFrame|null);
    public primaryMeetingJoinAck?: (SdkPrimaryMeetingJoinAckFrame|null);
    public primaryMeetingLeave?: (SdkPrimaryMeetingLeaveFrame|null);
    public notification?: (SdkNotificationFrame|null);
    public meetingSessionTiming?: (SdkMeetingSessionTimingFrame|null);
    public static create(properties?: ISdkSignalFrame): SdkSignalFrame;
    public static encode(message: ISdkSignalFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkSignalFrame;
}

export namespace SdkSignalFrame {

    enum Type {
        JOIN = 1,
        JOIN_ACK = 2,
        SUBSCRIBE = 3,
        SUBSCRIBE_ACK = 4,
        INDEX = 5,
        PAUSE = 7,
        RESUME = 8,
        LEAVE = 9,
        LEAVE_ACK = 10,
        BITRATES = 13,
        AUDIO_CONTROL = 16,
        AUDIO_METADATA = 17,
        AUDIO_STREAM_ID_INFO = 18,
        PING_PONG = 19,
        AUDIO_STATUS = 20,
        CLIENT_METRIC = 21,
        DATA_MESSAGE = 22,
        REMOTE_VIDEO_UPDATE = 24,
        PRIMARY_MEETING_JOIN = 25,
        PRIMARY_MEETING_JOIN_ACK = 26,
        PRIMARY_MEETING_LEAVE = 27,
        NOTIFICATION = 34,
        MEETING_SESSION_TIMING = 43
    }
}

export interface ISdkErrorFrame {
    status?: (number|null);
    description?: (string|null);
}

export class SdkErrorFrame implements ISdkErrorFrame {
    constructor(properties?: ISdkErrorFrame);
    public status: number;
    public description: string;
    public static create(properties?: ISdkErrorFrame): SdkErrorFrame;
    public static encode(message: ISdkErrorFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkErrorFrame;
}

export enum SdkJoinFlags {
    HAS_STREAM_UPDATE = 2,
    COMPLETE_VIDEO_SOURCES_LIST = 16,
    EXCLUDE_SELF_CONTENT_IN_INDEX = 32
}

export interface ISdkClientDetails {
    appName?: (string|null);
    appVersion?: (string|null);
    deviceModel?: (string|null);
    deviceMake?: (string|null);
    platformName?: (string|null);
    platformVersion?: (string|null);
    clientSource?: (string|null);
    chimeSdkVersion?: (string|null);
    clientUtcOffset?: (string|null);
    osName?: (string|null);
    osVersion?: (string|null);
}

export class SdkClientDetails implements ISdkClientDetails {
    constructor(properties?: ISdkClientDetails);
    public appName: string;
    public appVersion: string;
    public deviceModel: string;
    public deviceMake: string;
    public platformName: string;
    public platformVersion: string;
    public clientSource: string;
    public chimeSdkVersion: string;
    public clientUtcOffset: string;
    public osName: string;
    public osVersion: string;
    public static create(properties?: ISdkClientDetails): SdkClientDetails;
    public static encode(message: ISdkClientDetails, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkClientDetails;
}

export enum SdkServerSideNetworkAdaption {
    DEFAULT = 1,
    NONE = 2,
    BANDWIDTH_PROBING = 3,
    BANDWIDTH_PROBING_AND_VIDEO_QUALITY_ADAPTION = 4
}

export interface ISdkJoinFrame {
    protocolVersion?: (number|null);
    maxNumOfVideos?: (number|null);
    flags?: (number|null);
    clientDetails?: (ISdkClientDetails|null);
    audioSessionId?: (number|null);
    wantsCompressedSdp?: (boolean|null);
    serverSideNetworkAdaption?: (SdkServerSideNetworkAdaption|null);
    supportedServerSideNetworkAdaptions?: (SdkServerSideNetworkAdaption[]|null);
    wantsAllTemporalLayersInIndex?: (boolean|null);
    disablePeriodicKeyframeRequestOnContentSender?: (boolean|null);
}

export class SdkJoinFrame implements ISdkJoinFrame {
    constructor(properties?: ISdkJoinFrame);
    public protocolVersion: number;
    public maxNumOfVideos: number;
    public flags: number;
    public clientDetails?: (SdkClientDetails|null);
    public audioSessionId: number;
    public wantsCompressedSdp: boolean;
    public serverSideNetworkAdaption: SdkServerSideNetworkAdaption;
    public supportedServerSideNetworkAdaptions: SdkServerSideNetworkAdaption[];
    public wantsAllTemporalLayersInIndex: boolean;
    public disablePeriodicKeyframeRequestOnContentSender: boolean;
    public static create(properties?: ISdkJoinFrame): SdkJoinFrame;
    public static encode(message: ISdkJoinFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkJoinFrame;
}

export interface ISdkJoinAckFrame {
    turnCredentials?: (ISdkTurnCredentials|null);
    videoSubscriptionLimit?: (number|null);
    wantsCompressedSdp?: (boolean|null);
    defaultServerSideNetworkAdaption?: (SdkServerSideNetworkAdaption|null);
}

export class SdkJoinAckFrame implements ISdkJoinAckFrame {
    constructor(properties?: ISdkJoinAckFrame);
    public turnCredentials?: (SdkTurnCredentials|null);
    public videoSubscriptionLimit: number;
    public wantsCompressedSdp: boolean;
    public defaultServerSideNetworkAdaption: SdkServerSideNetworkAdaption;
    public static create(properties?: ISdkJoinAckFrame): SdkJoinAckFrame;
    public static encode(message: ISdkJoinAckFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkJoinAckFrame;
}

export interface ISdkLeaveFrame {
}

export class SdkLeaveFrame implements ISdkLeaveFrame {
    constructor(properties?: ISdkLeaveFrame);
    public static create(properties?: ISdkLeaveFrame): SdkLeaveFrame;
    public static encode(message: ISdkLeaveFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkLeaveFrame;
}

export interface ISdkLeaveAckFrame {
}

export class SdkLeaveAckFrame implements ISdkLeaveAckFrame {
    constructor(properties?: ISdkLeaveAckFrame);
    public static create(properties?: ISdkLeaveAckFrame): SdkLeaveAckFrame;
    public static encode(message: ISdkLeaveAckFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkLeaveAckFrame;
}

export enum SdkStreamServiceType {
    RX = 1,
    TX = 2,
    DUPLEX = 3
}

export enum SdkStreamMediaType {
    AUDIO = 1,
    VIDEO = 2
}

export interface ISdkSubscribeFrame {
    duplex?: (SdkStreamServiceType|null);
    sendStreams?: (ISdkStreamDescriptor[]|null);
    receiveStreamIds?: (number[]|null);
    sdpOffer?: (string|null);
    audioHost?: (string|null);
    audioCheckin?: (boolean|null);
    audioMuted?: (boolean|null);
    compressedSdpOffer?: (Uint8Array|null);
    videoSubscriptionConfiguration?: (ISdkVideoSubscriptionConfiguration[]|null);
}

export class SdkSubscribeFrame implements ISdkSubscribeFrame {
    constructor(properties?: ISdkSubscribeFrame);
    public duplex: SdkStreamServiceType;
    public sendStreams: SdkStreamDescriptor[];
    public receiveStreamIds: number[];
    public sdpOffer: string;
    public audioHost: string;
    public audioCheckin: boolean;
    public audioMuted: boolean;
    public compressedSdpOffer: Uint8Array;
    public videoSubscriptionConfiguration: SdkVideoSubscriptionConfiguration[];
    public static create(properties?: ISdkSubscribeFrame): SdkSubscribeFrame;
    public static encode(message: ISdkSubscribeFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkSubscribeFrame;
}

export interface ISdkSubscribeAckFrame {
    duplex?: (SdkStreamServiceType|null);
    allocations?: (ISdkStreamAllocation[]|null);
    sdpAnswer?: (string|null);
    tracks?: (ISdkTrackMapping[]|null);
    compressedSdpAnswer?: (Uint8Array|null);
}

export class SdkSubscribeAckFrame implements ISdkSubscribeAckFrame {
    constructor(properties?: ISdkSubscribeAckFrame);
    public duplex: SdkStreamServiceType;
    public allocations: SdkStreamAllocation[];
    public sdpAnswer: string;
    public tracks: SdkTrackMapping[];
    public compressedSdpAnswer: Uint8Array;
    public static create(properties?: ISdkSubscribeAckFrame): SdkSubscribeAckFrame;
    public static encode(message: ISdkSubscribeAckFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkSubscribeAckFrame;
}

export interface ISdkIndexFrame {
    atCapacity?: (boolean|null);
    sources?: (ISdkStreamDescriptor[]|null);
    pausedAtSourceIds?: (number[]|null);
    numParticipants?: (number|null);
    supportedReceiveCodecIntersection?: (SdkVideoCodecCapability[]|null);
}

export class SdkIndexFrame implements ISdkIndexFrame {
    constructor(properties?: ISdkIndexFrame);
    public atCapacity: boolean;
    public sources: SdkStreamDescriptor[];
    public pausedAtSourceIds: number[];
    public numParticipants: number;
    public supportedReceiveCodecIntersection: SdkVideoCodecCapability[];
    public static create(properties?: ISdkIndexFrame): SdkIndexFrame;
    public static encode(message: ISdkIndexFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkIndexFrame;
}

export interface ISdkPauseResumeFrame {
    streamIds?: (number[]|null);
    groupIds?: (number[]|null);
}

export class SdkPauseResumeFrame implements ISdkPauseResumeFrame {
    constructor(properties?: ISdkPauseResumeFrame);
    public streamIds: number[];
    public groupIds: number[];
    public static create(properties?: ISdkPauseResumeFrame): SdkPauseResumeFrame;
    public static encode(message: ISdkPauseResumeFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkPauseResumeFrame;
}

export interface ISdkBitrateFrame {
    bitrates?: (ISdkBitrate[]|null);
    serverAvailableOutgoingBitrate?: (number|null);
}

export class SdkBitrateFrame implements ISdkBitrateFrame {
    constructor(properties?: ISdkBitrateFrame);
    public bitrates: SdkBitrate[];
    public serverAvailableOutgoingBitrate: number;
    public static create(properties?: ISdkBitrateFrame): SdkBitrateFrame;
    public static encode(message: ISdkBitrateFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkBitrateFrame;
}

export interface ISdkStreamDescriptor {
    streamId?: (number|null);
    framerate?: (number|null);
    maxBitrateKbps?: (number|null);
    trackLabel?: (string|null);
    groupId?: (number|null);
    avgBitrateBps?: (number|null);
    attendeeId?: (string|null);
    mediaType?: (SdkStreamMediaType|null);
    externalUserId?: (string|null);
    width?: (number|null);
    height?: (number|null);
}

export class SdkStreamDescriptor implements ISdkStreamDescriptor {
    constructor(properties?: ISdkStreamDescriptor);
    public streamId: number;
    public framerate: number;
    public maxBitrateKbps: number;
    public trackLabel: string;
    public groupId: number;
    public avgBitrateBps: number;
    public attendeeId: string;
    public mediaType: SdkStreamMediaType;
    public externalUserId: string;
    public width: number;
    public height: number;
    public static create(properties?: ISdkStreamDescriptor): SdkStreamDescriptor;
    public static encode(message: ISdkStreamDescriptor, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkStreamDescriptor;
}

export interface ISdkStreamAllocation {
    trackLabel?: (string|null);
    streamId?: (number|null);
    groupId?: (number|null);
}

export class SdkStreamAllocation implements ISdkStreamAllocation {
    constructor(properties?: ISdkStreamAllocation);
    public trackLabel: string;
    public streamId: number;
    public groupId: number;
    public static create(properties?: ISdkStreamAllocation): SdkStreamAllocation;
    public static encode(message: ISdkStreamAllocation, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkStreamAllocation;
}

export interface ISdkTrackMapping {
    streamId?: (number|null);
    ssrc?: (number|null);
    trackLabel?: (string|null);
}

export class SdkTrackMapping implements ISdkTrackMapping {
    constructor(properties?: ISdkTrackMapping);
    public streamId: number;
    public ssrc: number;
    public trackLabel: string;
    public static create(properties?: ISdkTrackMapping): SdkTrackMapping;
    public static encode(message: ISdkTrackMapping, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTrackMapping;
}

export interface ISdkBitrate {
    sourceStreamId?: (number|null);
    avgBitrateBps?: (number|null);
}

export class SdkBitrate implements ISdkBitrate {
    constructor(properties?: ISdkBitrate);
    public sourceStreamId: number;
    public avgBitrateBps: number;
    public static create(properties?: ISdkBitrate): SdkBitrate;
    public static encode(message: ISdkBitrate, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkBitrate;
}

export interface ISdkAudioControlFrame {
    muted?: (boolean|null);
}

export class SdkAudioControlFrame implements ISdkAudioControlFrame {
    constructor(properties?: ISdkAudioControlFrame);
    public muted: boolean;
    public static create(properties?: ISdkAudioControlFrame): SdkAudioControlFrame;
    public static encode(message: ISdkAudioControlFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkAudioControlFrame;
}

export interface ISdkAudioMetadataFrame {
    attendeeStates?: (ISdkAudioAttendeeState[]|null);
}

export class SdkAudioMetadataFrame implements ISdkAudioMetadataFrame {
    constructor(properties?: ISdkAudioMetadataFrame);
    public attendeeStates: SdkAudioAttendeeState[];
    public static create(properties?: ISdkAudioMetadataFrame): SdkAudioMetadataFrame;
    public static encode(message: ISdkAudioMetadataFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkAudioMetadataFrame;
}

export interface ISdkAudioAttendeeState {
    audioStreamId?: (number|null);
    volume?: (number|null);
    muted?: (boolean|null);
    signalStrength?: (number|null);
}

export class SdkAudioAttendeeState implements ISdkAudioAttendeeState {
    constructor(properties?: ISdkAudioAttendeeState);
    public audioStreamId: number;
    public volume: number;
    public muted: boolean;
    public signalStrength: number;
    public static create(properties?: ISdkAudioAttendeeState): SdkAudioAttendeeState;
    public static encode(message: ISdkAudioAttendeeState, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkAudioAttendeeState;
}

export interface ISdkAudioStreamIdInfoFrame {
    streams?: (ISdkAudioStreamIdInfo[]|null);
}

export class SdkAudioStreamIdInfoFrame implements ISdkAudioStreamIdInfoFrame {
    constructor(properties?: ISdkAudioStreamIdInfoFrame);
    public streams: SdkAudioStreamIdInfo[];
    public static create(properties?: ISdkAudioStreamIdInfoFrame): SdkAudioStreamIdInfoFrame;
    public static encode(message: ISdkAudioStreamIdInfoFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkAudioStreamIdInfoFrame;
}

export interface ISdkAudioStreamIdInfo {
    audioStreamId?: (number|null);
    attendeeId?: (string|null);
    muted?: (boolean|null);
    externalUserId?: (string|null);
    dropped?: (boolean|null);
}

export class SdkAudioStreamIdInfo implements ISdkAudioStreamIdInfo {
    constructor(properties?: ISdkAudioStreamIdInfo);
    public audioStreamId: number;
    public attendeeId: string;
    public muted: boolean;
    public externalUserId: string;
    public dropped: boolean;
    public static create(properties?: ISdkAudioStreamIdInfo): SdkAudioStreamIdInfo;
    public static encode(message: ISdkAudioStreamIdInfo, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkAudioStreamIdInfo;
}

export enum SdkPingPongType {
    PING = 1,
    PONG = 2
}

export interface ISdkPingPongFrame {
    type: SdkPingPongType;
    pingId: number;
}

export class SdkPingPongFrame implements ISdkPingPongFrame {
    constructor(properties?: ISdkPingPongFrame);
    public type: SdkPingPongType;
    public pingId: number;
    public static create(properties?: ISdkPingPongFrame): SdkPingPongFrame;
    public static encode(message: ISdkPingPongFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkPingPongFrame;
}

export interface ISdkAudioStatusFrame {
    audioStatus?: (number|null);
}

export class SdkAudioStatusFrame implements ISdkAudioStatusFrame {
    constructor(properties?: ISdkAudioStatusFrame);
    public audioStatus: number;
    public static create(properties?: ISdkAudioStatusFrame): SdkAudioStatusFrame;
    public static encode(message: ISdkAudioStatusFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkAudioStatusFrame;
}

export interface ISdkMetric {
    type?: (SdkMetric.Type|null);
    value?: (number|null);
}

export class SdkMetric implements ISdkMetric {
    constructor(properties?: ISdkMetric);
    public type: SdkMetric.Type;
    public value: number;
    public static create(properties?: ISdkMetric): SdkMetric;
    public static encode(message: ISdkMetric, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMetric;
}

export namespace SdkMetric {

    enum Type {
        VIDEO_ACTUAL_ENCODER_BITRATE = 1,
        VIDEO_AVAILABLE_SEND_BANDWIDTH = 2,
        VIDEO_RETRANSMIT_BITRATE = 3,
        VIDEO_AVAILABLE_RECEIVE_BANDWIDTH = 4,
        VIDEO_TARGET_ENCODER_BITRATE = 5,
        VIDEO_BUCKET_DELAY_MS = 6,
        STUN_RTT_MS = 7,
        SOCKET_DISCARDED_PPS = 8,
        RTC_MIC_JITTER_MS = 9,
        RTC_MIC_PPS = 10,
        RTC_MIC_FRACTION_PACKET_LOST_PERCENT = 11,
        RTC_MIC_BITRATE = 12,
        RTC_MIC_RTT_MS = 13,
        RTC_SPK_PPS = 14,
        RTC_SPK_FRACTION_PACKET_LOST_PERCENT = 15,
        RTC_SPK_JITTER_MS = 16,
        RTC_SPK_FRACTION_DECODER_LOSS_PERCENT = 17,
        RTC_SPK_BITRATE = 18,
        RTC_SPK_CURRENT_DELAY_MS = 19,
        RTC_SPK_JITTER_BUFFER_MS = 20,
        VIDEO_SENT_RTT_MS = 21,
        VIDEO_ENCODE_USAGE_PERCENT = 22,
        VIDEO_NACKS_RECEIVED = 23,
        VIDEO_PLIS_RECEIVED = 24,
        VIDEO_ENCODE_MS = 25,
        VIDEO_INPUT_FPS = 26,
        VIDEO_ENCODE_FPS = 27,
        VIDEO_SENT_FPS = 28,
        VIDEO_FIRS_RECEIVED = 29,
        VIDEO_SENT_PPS = 30,
        VIDEO_SENT_FRACTION_PACKET_LOST_PERCENT = 31,
        VIDEO_SENT_BITRATE = 32,
        VIDEO_DROPPED_FPS = 33,
        VIDEO_TARGET_DELAY_MS = 34,
        VIDEO_DECODE_MS = 35,
        VIDEO_OUTPUT_FPS = 36,
        VIDEO_RECEIVED_PPS = 37,
        VIDEO_RECEIVED_FRACTION_PACKET_LOST_PERCENT = 38,
        VIDEO_RENDER_DELAY_MS = 39,
        VIDEO_RECEIVED_FPS = 40,
        VIDEO_DECODE_FPS = 41,
        VIDEO_NACKS_SENT = 42,
        VIDEO_FIRS_SENT = 43,
        VIDEO_RECEIVED_BITRATE = 44,
        VIDEO_CURRENT_DELAY_MS = 45,
        VIDEO_JITTER_BUFFER_MS = 46,
        VIDEO_DISCARDED_PPS = 47,
        VIDEO_PLIS_SENT = 48,
        VIDEO_RECEIVED_JITTER_MS = 49,
        VIDEO_LOCAL_RENDER_FPS = 52,
        VIDEO_REMOTE_RENDER_FPS = 56,
        VIDEO_INPUT_HEIGHT = 60,
        VIDEO_ENCODE_HEIGHT = 64,
        VIDEO_SENT_QP_SUM = 66,
        VIDEO_DECODE_HEIGHT = 69,
        VIDEO_RECEIVED_QP_SUM = 72,
        VIDEO_ENCODE_WIDTH = 86,
        VIDEO_DECODE_WIDTH = 87,
        VIDEO_ENCODER_IS_HARDWARE = 88,
        VIDEO_DECODER_IS_HARDWARE = 89,
        VIDEO_FREEZE_COUNT = 90,
        VIDEO_FREEZE_DURATION = 91,
        VIDEO_PAUSE_COUNT = 92,
        VIDEO_PAUSE_DURATION = 93,
        VIDEO_QUALITY_REASON = 94,
        VIDEO_PROCESSING_TIME = 95,
        RTC_SPK_AUDIO_LEVEL = 96,
        RTC_MIC_AUDIO_LEVEL = 97,
        RTC_SPK_TOTAL_LOST = 98,
        RTC_SPK_TOTAL_EXPECTED = 99,
        RTC_SPK_TOTAL_RECOVERED_RED = 100,
        RTC_SPK_TOTAL_RECOVERED_FEC = 101,
        VIDEO_QUALITY_LIMITATION_DURATION_CPU = 102,
        VIDEO_CODEC_DEGRADATION_HIGH_ENCODE_CPU = 103,
        VIDEO_CODEC_DEGRADATION_ENCODE_FAILURE = 104,
        VIDEO_RENDER_HEIGHT = 105,
        VIDEO_RENDER_WIDTH = 106,
        VIDEO_INPUT_WIDTH = 107,
        VIDEO_SENT_JITTER_MS = 108,
        AUDIO_SENT_TRANSFORM_PPS = 109,
        AUDIO_RECEIVED_TRANSFORM_PPS = 110,
        VIDEO_SENT_TRANSFORM_PPS = 111,
        VIDEO_RECEIVED_TRANSFORM_PPS = 112,
        CPU_PRESSURE_STATE = 113,
        VIDEO_BACKGROUND_SEGMENTATION_DURATION_MS = 114,
        VIDEO_BACKGROUND_SEGMENTATION_EFFECT_RENDER_DURATION_MS = 115,
        VIDEO_BACKGROUND_SEGMENTATION_FRAMES_PER_SEGMENTATION = 116,
        VIDEO_BACKGROUND_SEGMENTATION_CPU_USAGE_PERCENT = 117,
        VIDEO_BACKGROUND_SEGMENTATION_INITIALIZATION_DURATION_MS = 118,
        VIDEO_BACKGROUND_SEGMENTATION_INITIALIZATION_FAILURE = 119,
        VIDEO_BACKGROUND_SEGMENTATION_ERROR_COUNT = 120,
        VIDEO_BACKGROUND_SEGMENTATION_FRAMES_SUBMITTED = 121,
        VIDEO_BACKGROUND_SEGMENTATION_FRAMES_SEGMENTED = 122,
        VIDEO_PIPELINE_FRAME_RATE = 123,
        VIDEO_PROCESSOR_LATENCY_MS = 124,
        VIDEO_BACKGROUND_SEGMENTATION_ASSET_LOADING_FAILURE = 125,
        VIDEO_BACKGROUND_SEGMENTATION_ASSET_LOADING_TIME_MS = 126,
        VIDEO_BACKGROUND_SEGMENTATION_COMPATIBILITY_FAILURE = 127,
        VIDEO_BACKGROUND_SEGMENTATION_PROCESSOR_CREATION_FAILURE = 128
    }
}

export interface ISdkStreamMetricFrame {
    streamId?: (number|null);
    groupId?: (number|null);
    metrics?: (ISdkMetric[]|null);
    dimensions?: (ISdkStreamDimension[]|null);
    mediaType?: (SdkStreamMediaType|null);
}

export class SdkStreamMetricFrame implements ISdkStreamMetricFrame {
    constructor(properties?: ISdkStreamMetricFrame);
    public streamId: number;
    public groupId: number;
    public metrics: SdkMetric[];
    public dimensions: SdkStreamDimension[];
    public mediaType: SdkStreamMediaType;
    public static create(properties?: ISdkStreamMetricFrame): SdkStreamMetricFrame;
    public static encode(message: ISdkStreamMetricFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkStreamMetricFrame;
}

export interface ISdkClientMetricFrame {
    globalMetrics?: (ISdkMetric[]|null);
    streamMetricFrames?: (ISdkStreamMetricFrame[]|null);
}

export class SdkClientMetricFrame implements ISdkClientMetricFrame {
    constructor(properties?: ISdkClientMetricFrame);
    public globalMetrics: SdkMetric[];
    public streamMetricFrames: SdkStreamMetricFrame[];
    public static create(properties?: ISdkClientMetricFrame): SdkClientMetricFrame;
    public static encode(message: ISdkClientMetricFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkClientMetricFrame;
}

export interface ISdkStreamDimension {
    type?: (SdkStreamDimension.Type|null);
    value?: (ISdkDimensionValue|null);
}

export class SdkStreamDimension implements ISdkStreamDimension {
    constructor(properties?: ISdkStreamDimension);
    public type: SdkStreamDimension.Type;
    public value?: (SdkDimensionValue|null);
    public static create(properties?: ISdkStreamDimension): SdkStreamDimension;
    public static encode(message: ISdkStreamDimension, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkStreamDimension;
}

export namespace SdkStreamDimension {

    enum Type {
        VIDEO_ENCODER_NAME = 1,
        VIDEO_DECODER_NAME = 2,
        VIDEO_BACKGROUND_SEGMENTATION_MODEL_TYPE = 3,
        VIDEO_BACKGROUND_SEGMENTATION_DELEGATE_TYPE = 4,
        VIDEO_PROCESSOR_NAME = 5
    }
}

export interface ISdkDimensionValue {
    stringValue?: (string|null);
    boolValue?: (boolean|null);
    uintValue?: (number|null);
}

export class SdkDimensionValue implements ISdkDimensionValue {
    constructor(properties?: ISdkDimensionValue);
    public stringValue: string;
    public boolValue: boolean;
    public uintValue: number;
    public static create(properties?: ISdkDimensionValue): SdkDimensionValue;
    public static encode(message: ISdkDimensionValue, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkDimensionValue;
}

export interface ISdkDataMessageFrame {
    messages?: (ISdkDataMessagePayload[]|null);
}

export class SdkDataMessageFrame implements ISdkDataMessageFrame {
    constructor(properties?: ISdkDataMessageFrame);
    public messages: SdkDataMessagePayload[];
    public static create(properties?: ISdkDataMessageFrame): SdkDataMessageFrame;
    public static encode(message: ISdkDataMessageFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkDataMessageFrame;
}

export interface ISdkDataMessagePayload {
    topic?: (string|null);
    data?: (Uint8Array|null);
    lifetimeMs?: (number|null);
    senderAttendeeId?: (string|null);
    ingestTimeNs?: (number|null);
    senderExternalUserId?: (string|null);
}

export class SdkDataMessagePayload implements ISdkDataMessagePayload {
    constructor(properties?: ISdkDataMessagePayload);
    public topic: string;
    public data: Uint8Array;
    public lifetimeMs: number;
    public senderAttendeeId: string;
    public ingestTimeNs: number;
    public senderExternalUserId: string;
    public static create(properties?: ISdkDataMessagePayload): SdkDataMessagePayload;
    public static encode(message: ISdkDataMessagePayload, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkDataMessagePayload;
}

export interface ISdkTurnCredentials {
    username?: (string|null);
    password?: (string|null);
    ttl?: (number|null);
    uris?: (string[]|null);
}

export class SdkTurnCredentials implements ISdkTurnCredentials {
    constructor(properties?: ISdkTurnCredentials);
    public username: string;
    public password: string;
    public ttl: number;
    public uris: string[];
    public static create(properties?: ISdkTurnCredentials): SdkTurnCredentials;
    public static encode(message: ISdkTurnCredentials, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTurnCredentials;
}

export interface ISdkTranscriptItem {
    content?: (string|null);
    endTime?: (number|null);
    speakerAttendeeId?: (string|null);
    speakerExternalUserId?: (string|null);
    startTime?: (number|null);
    type?: (SdkTranscriptItem.Type|null);
    vocabularyFilterMatch?: (boolean|null);
    confidence?: (number|null);
    stable?: (boolean|null);
}

export class SdkTranscriptItem implements ISdkTranscriptItem {
    constructor(properties?: ISdkTranscriptItem);
    public content: string;
    public endTime: number;
    public speakerAttendeeId: string;
    public speakerExternalUserId: string;
    public startTime: number;
    public type: SdkTranscriptItem.Type;
    public vocabularyFilterMatch: boolean;
    public confidence: number;
    public stable: boolean;
    public static create(properties?: ISdkTranscriptItem): SdkTranscriptItem;
    public static encode(message: ISdkTranscriptItem, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptItem;
}

export namespace SdkTranscriptItem {

    enum Type {
        PRONUNCIATION = 1,
        PUNCTUATION = 2
    }
}

export interface ISdkTranscriptEntity {
    category?: (string|null);
    confidence?: (number|null);
    content?: (string|null);
    endTime?: (number|null);
    startTime?: (number|null);
    type?: (string|null);
}

export class SdkTranscriptEntity implements ISdkTranscriptEntity {
    constructor(properties?: ISdkTranscriptEntity);
    public category: string;
    public confidence: number;
    public content: string;
    public endTime: number;
    public startTime: number;
    public type: string;
    public static create(properties?: ISdkTranscriptEntity): SdkTranscriptEntity;
    public static encode(message: ISdkTranscriptEntity, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptEntity;
}

export interface ISdkTranscriptAlternative {
    items?: (ISdkTranscriptItem[]|null);
    transcript?: (string|null);
    entities?: (ISdkTranscriptEntity[]|null);
}

export class SdkTranscriptAlternative implements ISdkTranscriptAlternative {
    constructor(properties?: ISdkTranscriptAlternative);
    public items: SdkTranscriptItem[];
    public transcript: string;
    public entities: SdkTranscriptEntity[];
    public static create(properties?: ISdkTranscriptAlternative): SdkTranscriptAlternative;
    public static encode(message: ISdkTranscriptAlternative, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptAlternative;
}

export interface ISdkTranscriptLanguageWithScore {
    languageCode?: (string|null);
    score?: (number|null);
}

export class SdkTranscriptLanguageWithScore implements ISdkTranscriptLanguageWithScore {
    constructor(properties?: ISdkTranscriptLanguageWithScore);
    public languageCode: string;
    public score: number;
    public static create(properties?: ISdkTranscriptLanguageWithScore): SdkTranscriptLanguageWithScore;
    public static encode(message: ISdkTranscriptLanguageWithScore, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptLanguageWithScore;
}

export interface ISdkTranscriptResult {
    alternatives?: (ISdkTranscriptAlternative[]|null);
    channelId?: (string|null);
    endTime?: (number|null);
    isPartial?: (boolean|null);
    resultId?: (string|null);
    startTime?: (number|null);
    languageCode?: (string|null);
    languageIdentification?: (ISdkTranscriptLanguageWithScore[]|null);
}

export class SdkTranscriptResult implements ISdkTranscriptResult {
    constructor(properties?: ISdkTranscriptResult);
    public alternatives: SdkTranscriptAlternative[];
    public channelId: string;
    public endTime: number;
    public isPartial: boolean;
    public resultId: string;
    public startTime: number;
    public languageCode: string;
    public languageIdentification: SdkTranscriptLanguageWithScore[];
    public static create(properties?: ISdkTranscriptResult): SdkTranscriptResult;
    public static encode(message: ISdkTranscriptResult, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptResult;
}

export interface ISdkTranscript {
    results?: (ISdkTranscriptResult[]|null);
}

export class SdkTranscript implements ISdkTranscript {
    constructor(properties?: ISdkTranscript);
    public results: SdkTranscriptResult[];
    public static create(properties?: ISdkTranscript): SdkTranscript;
    public static encode(message: ISdkTranscript, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscript;
}

export interface ISdkTranscriptionStatus {
    type?: (SdkTranscriptionStatus.Type|null);
    eventTime?: (number|null);
    transcriptionRegion?: (string|null);
    transcriptionConfiguration?: (string|null);
    message?: (string|null);
}

export class SdkTranscriptionStatus implements ISdkTranscriptionStatus {
    constructor(properties?: ISdkTranscriptionStatus);
    public type: SdkTranscriptionStatus.Type;
    public eventTime: number;
    public transcriptionRegion: string;
    public transcriptionConfiguration: string;
    public message: string;
    public static create(properties?: ISdkTranscriptionStatus): SdkTranscriptionStatus;
    public static encode(message: ISdkTranscriptionStatus, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptionStatus;
}

export namespace SdkTranscriptionStatus {

    enum Type {
        STARTED = 1,
        INTERRUPTED = 2,
        RESUMED = 3,
        STOPPED = 4,
        FAILED = 5
    }
}

export interface ISdkTranscriptEvent {
    status?: (ISdkTranscriptionStatus|null);
    transcript?: (ISdkTranscript|null);
}

export class SdkTranscriptEvent implements ISdkTranscriptEvent {
    constructor(properties?: ISdkTranscriptEvent);
    public status?: (SdkTranscriptionStatus|null);
    public transcript?: (SdkTranscript|null);
    public Event?: ("status"|"transcript");
    public static create(properties?: ISdkTranscriptEvent): SdkTranscriptEvent;
    public static encode(message: ISdkTranscriptEvent, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptEvent;
}

export interface ISdkTranscriptFrame {
    events?: (ISdkTranscriptEvent[]|null);
}

export class SdkTranscriptFrame implements ISdkTranscriptFrame {
    constructor(properties?: ISdkTranscriptFrame);
    public events: SdkTranscriptEvent[];
    public static create(properties?: ISdkTranscriptFrame): SdkTranscriptFrame;
    public static encode(message: ISdkTranscriptFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkTranscriptFrame;
}

export interface ISdkRemoteVideoUpdateFrame {
    addedOrUpdatedVideoSubscriptions?: (ISdkVideoSubscriptionConfiguration[]|null);
    removedVideoSubscriptionMids?: (string[]|null);
}

export class SdkRemoteVideoUpdateFrame implements ISdkRemoteVideoUpdateFrame {
    constructor(properties?: ISdkRemoteVideoUpdateFrame);
    public addedOrUpdatedVideoSubscriptions: SdkVideoSubscriptionConfiguration[];
    public removedVideoSubscriptionMids: string[];
    public static create(properties?: ISdkRemoteVideoUpdateFrame): SdkRemoteVideoUpdateFrame;
    public static encode(message: ISdkRemoteVideoUpdateFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkRemoteVideoUpdateFrame;
}

export enum SdkVideoQualityAdaptationPreference {
    BALANCED = 1,
    MAINTAIN_FRAMERATE = 2,
    MAINTAIN_RESOLUTION = 3
}

export interface ISdkVideoSubscriptionConfiguration {
    mid: string;
    attendeeId?: (string|null);
    streamId?: (number|null);
    priority?: (number|null);
    targetBitrateKbps?: (number|null);
    groupId?: (number|null);
    qualityAdaptationPreference?: (SdkVideoQualityAdaptationPreference|null);
}

export class SdkVideoSubscriptionConfiguration implements ISdkVideoSubscriptionConfiguration {
    constructor(properties?: ISdkVideoSubscriptionConfiguration);
    public mid: string;
    public attendeeId: string;
    public streamId: number;
    public priority: number;
    public targetBitrateKbps: number;
    public groupId: number;
    public qualityAdaptationPreference: SdkVideoQualityAdaptationPreference;
    public static create(properties?: ISdkVideoSubscriptionConfiguration): SdkVideoSubscriptionConfiguration;
    public static encode(message: ISdkVideoSubscriptionConfiguration, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkVideoSubscriptionConfiguration;
}

export interface ISdkNotificationFrame {
    level?: (SdkNotificationFrame.NotificationLevel|null);
    message?: (string|null);
}

export class SdkNotificationFrame implements ISdkNotificationFrame {
    constructor(properties?: ISdkNotificationFrame);
    public level: SdkNotificationFrame.NotificationLevel;
    public message: string;
    public static create(properties?: ISdkNotificationFrame): SdkNotificationFrame;
    public static encode(message: ISdkNotificationFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkNotificationFrame;
}

export namespace SdkNotificationFrame {

    enum NotificationLevel {
        INFO = 1,
        WARNING = 2,
        ERROR = 3
    }
}

export interface ISdkPrimaryMeetingJoinFrame {
    credentials?: (ISdkMeetingSessionCredentials|null);
}

export class SdkPrimaryMeetingJoinFrame implements ISdkPrimaryMeetingJoinFrame {
    constructor(properties?: ISdkPrimaryMeetingJoinFrame);
    public credentials?: (SdkMeetingSessionCredentials|null);
    public static create(properties?: ISdkPrimaryMeetingJoinFrame): SdkPrimaryMeetingJoinFrame;
    public static encode(message: ISdkPrimaryMeetingJoinFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkPrimaryMeetingJoinFrame;
}

export interface ISdkPrimaryMeetingJoinAckFrame {
}

export class SdkPrimaryMeetingJoinAckFrame implements ISdkPrimaryMeetingJoinAckFrame {
    constructor(properties?: ISdkPrimaryMeetingJoinAckFrame);
    public static create(properties?: ISdkPrimaryMeetingJoinAckFrame): SdkPrimaryMeetingJoinAckFrame;
    public static encode(message: ISdkPrimaryMeetingJoinAckFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkPrimaryMeetingJoinAckFrame;
}

export interface ISdkPrimaryMeetingLeaveFrame {
}

export class SdkPrimaryMeetingLeaveFrame implements ISdkPrimaryMeetingLeaveFrame {
    constructor(properties?: ISdkPrimaryMeetingLeaveFrame);
    public static create(properties?: ISdkPrimaryMeetingLeaveFrame): SdkPrimaryMeetingLeaveFrame;
    public static encode(message: ISdkPrimaryMeetingLeaveFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkPrimaryMeetingLeaveFrame;
}

export interface ISdkMeetingSessionCredentials {
    attendeeId?: (string|null);
    externalUserId?: (string|null);
    joinToken?: (string|null);
}

export class SdkMeetingSessionCredentials implements ISdkMeetingSessionCredentials {
    constructor(properties?: ISdkMeetingSessionCredentials);
    public attendeeId: string;
    public externalUserId: string;
    public joinToken: string;
    public static create(properties?: ISdkMeetingSessionCredentials): SdkMeetingSessionCredentials;
    public static encode(message: ISdkMeetingSessionCredentials, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionCredentials;
}

export enum SdkVideoCodecCapability {
    VP8 = 1,
    H264_BASELINE_PROFILE = 2,
    H264_CONSTRAINED_BASELINE_PROFILE = 3,
    H264_MAIN_PROFILE = 4,
    H264_HIGH_PROFILE = 5,
    H264_CONSTRAINED_HIGH_PROFILE = 6,
    VP9_PROFILE_0 = 8,
    AV1_MAIN_PROFILE = 11
}

export interface ISdkMeetingSessionTimingFrame {
    signaling?: (ISdkMeetingSessionSignalingTiming[]|null);
    remoteAudio?: (ISdkMeetingSessionRemoteAudioTiming[]|null);
    localAudio?: (ISdkMeetingSessionLocalAudioTiming[]|null);
    localVideo?: (ISdkMeetingSessionLocalVideoTiming[]|null);
    remoteVideos?: (ISdkMeetingSessionRemoteVideoTiming[]|null);
}

export class SdkMeetingSessionTimingFrame implements ISdkMeetingSessionTimingFrame {
    constructor(properties?: ISdkMeetingSessionTimingFrame);
    public signaling: SdkMeetingSessionSignalingTiming[];
    public remoteAudio: SdkMeetingSessionRemoteAudioTiming[];
    public localAudio: SdkMeetingSessionLocalAudioTiming[];
    public localVideo: SdkMeetingSessionLocalVideoTiming[];
    public remoteVideos: SdkMeetingSessionRemoteVideoTiming[];
    public static create(properties?: ISdkMeetingSessionTimingFrame): SdkMeetingSessionTimingFrame;
    public static encode(message: ISdkMeetingSessionTimingFrame, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionTimingFrame;
}

export interface ISdkMeetingSessionSignalingTiming {
    startMs?: (number|null);
    joinSentMs?: (number|null);
    joinAckReceivedMs?: (number|null);
    transportConnectedMs?: (number|null);
    createOfferMs?: (number|null);
    setLocalDescriptionMs?: (number|null);
    setRemoteDescriptionMs?: (number|null);
    iceGatheringStartMs?: (number|null);
    iceGatheringCompleteMs?: (number|null);
    iceConnectedMs?: (number|null);
    subscribeSentMs?: (number|null);
    subscribeAckMs?: (number|null);
    timedOut?: (boolean|null);
}

export class SdkMeetingSessionSignalingTiming implements ISdkMeetingSessionSignalingTiming {
    constructor(properties?: ISdkMeetingSessionSignalingTiming);
    public startMs: number;
    public joinSentMs: number;
    public joinAckReceivedMs: number;
    public transportConnectedMs: number;
    public createOfferMs: number;
    public setLocalDescriptionMs: number;
    public setRemoteDescriptionMs: number;
    public iceGatheringStartMs: number;
    public iceGatheringCompleteMs: number;
    public iceConnectedMs: number;
    public subscribeSentMs: number;
    public subscribeAckMs: number;
    public timedOut: boolean;
    public static create(properties?: ISdkMeetingSessionSignalingTiming): SdkMeetingSessionSignalingTiming;
    public static encode(message: ISdkMeetingSessionSignalingTiming, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionSignalingTiming;
}

export interface ISdkMeetingSessionRemoteAudioTiming {
    addedMs?: (number|null);
    firstPacketReceivedMs?: (number|null);
    firstFrameRenderedMs?: (number|null);
    timedOut?: (boolean|null);
    removed?: (boolean|null);
}

export class SdkMeetingSessionRemoteAudioTiming implements ISdkMeetingSessionRemoteAudioTiming {
    constructor(properties?: ISdkMeetingSessionRemoteAudioTiming);
    public addedMs: number;
    public firstPacketReceivedMs: number;
    public firstFrameRenderedMs: number;
    public timedOut: boolean;
    public removed: boolean;
    public static create(properties?: ISdkMeetingSessionRemoteAudioTiming): SdkMeetingSessionRemoteAudioTiming;
    public static encode(message: ISdkMeetingSessionRemoteAudioTiming, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionRemoteAudioTiming;
}

export interface ISdkMeetingSessionLocalAudioTiming {
    addedMs?: (number|null);
    firstFrameCapturedMs?: (number|null);
    firstPacketSentMs?: (number|null);
    timedOut?: (boolean|null);
    removed?: (boolean|null);
}

export class SdkMeetingSessionLocalAudioTiming implements ISdkMeetingSessionLocalAudioTiming {
    constructor(properties?: ISdkMeetingSessionLocalAudioTiming);
    public addedMs: number;
    public firstFrameCapturedMs: number;
    public firstPacketSentMs: number;
    public timedOut: boolean;
    public removed: boolean;
    public static create(properties?: ISdkMeetingSessionLocalAudioTiming): SdkMeetingSessionLocalAudioTiming;
    public static encode(message: ISdkMeetingSessionLocalAudioTiming, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionLocalAudioTiming;
}

export interface ISdkMeetingSessionLocalVideoTiming {
    addedMs?: (number|null);
    firstFrameCapturedMs?: (number|null);
    firstFrameSentMs?: (number|null);
    timedOut?: (boolean|null);
    removed?: (boolean|null);
}

export class SdkMeetingSessionLocalVideoTiming implements ISdkMeetingSessionLocalVideoTiming {
    constructor(properties?: ISdkMeetingSessionLocalVideoTiming);
    public addedMs: number;
    public firstFrameCapturedMs: number;
    public firstFrameSentMs: number;
    public timedOut: boolean;
    public removed: boolean;
    public static create(properties?: ISdkMeetingSessionLocalVideoTiming): SdkMeetingSessionLocalVideoTiming;
    public static encode(message: ISdkMeetingSessionLocalVideoTiming, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionLocalVideoTiming;
}

export interface ISdkMeetingSessionRemoteVideoTiming {
    groupId?: (number|null);
    addedMs?: (number|null);
    firstPacketReceivedMs?: (number|null);
    firstFrameRenderedMs?: (number|null);
    timedOut?: (boolean|null);
    removed?: (boolean|null);
}

export class SdkMeetingSessionRemoteVideoTiming implements ISdkMeetingSessionRemoteVideoTiming {
    constructor(properties?: ISdkMeetingSessionRemoteVideoTiming);
    public groupId: number;
    public addedMs: number;
    public firstPacketReceivedMs: number;
    public firstFrameRenderedMs: number;
    public timedOut: boolean;
    public removed: boolean;
    public static create(properties?: ISdkMeetingSessionRemoteVideoTiming): SdkMeetingSessionRemoteVideoTiming;
    public static encode(message: ISdkMeetingSessionRemoteVideoTiming, writer?: $protobuf.Writer): $protobuf.Writer;
    public static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SdkMeetingSessionRemoteVideoTiming;
}
