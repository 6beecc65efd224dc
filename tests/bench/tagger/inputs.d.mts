export function fill(unit: string, size: number): string;
/** Adversarial input families: name -> (size) => text of that many characters. */
export const ADVERSARIAL: Record<string, (size: number) => string>;
