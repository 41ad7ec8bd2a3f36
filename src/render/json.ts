/**
 * The JSON of a Slack message, as bytes, with the blocks that replies share serialized once.
 *
 * Answers composed once from the knowledge base come back in reply after reply with the same header,
 * sections and sources: the renderer builds those blocks once, frozen, and registers them here with
 * their JSON already encoded (`sharedBlock`). A reply then costs the serializing and encoding of its
 * own parts only (its text, buttons and feedback ids). The result is byte for byte what
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

/**
 * `Buffer.from(JSON.stringify(message))`, without serializing shared blocks again. A message that is
 * not a plain object with a `blocks` array is serialized the ordinary way.
 */
export function messageJson(message: object): Buffer {
  const blocks = (message as { blocks?: unknown }).blocks;
  if (
    !Array.isArray(blocks) ||
    Array.isArray(message) ||
    typeof (message as { toJSON?: unknown }).toJSON === 'function'
  ) {
    return Buffer.from(JSON.stringify(message) ?? '');
  }
  const out = new Pieces();
  let first = true;
  out.text('{');
  for (const key of Object.keys(message)) {
    const json = key === 'blocks' ? undefined : JSON.stringify((message as Record<string, unknown>)[key]);
    if (key !== 'blocks' && json === undefined) continue;
    out.text(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (json !== undefined) {
      out.text(json);
      continue;
    }
    out.text('[');
    for (let i = 0; i < blocks.length; i++) {
      if (i > 0) out.text(',');
      const block: unknown = blocks[i];
      const shared = typeof block === 'object' && block !== null ? encoded.get(block) : undefined;
      if (shared) out.bytes(shared);
      else out.text(JSON.stringify(block) ?? 'null');
    }
    out.text(']');
  }
  out.text('}');
  return out.done();
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
