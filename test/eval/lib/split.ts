/** The two halves of a set with no split of its own: one to tune on, one held out. */
export type Half = 'tune' | 'held-out';

/** FNV-1a (32 bit) of a string's UTF-8 bytes: a fixed, dependency-free hash. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The half a document belongs to, from a hash of its id: even hashes tune, odd ones are held out.
 * Whole documents stay together, so a phrase repeated in one article cannot leak across halves.
 */
export function halfOf(docId: string): Half {
  return fnv1a(docId) % 2 === 0 ? 'tune' : 'held-out';
}
