import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Thrown when a key is malformed or does not open what it is given: the message says what to do. */
export class SecretBoxError extends Error {
  override name = 'SecretBoxError';
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Reads ENCRYPTION_KEY: 32 random bytes, written as 64 hex digits or in base64 (44 characters), as
 * `openssl rand -hex 32` or `openssl rand -base64 32` print them.
 */
export function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(t) && key.toString('base64') !== t)) {
    throw new SecretBoxError(
      'must be 32 random bytes as 64 hex digits or base64 (make one with `openssl rand -base64 32`)',
    );
  }
  return key;
}

/**
 * AES-256-GCM with a fresh random nonce per message: `v1:<iv>:<tag>:<ciphertext>`, base64 parts.
 * GCM authenticates, so a wrong key or an edited row fails to open instead of yielding garbage.
 * `context` (authenticated, not stored) binds a value to where it lives: a sealed value moved to
 * another row does not open there.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {}

  seal(plaintext: string, context = ''): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64'));
    return [VERSION, ...parts].join(':');
  }

  open(sealed: string, context = ''): string {
    const [version, iv, tag, body] = sealed.split(':');
    if (version !== VERSION || iv === undefined || tag === undefined || body === undefined) {
      throw new SecretBoxError('not a sealed value this version can open');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      const out = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]);
      return out.toString('utf8');
    } catch {
      throw new SecretBoxError('could not decrypt: wrong ENCRYPTION_KEY, or the value was altered or moved');
    }
  }

  /** A fingerprint of the key (not the key): stored once, it tells at start-up whether the key changed. */
  fingerprint(): string {
    return createHmac('sha256', this.key).update('role bot installation key check').digest('hex');
  }
}
