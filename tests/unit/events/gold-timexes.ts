/// <reference types="node" />
/** Test fixture: Timex arrays built from a gold file, so extraction is tested apart from the tagger. */
import { readFileSync } from 'node:fs';
import type { Timex, TimexType } from '../../../src/model/types.js';
import { timexValueToInterval } from '../../../src/model/timex-value.js';

export interface GoldTimex { text: string; occurrence?: number; values: string[]; type?: TimexType; role?: string }
export interface GoldFile { documentDate: string; referenceDate?: string; timex: GoldTimex[]; events: { start?: string[]; end?: string[]; any: string[] }[] }

export function readGold(txtPath: string): { text: string; gold: GoldFile } {
  return {
    text: readFileSync(txtPath, 'utf8'),
    gold: JSON.parse(readFileSync(txtPath.replace(/\.txt$/, '.gold.json'), 'utf8')) as GoldFile,
  };
}

function typeOf(value: string, given?: TimexType): TimexType {
  if (given) return given;
  if (value.startsWith('P')) return 'DURATION';
  return /T/.test(value) ? 'TIME' : 'DATE';
}

/** One Timex per gold entry, at its `occurrence`, with the first gold value. */
export function goldTimexes(text: string, gold: GoldFile): Timex[] {
  const out: Timex[] = gold.timex.map((g) => {
    let at = -1;
    for (let k = 0; k < (g.occurrence ?? 1); k++) at = text.indexOf(g.text, at + 1);
    if (at < 0) throw new Error(`gold text not found: ${g.text}`);
    // The first value the timeline can place (gold may list a finer TimeML value first, e.g. `BC0218-FA`).
    const value = g.values.find((v) => timexValueToInterval(v) !== null || v.startsWith('P')) ?? g.values[0]!;
    const absolute = /\d{4}/.test(g.text) || /^\d{4}$/.test(value);
    const t: Timex = {
      id: '', start: at, end: at + g.text.length, text: g.text, type: typeOf(value, g.type), value,
      derivation: absolute
        ? { rule: 'gold', anchor: 'none', explanation: 'stated in the text' }
        : { rule: 'gold', anchor: 'document-date', anchorValue: gold.documentDate, explanation: 'resolved against the publication date' },
    };
    if (g.role === 'publication date') t.documentDate = true;
    return t;
  });
  out.sort((a, b) => a.start - b.start);
  out.forEach((t, i) => (t.id = `t${i + 1}`));
  return out;
}
