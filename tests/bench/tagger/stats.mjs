// Small pure helpers for the tagger benches: medians, rates and aligned number formatting.

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Characters per second, as `4.61 M` style text. */
export function formatRate(charsPerSecond) {
  if (!Number.isFinite(charsPerSecond)) return '-';
  if (charsPerSecond >= 1e6) return `${(charsPerSecond / 1e6).toFixed(2)} M`;
  return `${(charsPerSecond / 1e3).toFixed(1)} k`;
}

export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '-';
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

export function formatBytes(n) {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(n % (1 << 20) ? 1 : 0)} MB` : `${Math.round(n / 1024)} KB`;
}
