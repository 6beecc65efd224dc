#!/usr/bin/env node
// Writes dist/custom-elements.json, the Custom Elements Manifest of <event-timeline>, from the JSDoc of
// src/element/event-timeline.ts (@attr, @fires, @csspart, @cssproperty) as read by
// @custom-elements-manifest/analyzer, with its module paths moved from the sources to the published
// entry that defines the element (dist/index.js). Run by `npm run build` after rollup.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'et-cem-'));
try {
  const cem = join(root, 'node_modules', '.bin', 'cem');
  // The analyzer writes its output path into package.json; the published path is set there by hand.
  const pkg = readFileSync(join(root, 'package.json'), 'utf8');
  try {
    execFileSync(cem, ['analyze', '--litelement', '--globs', 'src/element/event-timeline.ts', 'src/element/define.ts', '--outdir', relative(root, out)],
      { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  } finally {
    writeFileSync(join(root, 'package.json'), pkg);
  }
  const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
  const element = manifest.modules.find((m) => m.path === 'src/element/event-timeline.ts');
  const declaration = element?.declarations?.find((d) => d.customElement);
  if (!declaration || declaration.tagName !== 'event-timeline') throw new Error('custom-elements: <event-timeline> not found in the manifest');
  const entry = 'dist/index.js';
  const published = {
    schemaVersion: manifest.schemaVersion,
    readme: '',
    modules: [{
      kind: 'javascript-module',
      path: entry,
      declarations: [declaration],
      exports: [
        { kind: 'js', name: 'EventTimeline', declaration: { name: 'EventTimeline', module: entry } },
        { kind: 'custom-element-definition', name: 'event-timeline', declaration: { name: 'EventTimeline', module: entry } },
      ],
    }],
  };
  writeFileSync(join(root, 'dist', 'custom-elements.json'), `${JSON.stringify(published, null, 2)}\n`);
} finally {
  rmSync(out, { recursive: true, force: true });
}
