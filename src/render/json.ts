/**
 * The JSON of a Slack message, as bytes, with the blocks that replies share serialized once.
 *
 * Answers composed once from the knowledge base come back in reply after reply with the same header,
 * sections, sources and follow-up buttons: the renderer builds those once, frozen, and registers
 * them here with their JSON already encoded (`sharedBlock`; an actions block holding shared buttons
 * is marked with `withSharedParts`). A reply then costs the serializing and encoding of its own
 * parts only (its text, Share button and feedback ids). The result is byte for byte what
 * `JSON.stringify` gives (tests compare the two over every answer of the question sets).
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

/** Objects that hold shared blocks or elements in their arrays (an actions block's buttons). */
const composite = new WeakSet<object>();

/** Marks an object whose arrays hold shared parts, so it is serialized part by part too. */
export function withSharedParts<T extends object>(value: T): T {
  composite.add(value);
  return value;
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

/** An object as JSON.stringify writes it, its arrays item by item. */
function writeObject(object: object, out: Pieces): void {
  let first = true;
  out.text('{');
  for (const key of Object.keys(object)) {
    const value: unknown = (object as Record<string, unknown>)[key];
    if (Array.isArray(value) && !hasToJSON(value)) {
      out.text(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      writeArray(value, out);
      continue;
    }
    const json = JSON.stringify(value);
    if (json === undefined) continue;
    out.text(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
    first = false;
  }
  out.text('}');
}

/** An array: shared items as their kept bytes, marked ones part by part, the rest by JSON.stringify. */
function writeArray(items: readonly unknown[], out: Pieces): void {
  out.text('[');
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out.text(',');
    const item = items[i];
    if (typeof item === 'object' && item !== null) {
      const shared = encoded.get(item);
      if (shared) {
        out.bytes(shared);
        continue;
      }
      if (composite.has(item) && !hasToJSON(item)) {
        writeObject(item, out);
        continue;
      }
    }
    out.text(JSON.stringify(item) ?? 'null');
  }
  out.text(']');
}

/** Text and bytes in order, the text encoded a run at a time. */
class Pieces {
  private readonly parts: Buffer[] = [];
  private pending = '';

  text(text: string): void {
    this.pending += text;
  }

  bytes(bytes: Buffer): void {
    if (this.pending) {
      this.parts.push(Buffer.from(this.pending));
      this.pending = '';
    }
    this.parts.push(bytes);
  }

  done(): Buffer {
    if (this.pending) this.parts.push(Buffer.from(this.pending));
    return this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
  }
}
