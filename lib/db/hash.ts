/**
 * cyrb53 (bryc, public domain): a fast, well-mixed, synchronous 53-bit string hash.
 * Not cryptographic; ids only need to be stable and practically collision-free.
 */
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Two differently seeded cyrb53 runs, as 28 hex digits (about 106 bits): a collision among
 * millions of comments is far less likely than a disk error.
 */
export function stableHash(str: string): string {
  const a = cyrb53(str, 0x9e3779b9).toString(16).padStart(14, '0');
  const b = cyrb53(str, 0x85ebca6b).toString(16).padStart(14, '0');
  return a + b;
}
