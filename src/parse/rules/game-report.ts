/**
 * A game's report: a text that uses a word no other text uses (`touchdown`, `halftime`). There a bare `the second quarter`
 * is the game's, and `in 1:48` the time a drive took on the game clock.
 */
import type { Token } from '../../text/tokens.js';

const GAME_REPORT_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['touchdown', 'touchdowns', 'quarterback', 'quarterbacks', 'halftime',
  'interception', 'interceptions', 'fumble', 'fumbled', 'buzzer']);

/** Whether a text is a game report, read once per text. */
const gameReports = /* @__PURE__ */ new WeakMap<readonly Token[], boolean>();
export function isGameReport(toks: readonly Token[]): boolean {
  let is = gameReports.get(toks);
  if (is === undefined) {
    is = toks.some((t) => GAME_REPORT_WORDS.has(t.lower));
    gameReports.set(toks, is);
  }
  return is;
}
