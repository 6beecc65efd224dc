export function fill(unit: string, size: number): string;
/** Adversarial input families: name -> (size) => text of that many characters. */
export const ADVERSARIAL: Record<string, (size: number) => string>;
/** Ordinary text families (also in ADVERSARIAL): long prose, a repeated sentence, abbreviations, undated text, news. */
export const ORDINARY: Record<string, (size: number) => string>;
