/**
 * The JSON of a Slack message, as bytes, with the blocks that replies share serialized once.
 *
 * Answers composed once from the knowledge base come back in reply after reply with the same header,
 * sections, sources and follow-up buttons: the renderer builds those once, frozen, and registers
 * them here with their JSON already encoded (`sharedBlock`). A reply then costs the serializing and
 * encoding of its own parts only (its text, Share button and feedback ids): every object and array
 * of a message is walked, and a shared one found on the way is copied as it was encoded. The result
 * is byte for byte what `JSON.stringify` gives (tests compare the two over every answer of the
 * question sets).
 */

const encoded = new WeakMap<object, Buffer>();

/** Freezes a block, all the way down, and keeps its JSON. Only for blocks nothing will change. */
export function sharedBlock<T extends object>(block: T): T {
  if (!encoded.has(block)) {
    deepFreeze(block);
    encoded.set(block, Buffer.from(JSON.stringify(block)));
  }
  return block;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

const hasToJSON = (value: object) => typeof (value as { toJSON?: unknown }).toJSON === 'function';

/**
 * `Buffer.from(JSON.stringify(message))`, without serializing shared blocks again. A message that is
 * not a plain object with a `blocks` array is serialized the ordinary way.
 */
export function messageJson(message: object): Buffer {
  const blocks = (message as { blocks?: unknown }).blocks;
  if (!Array.isArray(blocks) || Array.isArray(message) || hasToJSON(message)) {
    return Buffer.from(JSON.stringify(message) ?? '');
  }
  const out = new Pieces();
  writeObject(message, out);
  return out.done();
}

/** An object as JSON.stringify writes it, walking its arrays and marked objects part by part. */
function writeObject(object: object, out: Pieces): void {
  let first = true;
  out.text('{');
  for (const key of Object.keys(object)) {
    const value: unknown = (object as Record<string, unknown>)[key];
    if (walked(value)) {
      out.text(`${first ? '' : ','}${keyJson(key)}:`);
      writeValue(value, out);
    } else {
      const kept = typeof value === 'string' ? sharedStrings.get(value) : undefined;
      if (kept) {
        out.text(`${first ? '' : ','}${keyJson(key)}:`);
        out.bytes(kept);
      } else {
        const json = JSON.stringify(value);
        if (json === undefined) continue;
        out.text(`${first ? '' : ','}${keyJson(key)}:${json}`);
      }
    }
    first = false;
  }
  out.text('}');
}

/** An array: its items shared, walked, or by JSON.stringify (`null` for what JSON leaves out). */
function writeArray(items: readonly unknown[], out: Pieces): void {
  out.text('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.text(',');
    const item = items[i];
    if (walked(item)) writeValue(item, out);
    else out.text(JSON.stringify(item) ?? 'null');
  }
  out.text(']');
}

/**
 * Whether a value is written part by part: shared, or any plain object or array without a toJSON.
 * (Walking all of them, rather than only those marked as holding shared parts, costs a reply less
 * than the marks did: a WeakSet entry for each of its five or so marked objects, which the garbage
 * collector then has to sweep.)
 */
function walked(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (encoded.has(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === Array.prototype || proto === null) && !hasToJSON(value);
}

function writeValue(value: object, out: Pieces): void {
  const shared = encoded.get(value);
  if (shared) out.bytes(shared);
  else if (Array.isArray(value)) writeArray(value, out);
  else writeObject(value, out);
}

/** Keys as JSON, made once each: messages use a few dozen. */
const keys = new Map<string, string>();
function keyJson(key: string): string {
  let json = keys.get(key);
  if (json === undefined) {
    json = JSON.stringify(key);
    if (keys.size < 1_000) keys.set(key, json);
  }
  return json;
}

/** Strings whose JSON is kept (a shared answer's notification text): bounded, then started over. */
const sharedStrings = new Map<string, Buffer>();
const SHARED_STRINGS_KEPT = 10_000;

/** Keeps a string's JSON bytes, for a string that comes back in message after message. */
export function sharedString(text: string): string {
  if (!sharedStrings.has(text)) {
    if (sharedStrings.size >= SHARED_STRINGS_KEPT) sharedStrings.clear();
    sharedStrings.set(text, Buffer.from(JSON.stringify(text)));
  }
  return text;
}

/** Runs of text this short are written byte by byte when they are ASCII (see Pieces.done). */
const SHORT_RUN = 32;
const isAscii = (text: string) => {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * Text and bytes in order, written into one buffer at the end: each run of text encoded straight into
 * it, each shared part copied once (no buffer per run, and no concatenation copying them all again).
 */
class Pieces {
  private readonly parts: Array<string | Buffer> = [];
  private pending = '';
  /** At least the size of the result: UTF-8 takes at most 3 bytes for each UTF-16 code unit. */
  private bound = 0;

  text(text: string): void {
    this.pending += text;
  }

  bytes(bytes: Buffer): void {
    this.flush();
    this.parts.push(bytes);
    this.bound += bytes.length;
  }

  done(): Buffer {
    this.flush();
    const { parts } = this;
    if (parts.length === 1 && typeof parts[0] !== 'string') return parts[0] as Buffer;
    const out = Buffer.allocUnsafe(this.bound);
    let at = 0;
    for (const part of parts) {
      if (typeof part === 'string') {
        // Most runs are a comma or a bracket between shared parts: ASCII written byte by byte costs
        // less than a call to the encoder.
        if (part.length <= SHORT_RUN && isAscii(part)) {
          for (let i = 0; i < part.length; i++) out[at++] = part.charCodeAt(i);
        } else {
          at += out.write(part, at);
        }
      } else {
        out.set(part, at);
        at += part.length;
      }
    }
    return out.subarray(0, at);
  }

  private flush(): void {
    if (!this.pending) return;
    this.parts.push(this.pending);
    this.bound += this.pending.length * 3;
    this.pending = '';
  }
}
