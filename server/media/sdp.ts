/**
 * Just enough SDP handling for the answer rules the official client needs
 * (wire protocol §6.4): read the offer's sections, then fix up werift's answer.
 */
import { remoteVideoTrackLabel } from '../../src/protocol/constants.ts';

export type Direction = 'sendrecv' | 'sendonly' | 'recvonly' | 'inactive';

export interface SdpSection {
  readonly kind: string;
  readonly port: number;
  readonly mid: string | undefined;
  readonly direction: Direction;
  /** The section's lines, without the line terminators. */
  readonly lines: readonly string[];
}

export interface ParsedSdp {
  readonly sessionLines: readonly string[];
  readonly sections: readonly SdpSection[];
}

const DIRECTIONS: readonly Direction[] = ['sendrecv', 'sendonly', 'recvonly', 'inactive'];

export function parseSdp(sdp: string): ParsedSdp {
  const lines = sdp.split(/\r?\n/).filter((line) => line !== '');
  const sessionLines: string[] = [];
  const sections: string[][] = [];
  for (const line of lines) {
    if (line.startsWith('m=')) sections.push([line]);
    else if (sections.length > 0) sections[sections.length - 1]!.push(line);
    else sessionLines.push(line);
  }
  return { sessionLines, sections: sections.map(toSection) };
}

function toSection(lines: string[]): SdpSection {
  const [kind = '', port = ''] = lines[0]!.slice(2).split(' ');
  const mid = lines.find((line) => line.startsWith('a=mid:'))?.slice('a=mid:'.length);
  const direction = DIRECTIONS.find((d) => lines.includes(`a=${d}`)) ?? 'sendrecv';
  return { kind, port: Number.parseInt(port, 10), mid, direction, lines };
}

/** The mids of the `a=group:BUNDLE` line, or undefined when there is none. */
export function bundleMids(sdp: ParsedSdp): string[] | undefined {
  const line = sdp.sessionLines.find((l) => l.startsWith('a=group:BUNDLE'));
  return line
    ?.split(' ')
    .slice(1)
    .filter((mid) => mid !== '');
}

export class AnswerMismatchError extends Error {
  override name = 'AnswerMismatchError';
}

/**
 * Rewrites werift's answer so that the official client accepts it:
 * - sections 1:1 with the offer and the same mids (checked; werift already does this);
 * - a section the offer rejected (port 0) stays rejected and leaves BUNDLE; any other section
 *   gets a non-zero port (werift answers `inactive` with port 0, which makes Chrome stop the
 *   camera transceiver), and BUNDLE lists exactly the accepted mids;
 * - audio carries `a=msid:audio audio` (the backend's own convention);
 * - a forwarded remote camera (`sendonly` video) carries `a=msid:v_<mid> <track>`, which is how
 *   the client binds the track to SUBSCRIBE_ACK `tracks` (§6.5);
 * - no server-reflexive candidates (the client strips them anyway).
 */
export function fixUpAnswer(answerSdp: string, offerSdp: string): string {
  const offer = parseSdp(offerSdp);
  const answer = parseSdp(answerSdp);
  if (offer.sections.length !== answer.sections.length) {
    throw new AnswerMismatchError(
      `answer has ${answer.sections.length} media sections, offer has ${offer.sections.length}`,
    );
  }
  const offeredBundle = bundleMids(offer);
  const accepted: string[] = [];
  const sections = answer.sections.map((section, i) => {
    const offered = offer.sections[i]!;
    if (section.mid !== offered.mid) {
      throw new AnswerMismatchError(`answer section ${i} has mid ${section.mid}, offer has ${offered.mid}`);
    }
    const rejected = offered.port === 0;
    if (!rejected && section.mid !== undefined && (!offeredBundle || offeredBundle.includes(section.mid))) {
      accepted.push(section.mid);
    }
    return fixSection(section, rejected);
  });

  const sessionLines = answer.sessionLines.filter((line) => !line.startsWith('a=group:BUNDLE'));
  if (offeredBundle && accepted.length > 0) {
    const at = sessionLines.findIndex((line) => line.startsWith('t='));
    sessionLines.splice(at === -1 ? sessionLines.length : at + 1, 0, `a=group:BUNDLE ${accepted.join(' ')}`);
  }
  return [...sessionLines, ...sections.flat()].join('\r\n') + '\r\n';
}

function fixSection(section: SdpSection, rejected: boolean): string[] {
  const [mLine, ...rest] = section.lines as [string, ...string[]];
  const fields = mLine.split(' ');
  fields[1] = rejected ? '0' : fields[1] === '0' ? '9' : fields[1]!;
  let lines = rest.filter((line) => !(line.startsWith('a=candidate:') && / typ srflx( |$)/.test(line)));
  const sends = section.direction === 'sendrecv' || section.direction === 'sendonly';
  if (!rejected && section.kind === 'audio' && sends) {
    lines = lines.filter((line) => !line.startsWith('a=msid:'));
    const midAt = lines.findIndex((line) => line.startsWith('a=mid:'));
    lines.splice(midAt + 1, 0, 'a=msid:audio audio');
  }
  if (
    !rejected &&
    section.kind === 'video' &&
    section.direction === 'sendonly' &&
    section.mid !== undefined
  ) {
    lines = lines.filter((line) => !line.startsWith('a=msid:'));
    const midAt = lines.findIndex((line) => line.startsWith('a=mid:'));
    lines.splice(midAt + 1, 0, `a=msid:${remoteVideoTrackLabel(section.mid)} track_${section.mid}`);
  }
  return [fields.join(' '), ...lines];
}
