#!/usr/bin/env node
// Records the tagger's regression floors: scores every annotated seed with the current sources and
// writes tests/eval/floors.json with each figure `--margin` points (default 1) under the measured one.
// usage: node tests/eval/record-floors.mjs [--margin 1] [DIR (default seeds/)]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus, ourOptions } from './corpus.mjs';
import { loadOurTagger } from './taggers.mjs';
import { figuresOf, floorsFrom } from './floors.mjs';

const args = process.argv.slice(2);
let margin = 1;
let dir = fileURLToPath(new URL('../../seeds', import.meta.url));
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--margin') margin = Number(args[++i]);
  else dir = args[i];
}
const { tagTimexes } = await loadOurTagger();
const measured = {};
for (const doc of readCorpus(dir)) {
  measured[doc.name] = figuresOf(doc.gold, tagTimexes(doc.text, ourOptions(doc)));
  console.log(`${doc.name}: value ${measured[doc.name].value}, relaxed ${measured[doc.name].relaxed}, value F1 ${measured[doc.name].valueF1}`);
}
const out = {
  about: 'Regression floors of the temporal tagger on the annotated seeds (tests/unit/tagger-floor.test.ts). '
    + 'value: % of gold timexes with an overlapping prediction of an accepted value; relaxed: % of gold timexes overlapped; '
    + 'valueF1: value F1 (counts false positives). Each floor is the measured figure minus `margin` points. '
    + 'Re-record with `node tests/eval/record-floors.mjs` only when the tagger got better.',
  margin,
  recorded: new Date().toISOString().slice(0, 10),
  measured,
  files: floorsFrom(measured, margin),
};
writeFileSync(fileURLToPath(new URL('./floors.json', import.meta.url)), `${JSON.stringify(out, null, 1)}\n`);
console.log(`wrote tests/eval/floors.json (${Object.keys(measured).length} files, margin ${margin})`);
