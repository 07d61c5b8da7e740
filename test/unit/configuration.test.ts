import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MeetingSessionConfiguration } from '../../src/config/MeetingSessionConfiguration.ts';
import { MeetingSessionCredentials } from '../../src/config/MeetingSessionCredentials.ts';
import { VideoQualitySettings } from '../../src/config/MeetingFeatures.ts';

const TOKEN = 'secret-token-value-123';

const meeting = {
  MeetingId: 'meeting-1',
  ExternalMeetingId: 'standup',
  MediaRegion: 'us-east-1',
  MediaPlacement: {
    AudioHostUrl: 'audio.example.test:3478',
    SignalingUrl: 'wss://signal.example.test/control/meeting-1',
    TurnControlUrl: 'https://turn.example.test/v2/turn_sessions',
    EventIngestionUrl: 'https://events.example.test/v2/client-events',
  },
};
const attendee = { AttendeeId: 'attendee-1', ExternalUserId: 'alice', JoinToken: TOKEN };

function upperCaseKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.toUpperCase(), upperCaseKeys(v)]));
}

function camelCaseKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k[0]!.toLowerCase() + k.slice(1), camelCaseKeys(v)]),
  );
}

function assertParsed(configuration: MeetingSessionConfiguration) {
  assert.equal(configuration.meetingId, 'meeting-1');
  assert.equal(configuration.externalMeetingId, 'standup');
  assert.equal(configuration.credentials.attendeeId, 'attendee-1');
  assert.equal(configuration.credentials.externalUserId, 'alice');
  assert.equal(configuration.credentials.joinToken, TOKEN);
  assert.equal(configuration.urls.signalingURL, 'wss://signal.example.test/control/meeting-1');
  assert.equal(configuration.urls.audioHostURL, 'audio.example.test:3478');
  assert.equal(configuration.urls.turnControlURL, 'https://turn.example.test/v2/turn_sessions');
  assert.equal(configuration.urls.eventIngestionURL, 'https://events.example.test/v2/client-events');
}

function expectTypeError(meetingInput: unknown, attendeeInput: unknown, field: RegExp) {
  assert.throws(
    () => new MeetingSessionConfiguration(meetingInput, attendeeInput),
    (error: unknown) => {
      assert.ok(error instanceof TypeError, `expected a TypeError, got ${String(error)}`);
      assert.match(error.message, field);
      assert.ok(!error.message.includes(TOKEN), 'the message must not include the token');
      return true;
    },
  );
}

describe('MeetingSessionConfiguration', () => {
  it('parses wrapped CreateMeeting / CreateAttendee responses', () => {
    assertParsed(new MeetingSessionConfiguration({ Meeting: meeting }, { Attendee: attendee }));
  });

  it('parses unwrapped responses', () => {
    assertParsed(new MeetingSessionConfiguration(meeting, attendee));
  });

  it('accepts keys in any casing, recursively', () => {
    assertParsed(
      new MeetingSessionConfiguration(
        upperCaseKeys({ Meeting: meeting }),
        camelCaseKeys({ Attendee: attendee }),
      ),
    );
    assertParsed(new MeetingSessionConfiguration(camelCaseKeys(meeting), upperCaseKeys(attendee)));
  });

  it('has the Chime SDK default timeouts', () => {
    const configuration = new MeetingSessionConfiguration(meeting, attendee);
    assert.equal(configuration.connectionTimeoutMs, 15_000);
    assert.equal(configuration.attendeePresenceTimeoutMs, 0);
    assert.equal(configuration.reconnectTimeoutMs, 120_000);
  });

  it('defaults the external user id to the attendee id', () => {
    const configuration = new MeetingSessionConfiguration(meeting, { AttendeeId: 'a', JoinToken: TOKEN });
    assert.equal(configuration.credentials.externalUserId, 'a');
  });

  it('reads URLs through urlRewriter', () => {
    const configuration = new MeetingSessionConfiguration(meeting, attendee);
    configuration.urls.urlRewriter = (url) => url?.replace('example.test', 'proxy.test') ?? null;
    assert.equal(configuration.urls.signalingURL, 'wss://signal.proxy.test/control/meeting-1');
  });

  it('ignores prototype-polluting keys', () => {
    const hostile = JSON.parse(
      '{"Meeting":{"__proto__":{"polluted":true},"MeetingId":"m","MediaPlacement":{"SignalingUrl":"wss://s.test/c"}}}',
    );
    const configuration = new MeetingSessionConfiguration(hostile, attendee);
    assert.equal(configuration.meetingId, 'm');
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  describe('rejects invalid input with a TypeError naming the field', () => {
    const placement = meeting.MediaPlacement;
    const cases: Array<[string, unknown, unknown, RegExp]> = [
      ['a meeting that is not an object', 'nope', attendee, /createMeetingResponse/],
      ['a null meeting', null, attendee, /createMeetingResponse/],
      ['an attendee that is not an object', meeting, 42, /createAttendeeResponse/],
      ['a meeting without MediaPlacement', { MeetingId: 'm' }, attendee, /MediaPlacement/],
      [
        'a MediaPlacement without SignalingUrl',
        { MediaPlacement: { AudioHostUrl: 'a' } },
        attendee,
        /SignalingUrl/,
      ],
      [
        'a SignalingUrl with a query',
        { MediaPlacement: { ...placement, SignalingUrl: 'wss://s.test/control/m?x=1' } },
        attendee,
        /SignalingUrl/,
      ],
      [
        'a SignalingUrl that is not ws: or wss:',
        { MediaPlacement: { ...placement, SignalingUrl: 'https://s.test/control/m' } },
        attendee,
        /SignalingUrl/,
      ],
      ['an attendee without AttendeeId', meeting, { JoinToken: TOKEN }, /AttendeeId/],
      ['an attendee without JoinToken', meeting, { AttendeeId: 'a' }, /JoinToken/],
      ['an empty JoinToken', meeting, { AttendeeId: 'a', JoinToken: '' }, /JoinToken/],
    ];
    for (const [name, meetingInput, attendeeInput, field] of cases) {
      it(name, () => expectTypeError(meetingInput, attendeeInput, field));
    }
  });

  it('never serializes the join token, in the configuration or the credentials', () => {
    const configuration = new MeetingSessionConfiguration({ Meeting: meeting }, { Attendee: attendee });
    const json = JSON.stringify(configuration);
    assert.ok(!json.includes(TOKEN), 'the configuration JSON must not contain the token');
    assert.equal(JSON.parse(json).credentials.joinToken, '<redacted>');
    assert.equal(JSON.parse(json).urls.signalingURL, 'wss://signal.example.test/control/meeting-1');
    const credentials = JSON.parse(JSON.stringify(configuration.credentials));
    assert.deepEqual(credentials, {
      attendeeId: 'attendee-1',
      externalUserId: 'alice',
      joinToken: '<redacted>',
    });
  });

  it('credentials without a token serialize the token as null', () => {
    assert.equal(new MeetingSessionCredentials('a', 'b', '').toJSON().joinToken, null);
  });
});

describe('MeetingFeatures', () => {
  it('reads the video and content limits and echo reduction, with the Chime defaults', () => {
    const plain = new MeetingSessionConfiguration({ Meeting: meeting }, { Attendee: attendee });
    assert.ok(plain.meetingFeatures.videoMaxResolution.equals(VideoQualitySettings.VideoResolutionHD));
    assert.ok(plain.meetingFeatures.contentMaxResolution.equals(VideoQualitySettings.VideoResolutionFHD));
    assert.equal(plain.meetingFeatures.echoReduction, false);

    const features = {
      Video: { MaxResolution: 'None' },
      Content: { MaxResolution: 'UHD' },
      Audio: { EchoReduction: 'AVAILABLE' },
    };
    const configured = new MeetingSessionConfiguration(
      { Meeting: { ...meeting, MeetingFeatures: features } },
      { Attendee: attendee },
    );
    assert.ok(configured.meetingFeatures.videoMaxResolution.equals(VideoQualitySettings.VideoDisabled));
    assert.ok(
      configured.meetingFeatures.contentMaxResolution.equals(VideoQualitySettings.VideoResolutionUHD),
    );
    assert.equal(configured.meetingFeatures.echoReduction, true);
  });

  it('gives the content share its #content identity on the same meeting', () => {
    const configuration = new MeetingSessionConfiguration({ Meeting: meeting }, { Attendee: attendee });
    const content = configuration.forContentShare();
    assert.equal(content.credentials.attendeeId, 'attendee-1#content');
    assert.equal(content.credentials.externalUserId, 'alice');
    assert.equal(content.credentials.joinToken, `${TOKEN}#content`);
    assert.equal(content.urls.signalingURL, configuration.urls.signalingURL);
    assert.equal(configuration.credentials.attendeeId, 'attendee-1', 'the original is unchanged');
  });
});
