import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AnswerMismatchError, fixUpAnswer } from '../../server/media/sdp.ts';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

const transport = ['c=IN IP4 0.0.0.0', 'a=ice-ufrag:abcd', 'a=ice-pwd:0123456789abcdef012345', 'a=rtcp-mux'];

// Shaped like the official client's offer: audio, inactive camera, a stopped (rejected)
// remote-video transceiver and a remote video it wants to receive.
const offer = crlf([
  'v=0',
  'o=mozilla-chrome 1 2 IN IP4 127.0.0.1',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1 3',
  'm=audio 41066 UDP/TLS/RTP/SAVPF 63 111',
  ...transport,
  'a=mid:0',
  'a=sendrecv',
  'a=msid:local-stream local-track',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  ...transport,
  'a=mid:1',
  'a=inactive',
  'm=video 0 UDP/TLS/RTP/SAVPF 96',
  ...transport,
  'a=mid:2',
  'a=inactive',
  'm=video 9 UDP/TLS/RTP/SAVPF 96',
  ...transport,
  'a=mid:3',
  'a=recvonly',
]);

const candidates = [
  'a=candidate:1 1 udp 2116026367 127.0.0.1 50000 typ host generation 0',
  'a=candidate:2 1 udp 1677729535 203.0.113.7 50001 typ srflx raddr 0.0.0.0 rport 0',
  'a=end-of-candidates',
];

// What werift produces for it: every inactive section with port 0, every mid in BUNDLE.
const weriftAnswer = crlf([
  'v=0',
  'o=- 5 0 IN IP4 0.0.0.0',
  's=-',
  't=0 0',
  'a=group:BUNDLE 0 1 2 3',
  'a=msid-semantic:WMS *',
  'm=audio 9 UDP/TLS/RTP/SAVPF 111',
  ...candidates,
  ...transport,
  'a=sendrecv',
  'a=mid:0',
  'a=msid:random-stream random-track',
  'a=ssrc:1234 cname:server',
  'm=video 0 UDP/TLS/RTP/SAVPF 96',
  ...candidates,
  ...transport,
  'a=inactive',
  'a=mid:1',
  'm=video 0 UDP/TLS/RTP/SAVPF 96',
  ...transport,
  'a=inactive',
  'a=mid:2',
  'm=video 0 UDP/TLS/RTP/SAVPF 96',
  ...transport,
  'a=inactive',
  'a=mid:3',
]);

function sections(sdp: string) {
  return sdp
    .split('\r\nm=')
    .slice(1)
    .map((text) => {
      const lines = `m=${text}`.split('\r\n').filter(Boolean);
      return {
        port: lines[0]!.split(' ')[1],
        mid: lines.find((l) => l.startsWith('a=mid:'))?.slice(6),
        lines,
      };
    });
}

describe('answer fix-up (wire protocol §6.4)', () => {
  const fixed = fixUpAnswer(weriftAnswer, offer);
  const answer = sections(fixed);

  it('keeps the sections 1:1 with the offer and the same mids', () => {
    assert.deepEqual(
      answer.map((s) => s.mid),
      ['0', '1', '2', '3'],
    );
  });

  it('never answers port 0 to a section the offer did not reject', () => {
    assert.deepEqual(
      answer.map((s) => s.port),
      ['9', '9', '0', '9'],
    );
  });

  it('bundles exactly the accepted mids', () => {
    assert.match(fixed, /\r\na=group:BUNDLE 0 1 3\r\n/);
    assert.equal(fixed.match(/a=group:BUNDLE/g)!.length, 1);
  });

  it('labels the audio stream a=msid:audio audio', () => {
    const audio = answer[0]!.lines;
    assert.deepEqual(
      audio.filter((l) => l.startsWith('a=msid:')),
      ['a=msid:audio audio'],
    );
    assert.ok(audio.includes('a=ssrc:1234 cname:server'));
  });

  it('drops server-reflexive candidates and keeps host candidates', () => {
    assert.doesNotMatch(fixed, /typ srflx/);
    assert.ok(answer[0]!.lines.includes(candidates[0]!));
    assert.ok(answer[0]!.lines.includes('a=end-of-candidates'));
  });

  it('uses CRLF line endings throughout', () => {
    assert.doesNotMatch(fixed.replace(/\r\n/g, ''), /[\r\n]/);
  });

  it('refuses an answer whose sections do not line up with the offer', () => {
    const missing = weriftAnswer.slice(0, weriftAnswer.lastIndexOf('m=video'));
    assert.throws(() => fixUpAnswer(missing, offer), AnswerMismatchError);
    assert.throws(() => fixUpAnswer(weriftAnswer.replace('a=mid:3', 'a=mid:7'), offer), AnswerMismatchError);
  });
});
