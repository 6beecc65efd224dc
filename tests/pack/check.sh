#!/usr/bin/env bash
# Checks the package as npm would ship it and as a consumer would use it:
#   npm pack -> publint --strict and attw (profile esm-only) on that tarball -> install it into a
#   fresh temp project -> import event-timeline/core with ESM and with require() (Node >= 20.19),
#   import the JSON Schema, bundle it as a bundler would (the element registered, unused core dropped),
#   run the installed CLI (one file, --jsonl with worker threads),
#   type-check a tiny consumer under moduleResolution nodenext (ESM and .cts) and bundler (the classic
#   script's global too), and load the README's one-script-tag pages in headless Chromium.
# usage: bash tests/pack/check.sh        (builds first when dist/ is missing; needs the npm registry
#        or npm's cache for the package's own dependencies)
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
bin=$repo/node_modules/.bin
step() { printf '::: pack-check: %s\n' "$*"; }

[ -f dist/cli.js ] && [ -f dist/core.js ] || { step "dist/ missing: npm run build"; npm run -s build; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/et-pack-XXXXXX")
trap 'rm -rf "$tmp"' EXIT

step "npm pack"
tarball=$tmp/$(npm pack --silent --pack-destination "$tmp" | tail -1)
[ -f "$tarball" ] || { echo "npm pack made no tarball" >&2; exit 1; }
tar -tzf "$tarball" | sed 's/^package\///' | sort > "$tmp/files.txt"
for f in package.json CHANGELOG.md README.md LICENSE dist/index.js dist/core.js dist/element.js dist/extract-worker.js dist/cli.js dist/event-timeline.min.js dist/event-timeline.classic.js dist/timeline.schema.json dist/types/index.d.ts dist/types/core.d.ts dist/types/element.d.ts dist/custom-elements.json; do
  grep -qx "$f" "$tmp/files.txt" || { echo "tarball lacks $f" >&2; exit 1; }
done
if grep -Eq '^(src|tests|seeds|demo)/' "$tmp/files.txt"; then echo "tarball ships sources or tests" >&2; exit 1; fi
# Only declaration files a consumer can reach from an entry point ship.
node scripts/prune-types.mjs --check
# The Custom Elements Manifest is shipped, named in package.json, and lists every attribute the class documents.
node -e '
const m = require(process.argv[1] + "/dist/custom-elements.json");
const p = require(process.argv[1] + "/package.json");
if (p.customElements !== "dist/custom-elements.json") throw new Error("package.json customElements: " + p.customElements);
const d = m.modules[0].declarations.find((x) => x.tagName === "event-timeline");
const src = require("fs").readFileSync(process.argv[1] + "/src/element/event-timeline.ts", "utf8");
const documented = [...src.matchAll(/@attr ([a-z-]+)/g)].map((x) => x[1]);
const listed = new Set(d.attributes.map((a) => a.name));
const missing = documented.filter((a) => !listed.has(a));
if (!documented.length || missing.length) throw new Error("custom-elements.json lacks " + missing.join(", "));
console.log("custom-elements.json: <event-timeline> with " + listed.size + " attributes, " + d.events.length + " events, " + d.cssParts.length + " parts");
' "$PWD"
# Every source map carries the sources it points at (the tarball ships no src/).
node -e "
const fs = require('fs'), path = require('path');
const maps = []; const walk = (d) => { for (const f of fs.readdirSync(d)) { const p = path.join(d, f); if (fs.statSync(p).isDirectory()) walk(p); else if (p.endsWith('.map')) maps.push(p); } };
walk('dist');
for (const m of maps) { const j = JSON.parse(fs.readFileSync(m, 'utf8')); if ((j.sources || []).some((s, i) => !(j.sourcesContent || [])[i])) { console.error(m + ': a source without its content'); process.exit(1); } }
console.log('source maps: ' + maps.length + ', all with their sources');
"

# The extraction worker loads in a worker: relative imports only, no bare ones; the element starts it at its path.
node -e "
const fs = require('fs'), path = require('path');
const seen = new Set(), bare = [];
const walk = (file) => { if (seen.has(file)) return; seen.add(file);
  for (const m of fs.readFileSync(file, 'utf8').matchAll(/(?:^|[;}\\n])\\s*(?:import|export)\\b[^'\"]*?from\\s*['\"]([^'\"]+)['\"]|import\\(['\"]([^'\"]+)['\"]\\)/g)) {
    const spec = m[1] ?? m[2]; if (spec.startsWith('.')) walk(path.join(path.dirname(file), spec)); else bare.push(file + ': ' + spec); } };
walk('dist/extract-worker.js');
const starts = [];
for (const f of [...fs.readdirSync('dist').map((f) => 'dist/' + f), ...fs.readdirSync('dist/chunks').map((f) => 'dist/chunks/' + f)].filter((f) => f.endsWith('.js') && !f.includes('.min.') && !f.includes('.classic.'))) {
  for (const m of fs.readFileSync(f, 'utf8').matchAll(/new Worker\\(new URL\\('([^']+)', import\\.meta\\.url\\)/g)) {
    if (path.join(path.dirname(f), m[1]) !== path.join('dist', 'extract-worker.js')) { console.error(f + ' starts a worker at ' + m[1]); process.exit(1); }
    starts.push(f);
  }
}
if (!starts.length) { console.error('no module starts dist/extract-worker.js'); process.exit(1); }
if (bare.length) { console.error('the worker imports bare specifiers: ' + bare.join(', ')); process.exit(1); }
console.log('extract-worker.js: ' + seen.size + ' files, relative imports only; started by ' + starts.join(', '));
"

step "publint --strict"
"$bin/publint" run --strict "$tarball"

step "attw --profile esm-only (an ESM package; require() works through require(esm) on Node >= 20.19)"
"$bin/attw" "$tarball" --profile esm-only --format table-flipped --no-emoji --no-color

step "install into a temp project"
c=$tmp/consumer
mkdir -p "$c"
cat > "$c/package.json" <<'JSON'
{ "name": "et-consumer", "version": "1.0.0", "private": true, "type": "module" }
JSON
(cd "$c" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "$tarball")

cat > "$c/esm.mjs" <<'JS'
import assert from 'node:assert/strict';
import { extractTimeline, parseTimeline, toCsv } from 'event-timeline/core';
import schema from 'event-timeline/timeline.schema.json' with { type: 'json' };
const t = extractTimeline('Protests began on Jan. 2, 2022. Troops arrived on Jan. 6, 2022.');
assert.deepEqual(t.events.map((e) => e.start), ['2022-01-02', '2022-01-06']);
assert.equal(parseTimeline(t).ok, true);
assert.match(toCsv(t), /^id,start,end,/);
assert.equal(typeof schema.$schema, 'string');
console.log('esm: ok');
JS
cat > "$c/cjs.cjs" <<'JS'
const assert = require('node:assert/strict');
const core = require('event-timeline/core');
const t = core.extractTimeline('The treaty was signed on March 3, 1918.');
assert.deepEqual(t.events.map((e) => e.start), ['1918-03-03']);
assert.equal(require('event-timeline/package.json').name, 'event-timeline');
console.log('require: ok');
JS
(cd "$c" && node esm.mjs && node --disable-warning=ExperimentalWarning cjs.cjs)

step "a bundler's view (esbuild, which honours sideEffects)"
(
  cd "$c"
  printf "import 'event-timeline/element';\n" > side-element.mjs
  printf "import 'event-timeline';\n" > side-index.mjs
  printf "export { toCsv } from 'event-timeline/core';\n" > shake-core.mjs
  for f in side-element.mjs side-index.mjs; do
    "$bin/esbuild" "$f" --bundle --format=esm --log-level=error --external:lit --external:'lit/*' --external:'d3-*' | grep -q 'customElements.define' ||
      { echo "$f: the bundle lost the element's registration (package.json sideEffects)" >&2; exit 1; }
  done
  bytes=$("$bin/esbuild" shake-core.mjs --bundle --minify --format=esm --log-level=error | wc -c)
  [ "$bytes" -lt 5000 ] || { echo "toCsv alone from event-timeline/core bundles to $bytes bytes: unused code kept" >&2; exit 1; }
  echo "bundled: both entries keep the registration; toCsv alone from core is $bytes bytes"
  # No work at module top level: rollup, told nothing of sideEffects (a file path, no package.json read),
  # drops all of core that is imported for nothing.
  printf "import './node_modules/event-timeline/dist/core.js';\n" > bare-core.mjs
  kept=$("$bin/rollup" bare-core.mjs --format es --silent | wc -c)
  [ "$kept" -lt 2000 ] || { echo "importing dist/core.js for nothing keeps $kept bytes under rollup without sideEffects: work at module top level" >&2; exit 1; }
  echo "rollup without sideEffects: importing core for nothing keeps $kept bytes"
)

step "the installed CLI"
printf 'Kyiv, Feb. 24, 2022 - Shelling began early Thursday. Talks were held on Feb. 28, 2022.\n' > "$c/article.txt"
(
  cd "$c"
  v=$(./node_modules/.bin/event-timeline --version)
  [ "$v" = "$(node -p "require('$repo/package.json').version")" ] || { echo "--version printed $v" >&2; exit 1; }
  ./node_modules/.bin/event-timeline extract article.txt --format summary | tee summary.txt
  grep -q '2022-02-24' summary.txt && grep -q '2022-02-28' summary.txt
  printf '{"id":"a","text":"Talks began on May 2, 2020."}\nnot json\n{"id":"b","text":"The vote came on June 9, 2021."}\n' |
    ./node_modules/.bin/event-timeline extract --jsonl --jobs 2 > batch.ndjson 2> batch.err
  node -e '
    const recs = require("fs").readFileSync("batch.ndjson", "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const ids = recs.map((r) => r.id).join(",");
    if (ids !== "a,,b" || recs[0].events[0].start !== "2020-05-02" || !recs[1].error) throw new Error("batch output: " + ids);
    console.log("cli --jsonl --jobs 2: ok");'
)

step "type-check a consumer (moduleResolution nodenext and bundler)"
cat > "$c/consumer.ts" <<'TS'
import { extractTimeline, type Timeline, type TimelineEvent } from 'event-timeline/core';
import { EventTimeline } from 'event-timeline';
import { EventTimeline as ElementOnly, type Timeline as ElementTimeline } from 'event-timeline/element';
const t: Timeline = extractTimeline('Talks began on May 2, 2020.', { numericDateOrder: 'DMY' });
const first: TimelineEvent | undefined = t.events[0];
const el: EventTimeline = document.createElement('event-timeline');
el.events = t.events;
// Minimal events (start and title) are enough for the setters; the getter gives whole events.
el.events = [{ start: '2020-05-02', title: 'Talks began' }];
el.timeline = { events: [{ start: '2020-05-02', title: 'Talks began', group: 'talks' }] };
const whole: TimelineEvent[] = el.events;
void whole;
export const summary: string = `${first?.start ?? 'none'} ${el.tagName}`;
// event-timeline/element: the same element class, and the model's types, without the tagger.
const same: typeof EventTimeline = ElementOnly;
const shown: ElementTimeline | null = el.timeline;
el.text = 'Talks began on May 2, 2020.';
void same; void shown;
// The element's events are typed for addEventListener (HTMLElementEventMap).
el.addEventListener('timeline-select', (e) => { const title: string = e.detail.event.title; void title; });
el.addEventListener('timeline-error', (e) => { const message: string = e.detail.message; void message; });
el.addEventListener('timeline-load', (e) => { const n: number = e.detail.timeline.events.length; void n; });
// @ts-expect-error: not a TagOptions key
extractTimeline('x', { dateOrder: 'DMY' });
TS
# The classic script's global, reached by a reference or a type-only import (the script is no module).
cat > "$c/classic-ref.ts" <<'TS'
/// <reference types="event-timeline/event-timeline.classic.js" />
const t = EventTimeline.extractTimeline('Talks began on May 2, 2020.');
const ctor: CustomElementConstructor = EventTimeline.EventTimeline;
export const n: number = t.events.length + (window.EventTimeline.toCsv(t) ? 1 : 0) + (ctor ? 1 : 0);
TS
cat > "$c/classic-import.ts" <<'TS'
import type {} from 'event-timeline/event-timeline.classic.js';
export const csv: string = EventTimeline.toCsv(EventTimeline.extractTimeline('Talks began on May 2, 2020.'));
TS
cat > "$c/consumer-cjs.cts" <<'TS'
import core = require('event-timeline/core');
export const n: number = core.extractTimeline('Talks began on May 2, 2020.').events.length;
TS
cat > "$c/tsconfig.nodenext.json" <<'JSON'
{ "compilerOptions": { "module": "nodenext", "moduleResolution": "nodenext", "target": "es2022", "lib": ["es2022", "dom"],
    "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] },
  "files": ["consumer.ts", "consumer-cjs.cts", "classic-ref.ts", "classic-import.ts"] }
JSON
cat > "$c/tsconfig.bundler.json" <<'JSON'
{ "compilerOptions": { "module": "esnext", "moduleResolution": "bundler", "target": "es2022", "lib": ["es2022", "dom"],
    "strict": true, "noEmit": true, "skipLibCheck": false, "types": [] },
  "files": ["consumer.ts", "classic-ref.ts", "classic-import.ts"] }
JSON
for cfg in nodenext bundler; do
  "$bin/tsc" -p "$c/tsconfig.$cfg.json" && echo "tsc $cfg: ok"
done

step "the one-script-tag pages in Chromium (classic <script src> and <script type=module>)"
node "$repo/tests/pack/page.mjs" "$c"

step "ok"
