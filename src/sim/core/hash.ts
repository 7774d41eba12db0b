/**
 * A 64-bit FNV-1a digest as 16 hex digits, built from two 32-bit halves with Math.imul so it is
 * identical in Node and in the browser. Fed incrementally (the event log is long).
 */
export class Hasher {
  private h1 = 0x811c9dc5;
  private h2 = 0x050c5d1f;

  update(text: string): this {
    let a = this.h1;
    let b = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 15);
    }
    this.h1 = a >>> 0;
    this.h2 = b >>> 0;
    return this;
  }

  digest(): string {
    return this.h1.toString(16).padStart(8, '0') + this.h2.toString(16).padStart(8, '0');
  }
}

/** JSON with object keys sorted, so the digest does not depend on property insertion order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
    }
    return v;
  });
}
