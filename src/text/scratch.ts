/**
 * Working arrays lent to a pass over one text. An array buffer costs far more to set up than a short text
 * costs to scan, so texts of up to SHARED_LENGTH entries borrow one buffer per lender; longer ones get
 * a buffer of their own, dropped with them (a hostile text leaves nothing large behind). A borrower uses
 * the buffer only until it returns and never runs again before then (no pass here calls itself).
 */
const SHARED_LENGTH = 1 << 15;

export interface Int32Lender { take(length: number): Int32Array }
export interface Int8Lender { take(length: number): Int8Array }

/** One shared buffer made by `make`; `zeroed`: the first `length` entries are cleared before each loan. */
function lender<T extends Int32Array | Int8Array>(make: (length: number) => T, zeroed: boolean): { take(length: number): T } {
  let shared: T | null = null;
  return {
    take(length: number): T {
      if (length > SHARED_LENGTH) return make(length);
      if (!shared || shared.length < length) shared = make(Math.min(SHARED_LENGTH, Math.max(length, 512) * 2));
      else if (zeroed) shared.fill(0, 0, length);
      return shared;
    },
  };
}

/** Lends an Int32Array of at least `length` entries, left as the last borrower wrote it: the borrower writes each entry it reads. */
export function int32Lender(): Int32Lender {
  return lender((length) => new Int32Array(length), false);
}

/** Lends an Int8Array of at least `length` entries, the first `length` of them zero. */
export function int8Lender(): Int8Lender {
  return lender((length) => new Int8Array(length), true);
}
