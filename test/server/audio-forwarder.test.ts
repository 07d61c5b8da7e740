import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RtpHeader, RtpPacket } from 'werift';
import { AudioForwarder, type AudioEndpoint } from '../../server/media/audio-forwarder.ts';

class FakeEndpoint implements AudioEndpoint {
  readonly received: Array<{ packet: RtpPacket; sourceChanged: boolean }> = [];
  constructor(readonly name: string) {}
  sendAudio(packet: RtpPacket, sourceChanged: boolean): void {
    this.received.push({ packet, sourceChanged });
  }
  /** Payloads received, e.g. `['a1', 'a2']`. */
  get heard(): string[] {
    return this.received.map((r) => r.packet.payload.toString());
  }
}

let sequence = 0;
const packet = (payload: string) =>
  new RtpPacket(
    new RtpHeader({
      payloadType: 111,
      sequenceNumber: ++sequence,
      timestamp: sequence * 960,
      ssrc: 42,
      extensions: [{ id: 1, payload: Buffer.from([1]) }],
    }),
    Buffer.from(payload),
  );

function forwarderWith(...names: string[]) {
  const forwarder = new AudioForwarder();
  const endpoints = names.map((name) => new FakeEndpoint(name));
  for (const endpoint of endpoints) forwarder.add(endpoint);
  return { forwarder, endpoints };
}

describe('audio forwarder (interim, until mixing)', () => {
  it('lets two participants hear each other, never themselves', () => {
    const { forwarder, endpoints } = forwarderWith('a', 'b');
    const [a, b] = endpoints as [FakeEndpoint, FakeEndpoint];
    forwarder.receive(a, packet('a1'));
    forwarder.receive(b, packet('b1'));
    forwarder.receive(a, packet('a2'));
    assert.deepEqual(b.heard, ['a1', 'a2']);
    assert.deepEqual(a.heard, ['b1']);
  });

  it('with three, everyone hears the first sender and the first sender hears the second', () => {
    const { forwarder, endpoints } = forwarderWith('a', 'b', 'c');
    const [a, b, c] = endpoints as [FakeEndpoint, FakeEndpoint, FakeEndpoint];
    forwarder.receive(b, packet('b1'));
    forwarder.receive(c, packet('c1'));
    forwarder.receive(a, packet('a1'));
    assert.deepEqual(a.heard, ['b1']);
    assert.deepEqual(c.heard, ['b1']);
    assert.deepEqual(b.heard, ['c1']);
  });

  it('gives each listener its own copy, without the sender-side header extensions', () => {
    const { forwarder, endpoints } = forwarderWith('a', 'b', 'c');
    const [a, b, c] = endpoints as [FakeEndpoint, FakeEndpoint, FakeEndpoint];
    const original = packet('a1');
    forwarder.receive(a, original);
    const [forB, forC] = [b.received[0]!.packet, c.received[0]!.packet];
    assert.notEqual(forB, original);
    assert.notEqual(forB, forC);
    assert.notEqual(forB.header, forC.header);
    forB.header.ssrc = 1; // what the listener's sender does in place
    forB.header.sequenceNumber = 9;
    assert.equal(forC.header.ssrc, 42);
    assert.equal(original.header.sequenceNumber, forC.header.sequenceNumber);
    assert.deepEqual(forC.header.extensions, []);
    assert.deepEqual(original.header.extensions.length, 1);
  });

  it('flags the first packet after the source changes', () => {
    const { forwarder, endpoints } = forwarderWith('a', 'b', 'c');
    const [a, b, c] = endpoints as [FakeEndpoint, FakeEndpoint, FakeEndpoint];
    forwarder.receive(a, packet('a1'));
    forwarder.receive(a, packet('a2'));
    forwarder.receive(b, packet('b1'));
    forwarder.remove(a); // c's source becomes b
    forwarder.receive(b, packet('b2'));
    assert.deepEqual(
      c.received.map((r) => [r.packet.payload.toString(), r.sourceChanged]),
      [
        ['a1', true],
        ['a2', false],
        ['b2', true],
      ],
    );
  });

  it('ignores packets from endpoints that are not (or no longer) in the meeting', () => {
    const { forwarder, endpoints } = forwarderWith('a', 'b');
    const [a, b] = endpoints as [FakeEndpoint, FakeEndpoint];
    forwarder.remove(a);
    forwarder.receive(a, packet('a1'));
    forwarder.receive(new FakeEndpoint('stranger'), packet('s1'));
    assert.deepEqual(b.heard, []);
  });
});
