/** All recognition rows, in priority order (on equal length, the earlier row wins). */
import { AMOUNT_ROWS, SUPPRESS_ROWS } from './amounts.js';
import { DATE_ROWS } from './dates.js';
import { HOLIDAY_ROWS } from './holidays.js';
import { LIST_ROWS } from './lists.js';
import { RELATIVE_ROWS } from './relative.js';
import type { RuleRow } from './row.js';

export type { RuleRow, RuleExample, RuleContext } from './row.js';
export const RULE_ROWS: readonly RuleRow[] = [...SUPPRESS_ROWS, ...HOLIDAY_ROWS, ...DATE_ROWS, ...LIST_ROWS, ...RELATIVE_ROWS, ...AMOUNT_ROWS];
