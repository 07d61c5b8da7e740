import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RtpHeader, RtpPacket } from 'werift';
import {
  AUDIBLE_DBFS,
  type AttendeeAudioState,
  type AudioLevelEntry,
  type AudioMember,
  AudioMixer,
  JitterQueue,
  levelDbfs,
  levelEntries,
  mixMinus,
  signalStrength,
} from '../../server/media/audio-mixer.ts';
import { FRAME_SAMPLES, OpusDecoder, OpusEncoder } from '../../server/media/opus.ts';
import { Tone, energyAt, silence } from './audio-helpers.ts';

const frame = (value: number) => new Int16Array(FRAME_SAMPLES).fill(value);

describe('mixMinus', () => {
  it('gives each listener everyone but itself', () => {
    const frames = new Map([
      ['a', frame(100)],
      ['b', frame(20)],
      ['c', frame(3)],
    ]);
    const mixes = mixMinus(frames, ['a', 'b', 'c', 'listener-only']);
    assert.equal(mixes.get('a')![0], 23);
    assert.equal(mixes.get('b')![0], 103);
    assert.equal(mixes.get('c')![0], 120);
    assert.equal(mixes.get('listener-only')![FRAME_SAMPLES - 1], 123);
  });

  it('with two senders each hears exactly the other', () => {
    const a = new Tone(440).next();
    const b = new Tone(1000).next();
    const mixes = mixMinus(
      new Map([
        ['a', a],
        ['b', b],
      ]),
      ['a', 'b'],
    );
    assert.deepEqual(mixes.get('a'), b);
    assert.deepEqual(mixes.get('b'), a);
  });

  it('clips the sum to 16 bits instead of wrapping', () => {
    const mixes = mixMinus(
      new Map([
        ['a', frame(30000)],
        ['b', frame(30000)],
        ['c', frame(-30000)],
        ['d', frame(-30000)],
      ]),
      ['x', 'c'],
    );
    assert.equal(mixes.get('x')![0], 0);
    assert.equal(mixes.get('c')![0], 30000);
    const loud = mixMinus(
      new Map([
        ['a', frame(30000)],
        ['b', frame(30000)],
      ]),
      ['x'],
    ).get('x')!;
    assert.equal(loud[0], 32767);
    const low = mixMinus(
      new Map([
        ['a', frame(-30000)],
        ['b', frame(-30000)],
      ]),
      ['x'],
    ).get('x')!;
    assert.equal(low[0], -32768);
  });

  it('gives silence to a listener when nobody else sends', () => {
    const mixes = mixMinus(new Map([['a', frame(500)]]), ['a']);
    assert.ok(mixes.get('a')!.every((sample) => sample === 0));
  });
});

describe('Opus codec', () => {
  it('round-trips a tone: the decoded frame keeps its frequency and level', () => {
    const encoder = new OpusEncoder();
    const decoder = new OpusDecoder();
    const tone = new Tone(440, 8000);
    let decoded: Int16Array = new Int16Array(0);
    for (let i = 0; i < 10; i++) {
      const packet = encoder.encode(tone.next());
      assert.ok(packet.length > 0 && packet.length < 400, `packet size ${packet.length}`);
      decoded = decoder.decode(packet);
      assert.equal(decoded.length, FRAME_SAMPLES);
    }
    assert.ok(energyAt(decoded, 440) > 100 * energyAt(decoded, 1000), 'still a 440 Hz tone');
    assert.ok(Math.abs(levelDbfs(decoded) - levelDbfs(tone.next())) < 3, 'about the same level');
  });

  it('refuses a frame of the wrong size and a payload that is not Opus', () => {
    assert.throws(() => new OpusEncoder().encode(new Int16Array(100)), RangeError);
    // An Opus TOC byte whose frame-count code announces more frames than there are bytes.
    assert.throws(() => new OpusDecoder().decode(new Uint8Array([0x03, 0xff])));
  });
});

describe('levels and signal strength', () => {
  it('measures RMS in dBFS', () => {
    assert.equal(levelDbfs(silence()), -Infinity);
    assert.ok(Math.abs(levelDbfs(frame(32767)) - 0) < 0.01);
    assert.ok(Math.abs(levelDbfs(frame(3277)) + 20) < 0.1);
  });

  it('derives 2 / 1 / 0 from loss, jitter and silence on the wire', () => {
    assert.equal(signalStrength(0, 5, 20), 2);
    assert.equal(signalStrength(0.05, 5, 20), 1);
    assert.equal(signalStrength(0.3, 5, 20), 0);
    assert.equal(signalStrength(0, 100, 20), 1);
    assert.equal(signalStrength(0, 5, 2000), 0);
  });

  const state = (audioStreamId: number, levelDbfs: number, extra: Partial<AttendeeAudioState> = {}) => ({
    audioStreamId,
    levelDbfs,
    muted: false,
    signalStrength: 2,
    ...extra,
  });

  it('reports audible attendees with a positive attenuation and omits silent and muted ones', () => {
    const { entries, audible } = levelEntries(
      [
        state(1, -12.4),
        state(2, -Infinity),
        state(3, -10, { muted: true }),
        state(4, AUDIBLE_DBFS - 5),
        state(5, 3), // above full scale (clipping): still never 0
      ],
      new Set(),
    );
    assert.deepEqual(entries, [
      { audioStreamId: 1, volume: 12, signalStrength: 2 },
      { audioStreamId: 5, volume: 1, signalStrength: 2 },
    ]);
    assert.deepEqual([...audible], [1, 5]);
  });

  it('reports a poor signal even for a silent attendee, without a volume', () => {
    const { entries } = levelEntries([state(1, -Infinity, { signalStrength: 0 }), state(2, -20)], new Set());
    assert.deepEqual(entries, [
      { audioStreamId: 1, signalStrength: 0 },
      { audioStreamId: 2, volume: 20, signalStrength: 2 },
    ]);
  });

  it('when everyone falls silent, says so once for those who were audible', () => {
    const first: AudioLevelEntry[] = levelEntries([state(1, -Infinity), state(2, -70)], new Set([2])).entries;
    assert.deepEqual(first, [{ audioStreamId: 2, volume: 70 }]);
    assert.ok(
      first.every((entry) => entry.volume! >= 42),
      'the client maps it to volume 0',
    );
    assert.deepEqual(levelEntries([state(1, -Infinity), state(2, -Infinity)], new Set()).entries, []);
  });
});

describe('JitterQueue', () => {
  const encoder = new OpusEncoder();
  const packets = Array.from({ length: 6 }, (_, i) => encoder.encode(frame(i * 1000)));

  it('waits for two packets, then plays them in sequence order whatever the arrival order', () => {
    const queue = new JitterQueue();
    queue.push(101, 960, packets[1]!, 0);
    assert.equal(queue.take(), undefined, 'priming');
    queue.push(100, 0, packets[0]!, 5);
    queue.push(100, 0, packets[0]!, 6); // duplicate
    assert.ok(queue.take());
    assert.ok(queue.take());
    assert.equal(queue.take(), undefined, 'underrun');
    queue.push(99, 0, packets[0]!, 10); // late: already played past it
    queue.push(102, 1920, packets[2]!, 20);
    assert.equal(queue.take(), undefined, 'primes again after an underrun');
  });

  it('unwraps sequence numbers and bounds its length', () => {
    const queue = new JitterQueue();
    for (let i = 0; i < 20; i++) queue.push((65530 + i) & 0xffff, i * 960, packets[i % 6]!, i * 20);
    let played = 0;
    while (queue.take()) played++;
    assert.ok(played >= 2 && played <= 8, `played ${played}`);
  });

  it('reports loss as a weaker signal', () => {
    const queue = new JitterQueue();
    assert.equal(queue.signalStrength(0), undefined, 'nothing received yet');
    for (let i = 0; i < 50; i++) queue.push(i, i * 960, packets[0]!, i * 20);
    assert.equal(queue.signalStrength(1000), 2);
    for (let i = 50; i < 100; i += 3) queue.push(i, i * 960, packets[0]!, i * 20); // 2 of 3 lost
    assert.equal(queue.signalStrength(2000), 0);
    assert.equal(queue.signalStrength(10_000), 0, 'no packets for a while');
  });
});

/** A member that sends tone or silence and decodes what it hears. */
class FakeMember implements AudioMember {
  muted = false;
  audioReady = true;
  readonly heard: Int16Array[] = [];
  readonly #decoder = new OpusDecoder();
  readonly #encoder = new OpusEncoder();
  #seq = 0;

  constructor(
    readonly audioStreamId: number,
    readonly source: { next(): Int16Array },
  ) {}

  sendAudioFrame(opus: Uint8Array): void {
    this.heard.push(this.#decoder.decode(opus));
  }

  packet(): RtpPacket {
    const seq = this.#seq++;
    return new RtpPacket(
      new RtpHeader({ payloadType: 111, sequenceNumber: seq, timestamp: seq * FRAME_SAMPLES, ssrc: 1 }),
      Buffer.from(this.#encoder.encode(this.source.next())),
    );
  }

  /** Energy at `hz` over the last frames heard. */
  energyAt(hz: number, frames = 10): number {
    return this.heard.slice(-frames).reduce((sum, heard) => sum + energyAt(heard, hz), 0);
  }
}

describe('AudioMixer', () => {
  /** Runs `frames` 20 ms frames with every member sending one packet per frame. */
  function run(mixer: AudioMixer, members: FakeMember[], frames: number) {
    for (let i = 0; i < frames; i++) {
      for (const member of members) mixer.receive(member, member.packet());
      mixer.mixFrame();
    }
  }

  it('three participants: everyone hears both others and never itself', () => {
    const mixer = new AudioMixer();
    const a = new FakeMember(1, new Tone(440));
    const b = new FakeMember(2, new Tone(1000));
    const c = new FakeMember(3, new Tone(1700));
    for (const member of [a, b, c]) mixer.add(member);
    try {
      run(mixer, [a, b, c], 30);
      const strong = (member: FakeMember, hz: number) => member.energyAt(hz) > 1e9;
      const absent = (member: FakeMember, hz: number, of: number) =>
        member.energyAt(hz) * 100 < member.energyAt(of);
      assert.ok(strong(a, 1000) && strong(a, 1700), 'a hears b and c');
      assert.ok(absent(a, 440, 1000), 'a does not hear itself');
      assert.ok(strong(b, 440) && strong(b, 1700), 'b hears a and c');
      assert.ok(absent(b, 1000, 440), 'b does not hear itself');
      assert.ok(strong(c, 440) && strong(c, 1000), 'c hears a and b');
      assert.ok(absent(c, 1700, 440), 'c does not hear itself');
      assert.equal(a.heard.length, 30, 'one frame per tick to every listener');
    } finally {
      for (const member of [a, b, c]) mixer.remove(member);
    }
  });

  it('leaves a muted sender out of everyone’s mix and sends only to ready listeners', () => {
    const mixer = new AudioMixer();
    const a = new FakeMember(1, new Tone(440));
    const b = new FakeMember(2, new Tone(1000));
    const c = new FakeMember(3, { next: silence });
    c.audioReady = false;
    for (const member of [a, b, c]) mixer.add(member);
    try {
      b.muted = true;
      run(mixer, [a, b, c], 20);
      assert.ok(a.energyAt(1000) < 1e6, 'a does not hear muted b');
      assert.ok(b.energyAt(440) > 1e9, 'muted b still hears a');
      assert.equal(c.heard.length, 0, 'nothing encoded for a listener that cannot receive');
      b.muted = false;
      run(mixer, [a, b, c], 10);
      assert.ok(a.energyAt(1000, 5) > 1e9, 'a hears b after unmute');
    } finally {
      for (const member of [a, b, c]) mixer.remove(member);
    }
  });

  it('reports levels every 10 frames: the loud sender with a small volume, silent and muted ones omitted', () => {
    const reports: AudioLevelEntry[][] = [];
    const mixer = new AudioMixer({ onMetadata: (entries) => reports.push(entries) });
    const loud = new FakeMember(1, new Tone(440, 16000));
    const quiet = new FakeMember(2, { next: silence });
    const muted = new FakeMember(3, new Tone(1000, 16000));
    muted.muted = true;
    for (const member of [loud, quiet, muted]) mixer.add(member);
    try {
      run(mixer, [loud, quiet, muted], 20);
      assert.equal(reports.length, 2);
      for (const entries of reports) {
        assert.equal(entries.length, 1, JSON.stringify(entries));
        const [entry] = entries as [AudioLevelEntry];
        assert.equal(entry.audioStreamId, 1);
        assert.ok(entry.volume! >= 1 && entry.volume! <= 14, `volume ${entry.volume}`);
        assert.equal(entry.signalStrength, 2);
      }
    } finally {
      for (const member of [loud, quiet, muted]) mixer.remove(member);
    }
  });

  it('runs one timer per meeting while anyone is in it', async () => {
    const mixer = new AudioMixer();
    const a = new FakeMember(1, { next: silence });
    const b = new FakeMember(2, { next: silence });
    assert.equal(mixer.running, false);
    mixer.add(a);
    mixer.add(b);
    assert.equal(mixer.running, true);
    await new Promise((resolve) => setTimeout(resolve, 210));
    assert.ok(a.heard.length >= 7 && a.heard.length <= 12, `${a.heard.length} frames in 210 ms`);
    mixer.remove(a);
    assert.equal(mixer.running, true);
    mixer.remove(b);
    assert.equal(mixer.running, false);
  });
});
