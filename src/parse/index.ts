/** Temporal tagger (TimeML TIMEX3): public entry points. */
export { tagTimexes } from './tagger.js';
export { findDocumentDate, type DocumentDateMatch } from './document-date.js';
export { timexValueToInterval, precisionOfValue, type ValueInterval } from '../model/timex-value.js';
export { RULE_ROWS, type RuleRow, type RuleExample } from './rules/index.js';
