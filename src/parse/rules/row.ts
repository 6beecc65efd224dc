/** Shape of a recognition rule row and small helpers the rows share. */
import type { TagOptions } from '../../model/types.js';
import type { Captures } from '../pattern.js';
import type { Spec } from '../spec.js';
import type { Token } from '../../text/tokens.js';

export interface RuleContext {
  toks: readonly Token[];
  /** Token index where the match starts and ends (exclusive). */
  from: number;
  to: number;
  options: TagOptions;
  /** Whether a word anchors a temporal expression by itself: a month, weekday, unit, or any row's trigger. */
  isTimeWord: (lower: string) => boolean;
}

/** Example: input sentence, expected timex text, expected value (document date 2022-01-07, a Friday). */
export type RuleExample = readonly [input: string, text: string, value: string];

export interface RuleRow {
  id: string;
  pattern: string;
  /**
   * Words of the pattern that anchor a temporal expression by themselves (`ago`, `yesterday`, a holiday's
   * name). The tagger tries rows only near a number, a time word (month, weekday, unit, ...) or a trigger;
   * a row whose pattern holds neither a number nor a time word names its triggers here.
   */
  triggers?: readonly string[];
  /** Builds the underspecified value; null rejects the match (the row acts as a filter). */
  build?: (c: Captures, ctx: RuleContext) => Spec | null;
  /** A negative row: its span is claimed and nothing is tagged there (`4,500 jobs`, `Route 1776`). */
  suppress?: boolean;
  examples?: readonly RuleExample[];
  /** Inputs in which this row must tag nothing. */
  negatives?: readonly string[];
}

export const num = (c: Captures, name: string): number | undefined => {
  const v = c[name]?.v;
  return typeof v === 'number' ? v : undefined;
};
export const str = (c: Captures, name: string): string | undefined => {
  const v = c[name]?.v;
  return v === undefined ? undefined : String(v);
};
export const has = (c: Captures, name: string): boolean => c[name] !== undefined;

/** The zone a `@tz` capture read (`+02:45`, `Z`, `US-5`), as a spec field; none for `local time` or no zone. */
export const zoneOf = (c: Captures): { zone?: string } => {
  const v = c.tz?.v;
  return typeof v === 'string' && v !== '' ? { zone: v } : {};
};
/** Seconds (and their fraction) of a `@clock` capture: `:29`, `:29.79`, or ''. */
export function clockSeconds(c: Captures, ctx: RuleContext): string {
  const cl = c.clock;
  if (!cl || cl.len < 5) return '';
  const sec = ctx.toks[cl.i + 4]!.text;
  if (Number(sec) > 59) return '';
  return cl.len === 7 ? `:${sec}.${ctx.toks[cl.i + 6]!.text}` : `:${sec}`;
}
