/**
 * A small protobuf codec on pbf, driven by field tables that scripts/generate-protocol.mjs writes
 * from the schema (generated/client-codec.ts). It reads and writes messages as the objects the
 * static protobufjs code does (camelCase fields, enums as numbers, bytes as Uint8Array, 64-bit
 * integers as numbers), so the SDK and the service (which keeps protobufjs) see the same shapes:
 *
 * - decoding sets a field as an own property only when it is on the wire; absent scalars read
 *   their default from the prototype and absent messages read `null` (field presence carries
 *   meaning in Chime's frames: `Object.hasOwn(stream, 'muted')`); repeated fields are always own
 *   arrays, packed or not on the wire; unknown fields and fields of an unexpected wire type are
 *   skipped; a missing required field or a truncated message throws;
 * - encoding writes the set own properties in table order (field number order, as protobufjs),
 *   required fields always, repeated scalars unpacked unless the schema packs them.
 */
import Pbf from 'pbf';

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
const ZERO = [0, 0, false, 0, '', EMPTY, null];

/** Encodes `message` (a plain object with the fields set) as a message of `fields`. */
export function encode(fields: Fields, message: object): Uint8Array {
  const pbf = new Pbf();
  writeFields(message as Message, pbf, fields);
  return pbf.finish();
}

function writeFields(message: Message, pbf: Pbf, fields: Fields): void {
  for (const [tag, name, kind, extra] of fields) {
    // Own properties only, as protobufjs: a decoded message's defaults are not written back.
    const value = Object.hasOwn(message, name) ? message[name] : undefined;
    const type = kind & 7;
    if (kind & REPEATED) {
      const values = (value ?? []) as unknown[];
      if (kind & PACKED && values.length) {
        pbf.writeTag(tag, LENGTH);
        pbf.writeRawMessage(writePacked, { values, type });
      } else {
        for (const item of values) writeField(pbf, tag, type, item, extra);
      }
    } else if (value != null || kind & REQUIRED) {
      writeField(pbf, tag, type, value ?? ZERO[type], extra);
    }
  }
}

function writePacked({ values, type }: { values: unknown[]; type: number }, pbf: Pbf): void {
  for (const value of values) writeValue(pbf, type, value);
}

function writeField(pbf: Pbf, tag: number, type: number, value: unknown, extra: Field[3]): void {
  pbf.writeTag(tag, WIRE[type]!);
  if (type === MESSAGE) {
    pbf.writeRawMessage((message, pbf) => writeFields(message, pbf, extra as Fields), value as Message);
  } else {
    writeValue(pbf, type, value);
  }
}

function writeValue(pbf: Pbf, type: number, value: unknown): void {
  if (type === DOUBLE) pbf.writeDouble(value as number);
  else if (type === STRING) pbf.writeString(value as string);
  else if (type === BYTES) pbf.writeBytes(value as Uint8Array);
  else pbf.writeVarint(value as number); // pbf writes negative numbers as 10-byte varints
}

/** Decodes a message of `fields`. @throws Error when the bytes are not one. */
export function decode(fields: Fields, bytes: Uint8Array): Message {
  const pbf = new Pbf(bytes);
  // pbf views the whole buffer from offset 0; a view into a larger buffer needs its own.
  pbf.dataView = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return readFields(pbf, fields, bytes.length);
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

function readFields(pbf: Pbf, fields: Fields, end: number): Message {
  const message = Object.create(prototypeOf(fields)) as Message;
  for (const [, name, kind] of fields) if (kind & REPEATED) message[name] = [];
  pbf.readFields(
    (tag) => {
      const field = fields.find((f) => f[0] === tag);
      if (!field) return; // unknown: pbf skips it
      const [, name, kind, extra] = field;
      const type = kind & 7;
      if (kind & REPEATED) {
        const values = message[name] as unknown[];
        if (pbf.type === LENGTH && type < STRING) {
          const packedEnd = pbf.readVarint() + pbf.pos;
          while (pbf.pos < packedEnd) values.push(readValue(pbf, type, extra));
        } else if (pbf.type === WIRE[type]) {
          values.push(readValue(pbf, type, extra));
        }
      } else if (pbf.type === WIRE[type]) {
        message[name] = readValue(pbf, type, extra);
      }
    },
    message,
    end,
  );
  // A length that overran its message (pbf reads what there is) ends up past the end.
  if (pbf.pos !== end) throw new Error('truncated message');
  for (const [, name, kind] of fields) {
    if (kind & REQUIRED && !Object.hasOwn(message, name)) throw new Error(`missing required '${name}'`);
  }
  return message;
}

function readValue(pbf: Pbf, type: number, extra: Field[3]): unknown {
  switch (type) {
    case UINT:
      return pbf.readVarint();
    case INT:
      return pbf.readVarint(true);
    case BOOL:
      return pbf.readBoolean();
    case DOUBLE:
      return pbf.readDouble();
    case MESSAGE:
      return readFields(pbf, extra as Fields, pbf.readVarint() + pbf.pos);
    case STRING: {
      // Not pbf's readString: its TextDecoder would drop a leading byte order mark.
      const end = pbf.readVarint() + pbf.pos;
      const text = utf8.decode(pbf.buf.subarray(pbf.pos, end));
      pbf.pos = end;
      return text;
    }
  }
  return pbf.readBytes();
}
