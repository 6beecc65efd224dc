#!/usr/bin/env node
// Event recall and precision on gold articles whose gold lists every acceptable event.
// usage: node tests/eval/event-precision.mjs [--cli "node dist/cli.js"] [-v] DIR...
// A predicted event is acceptable when its start (and end, if the gold gives one) equals a gold event's
// value, or is a time inside that gold day, and its title or sentence contains one of the gold's `any` phrases.
// Recall: gold events matched by some predicted event. Precision: predicted events that match some gold event.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const args = process.argv.slice(2);
let cli = 'node dist/cli.js';
let verbose = false;
const dirs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--cli') cli = args[++i];
  else if (args[i] === '-v') verbose = true;
  else dirs.push(args[i]);
}
const norm = (s) => String(s ?? '').toLowerCase();
const sameOrFiner = (got, want) => typeof got === 'string' && (got === want || (/^\d{4}-\d{2}-\d{2}$/.test(want) && got.startsWith(`${want}T`)));
const matches = (e, g) => (!g.start || g.start.some((v) => sameOrFiner(e.start, v))) && (!g.end || g.end.some((v) => sameOrFiner(e.end, v)))
  && g.any.some((k) => norm(e.title).includes(norm(k)) || norm(e.text).includes(norm(k)));
let gold = 0, found = 0, predicted = 0, acceptable = 0;
for (const dir of dirs) for (const f of readdirSync(dir).sort()) {
  if (!f.endsWith('.txt') || !existsSync(join(dir, f.replace(/\.txt$/, '.gold.json')))) continue;
  const g = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8'));
  const [cmd, ...rest] = cli.split(' ');
  const out = JSON.parse(execFileSync(cmd, [...rest, 'extract', join(dir, f), '--format', 'json', ...(g.referenceDate ? ['--reference-date', g.referenceDate] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const events = out.events ?? [];
  const ge = g.events ?? [];
  const f1 = ge.filter((x) => events.some((e) => matches(e, x))).length;
  const ok = events.filter((e) => ge.some((x) => matches(e, x)));
  gold += ge.length; found += f1; predicted += events.length; acceptable += ok.length;
  console.log(`${f}: recall ${f1}/${ge.length}, precision ${ok.length}/${events.length}`);
  if (verbose) for (const e of events) if (!ok.includes(e)) console.log(`  - not acceptable: ${e.start}${e.end ? `..${e.end}` : ''} ${JSON.stringify(e.title)}`);
  if (verbose) for (const x of ge) if (!events.some((e) => matches(e, x))) console.log(`  - missed: ${(x.start ?? []).join('|')} [${x.any.join(' / ')}]`);
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : '100.0');
console.log(`events: recall ${pct(found, gold)}% (${found}/${gold}), precision ${pct(acceptable, predicted)}% (${acceptable}/${predicted})`);
