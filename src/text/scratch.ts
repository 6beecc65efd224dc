/**
 * Working arrays lent to a pass over one text. An array buffer costs far more to set up than a short text
 * costs to scan, so texts of up to SHARED_LENGTH entries borrow one buffer per lender; longer ones get
 * a buffer of their own, dropped with them (a hostile text leaves nothing large behind). A borrower uses
 * the buffer only until it returns and never runs again before then (no pass here calls itself).
 */
const SHARED_LENGTH = 1 << 15;

export interface Int32Lender { take(length: number): Int32Array }
export interface Int8Lender { take(length: number): Int8Array }

/** Lends an Int32Array of at least `length` entries, left as the last borrower wrote it: the borrower writes each entry it reads. */
export function int32Lender(): Int32Lender {
  let shared: Int32Array | null = null;
  return {
    take(length: number): Int32Array {
      if (length > SHARED_LENGTH) return new Int32Array(length);
      if (!shared || shared.length < length) shared = new Int32Array(Math.min(SHARED_LENGTH, Math.max(length, 512) * 2));
      return shared;
    },
  };
}

/** Lends an Int8Array of at least `length` entries, the first `length` of them zero. */
export function int8Lender(): Int8Lender {
  let shared: Int8Array | null = null;
  return {
    take(length: number): Int8Array {
      if (length > SHARED_LENGTH) return new Int8Array(length);
      if (!shared || shared.length < length) shared = new Int8Array(Math.min(SHARED_LENGTH, Math.max(length, 512) * 2));
      else shared.fill(0, 0, length);
      return shared;
    },
  };
}
