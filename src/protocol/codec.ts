/**
 * A small protobuf codec (no runtime dependency), driven by field tables that scripts/generate-protocol.mjs writes
 * from the schema (generated/client-codec.ts). It reads and writes messages as the objects the
 * static protobufjs code does (camelCase fields, enums as numbers, bytes as Uint8Array, 64-bit
 * integers as numbers), so the SDK and the service (which keeps protobufjs) see the same shapes:
 *
 * - decoding sets a field as an own property only when it is on the wire; absent scalars read
 *   their default from the prototype and absent messages read `null` (field presence carries
 *   meaning in Chime's frames: `Object.hasOwn(stream, 'muted')`); repeated fields are always own
 *   arrays, packed or not on the wire; unknown fields and fields of an unexpected wire type are
 *   skipped; a missing required field, a truncated message or an unknown wire type throws;
 * - encoding writes the set own properties in table order (field number order, as protobufjs),
 *   required fields always, repeated scalars unpacked unless the schema packs them.
 */
/** Field kinds (the low three bits of a field's `kind`). */
export const UINT = 0; // uint32, uint64: unsigned varint
export const INT = 1; // int32, int64, enum: signed varint
export const BOOL = 2;
export const DOUBLE = 3;
export const STRING = 4;
export const BYTES = 5;
export const MESSAGE = 6;
/** Flags added to a kind. */
export const REPEATED = 8;
export const REQUIRED = 16;
export const PACKED = 32;

/**
 * One field: its number, its (camelCase) name, its kind with flags, and for a message field the
 * message's fields, for a scalar its default when that is not the kind's zero.
 */
export type Field = readonly [
  tag: number,
  name: string,
  kind: number,
  extra?: Fields | number | string | boolean,
];
/** A message's fields, in field number order. */
export type Fields = readonly Field[];

/** An enum of the schema as a plain object, name → number (no reverse mapping). */
export type EnumObject<E> = { readonly [K in keyof E as K extends string ? K : never]: E[K] };

type Message = Record<string, unknown>;

const VARINT = 0;
const FIXED64 = 1;
const LENGTH = 2;
/** The wire type of each kind. */
const WIRE = [VARINT, VARINT, VARINT, FIXED64, LENGTH, LENGTH, LENGTH];
const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const utf8Out = new TextEncoder();
const ZERO = [0, 0, false, 0, '', EMPTY, null];

/** Bytes being written: a message's fields, before its length is known. */
type Out = number[];

/** Encodes `message` (a plain object with the fields set) as a message of `fields`. */
export function encode(fields: Fields, message: object): Uint8Array {
  const out: Out = [];
  writeFields(out, message as Message, fields);
  return new Uint8Array(out);
}

function writeFields(out: Out, message: Message, fields: Fields): void {
  for (const [tag, name, kind, extra] of fields) {
    // Own properties only, as protobufjs: a decoded message's defaults are not written back.
    const value = Object.hasOwn(message, name) ? message[name] : undefined;
    const type = kind & 7;
    if (kind & REPEATED) {
      const values = (value ?? []) as unknown[];
      if (kind & PACKED && values.length) {
        const packed: Out = [];
        for (const item of values) writeValue(packed, type, item, extra);
        writeVarint(out, (tag << 3) | LENGTH);
        writeLength(out, packed);
      } else {
        for (const item of values) writeField(out, tag, type, item, extra);
      }
    } else if (value != null || kind & REQUIRED) {
      writeField(out, tag, type, value ?? ZERO[type], extra);
    }
  }
}

function writeField(out: Out, tag: number, type: number, value: unknown, extra: Field[3]): void {
  writeVarint(out, (tag << 3) | WIRE[type]!);
  writeValue(out, type, value, extra);
}

function writeValue(out: Out, type: number, value: unknown, extra: Field[3]): void {
  if (type === MESSAGE) {
    const body: Out = [];
    writeFields(body, value as Message, extra as Fields);
    writeLength(out, body);
  } else if (type === DOUBLE) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value as number, true);
    out.push(...bytes);
  } else if (type === STRING) {
    writeLength(out, utf8Out.encode(value as string));
  } else if (type === BYTES) {
    writeLength(out, value as Uint8Array);
  } else {
    writeVarint(out, +(value as number) || 0);
  }
}

function writeLength(out: Out, bytes: ArrayLike<number>): void {
  writeVarint(out, bytes.length);
  for (let i = 0; i < bytes.length; i++) out.push(bytes[i]!);
}

/** Writes an integer as a varint; a negative one as ten bytes (64-bit two's complement). */
function writeVarint(out: Out, value: number): void {
  if (value >= 0 && value < 2 ** 31) {
    for (; value > 127; value >>>= 7) out.push((value & 127) | 128);
    out.push(value);
    return;
  }
  let big = BigInt.asUintN(64, BigInt(Math.trunc(value)));
  for (; big > 127n; big >>= 7n) out.push(Number(big & 127n) | 128);
  out.push(Number(big));
}

/** Bytes being read. */
interface In {
  bytes: Uint8Array;
  pos: number;
}

/** Decodes a message of `fields`. @throws Error when the bytes are not one. */
export function decode(fields: Fields, bytes: Uint8Array): Message {
  return readFields({ bytes, pos: 0 }, fields, bytes.length);
}

const prototypes = new WeakMap<Fields, Message>();

/** The defaults of a message's fields, as the prototype of its decoded messages. */
function prototypeOf(fields: Fields): Message {
  let proto = prototypes.get(fields);
  if (!proto) {
    proto = {};
    for (const [, name, kind, extra] of fields) {
      if (kind & REPEATED) continue; // an own array in every message
      proto[name] = typeof extra === 'object' || extra === undefined ? ZERO[kind & 7] : extra;
    }
    prototypes.set(fields, proto);
  }
  return proto;
}

function readFields(input: In, fields: Fields, end: number): Message {
  const message = Object.create(prototypeOf(fields)) as Message;
  for (const [, name, kind] of fields) if (kind & REPEATED) message[name] = [];
  while (input.pos < end) {
    const key = readVarint(input);
    const wire = key & 7;
    const field = fields.find((f) => f[0] === Math.floor(key / 8));
    const [, name = '', kind = 0, extra] = field ?? [];
    const type = kind & 7;
    if (field && kind & REPEATED && wire === LENGTH && type < STRING) {
      const packedEnd = readVarint(input) + input.pos;
      while (input.pos < packedEnd) (message[name] as unknown[]).push(readValue(input, type, extra));
    } else if (field && wire === WIRE[type]) {
      const value = readValue(input, type, extra);
      if (kind & REPEATED) (message[name] as unknown[]).push(value);
      else message[name] = value;
    } else if (wire === VARINT) {
      readVarint(input); // unknown fields, and known ones of an unexpected wire type, are skipped
    } else {
      const skip = wire === FIXED64 ? 8 : wire === LENGTH ? readVarint(input) : wire === 5 ? 4 : NaN;
      input.pos += skip;
    }
  }
  // A length that overran its message (or an unknown wire type) ends up past the end.
  if (input.pos !== end) throw new Error('truncated message');
  for (const [, name, kind] of fields) {
    if (kind & REQUIRED && !Object.hasOwn(message, name)) throw new Error(`missing required '${name}'`);
  }
  return message;
}

function readValue(input: In, type: number, extra: Field[3]): unknown {
  if (type === UINT) return readVarint(input);
  if (type === INT) return readVarint(input, true);
  if (type === BOOL) return readVarint(input) !== 0;
  if (type === DOUBLE) {
    const { bytes } = input;
    input.pos += 8;
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getFloat64(input.pos - 8, true);
  }
  const end = readVarint(input) + input.pos;
  if (end > input.bytes.length) throw new Error('truncated message');
  if (type === MESSAGE) return readFields(input, extra as Fields, end);
  const bytes = input.bytes.subarray(input.pos, end);
  input.pos = end;
  // Not a TextDecoder that drops a leading byte order mark.
  return type === STRING ? utf8.decode(bytes) : bytes;
}

/**
 * Reads a varint of up to ten bytes: uint32/uint64 as a number, int32/int64 (`signed`) as a
 * number that is negative when the 64-bit value is.
 */
function readVarint(input: In, signed = false): number {
  const { bytes } = input;
  const start = input.pos;
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[input.pos++];
    if (byte === undefined || shift > 63) throw new Error('truncated message');
    value += (byte & 127) * 2 ** shift;
    if (byte < 128) break;
  }
  if (value < 2 ** 53) return value;
  // Past 53 bits a double's sum is not exact: read the 64 bits exactly, then round once.
  let big = 0n;
  for (let i = input.pos - 1; i >= start; i--) big = (big << 7n) | BigInt(bytes[i]! & 127);
  return Number(signed ? BigInt.asIntN(64, big) : BigInt.asUintN(64, big));
}
