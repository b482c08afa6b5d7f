// 32-bit feature hashes: a feature is never a string in the tagging loop, only the integer its
// template and value hash to (FNV-1a over UTF-16 code units, then murmur3's finalizer).

/** murmur3 fmix32: spreads the bits of `h`. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of `value` under template number `template`. */
export function hashFeature(template: number, value: string): number {
  let h = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** hashFeature(template, value.slice(from, to)), without making the slice. */
export function hashRange(template: number, value: string, from: number, to: number): number {
  let h = (0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0;
  for (let i = from; i < to; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Folds the decimal digits of the non-negative integer `n` into FNV state `h` (as its String would). */
function fnvDigits(h: number, n: number): number {
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div = div / 10) {
    const d = Math.floor(n / div) % 10;
    h ^= 48 + d;
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** hashFeature(template, String(n)) for a non-negative integer n, without making the string. */
export function hashInt(template: number, n: number): number {
  if (!(n >= 0) || !Number.isInteger(n) || n > 0x7fffffff) return hashFeature(template, String(n));
  return mix32(fnvDigits((0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0, n));
}

/** hashFeature(template, `${a}:${b}`) for non-negative integers a and b, without making the string. */
export function hashIntPair(template: number, a: number, b: number): number {
  const plain = (x: number) => x >= 0 && Number.isInteger(x) && x <= 0x7fffffff;
  if (!plain(a) || !plain(b)) return hashFeature(template, `${a}:${b}`);
  let h = fnvDigits((0x811c9dc5 ^ Math.imul(template + 1, 0x9e3779b1)) >>> 0, a);
  h ^= 58; // ':'
  h = Math.imul(h, 0x01000193);
  return mix32(fnvDigits(h, b));
}

/** A feature hash moved to another window position or template (`salt`). */
export function salted(h: number, salt: number): number {
  return mix32((h ^ Math.imul(salt, 0x27d4eb2f)) + 0x165667b1);
}

/** The conjunction of two feature hashes (order matters). */
export function joined(a: number, b: number, salt: number): number {
  return mix32((Math.imul(a, 0x9e3779b1) ^ b ^ Math.imul(salt, 0x85ebca77)) >>> 0);
}
