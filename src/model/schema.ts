/**
 * JSON Schema (draft 2020-12) of the Timeline JSON. `src/model/timeline.schema.json` holds the same
 * object (a unit test keeps the two equal); the build ships it as `dist/timeline.schema.json`.
 */
import { CALENDAR_VALUE_SOURCE as CALENDAR_VALUE } from './timex-value.js';

const span = {
  type: 'object',
  required: ['start', 'end'],
  additionalProperties: false,
  properties: { start: { type: 'integer', minimum: 0 }, end: { type: 'integer', minimum: 0 } },
} as const;

/** An absolute http(s) URL; parseTimeline also checks that it parses, has a host and holds no user name or password. */
const HTTP_URL = '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s\\x00-\\x1f\\x7f-\\x9f\\u2028\\u2029]+$';

export const timelineSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/event-timeline/event-timeline/timeline.schema.json',
  title: 'event-timeline Timeline',
  description: 'Events extracted from a text, with the temporal expressions (TimeML TIMEX3) they rest on.',
  type: 'object',
  required: ['version', 'documentDate', 'timexes', 'events'],
  properties: {
    version: { const: 1 },
    documentDate: { anyOf: [{ type: 'string', pattern: CALENDAR_VALUE }, { type: 'null' }] },
    documentDateSource: { enum: ['text', 'option', 'reference', 'none'] },
    title: { type: 'string' },
    sources: { type: 'array', items: { type: 'string' } },
    timexes: { type: 'array', items: { $ref: '#/$defs/timex' } },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  },
  $defs: {
    calendarValue: { type: 'string', pattern: CALENDAR_VALUE, description: 'A TimeML date/time value on the calendar.' },
    span,
    httpUrl: { type: 'string', pattern: HTTP_URL, maxLength: 2048, description: 'An absolute http: or https: URL.' },
    media: {
      type: 'object',
      required: ['url'],
      description: 'A photo or video for the event card.',
      properties: {
        url: { $ref: '#/$defs/httpUrl' },
        kind: { enum: ['image', 'video'] },
        caption: { type: 'string', maxLength: 1000 },
        credit: { type: 'string', maxLength: 300 },
        alt: { type: 'string', maxLength: 1000 },
      },
    },
    link: {
      type: 'object',
      required: ['url'],
      properties: { url: { $ref: '#/$defs/httpUrl' }, text: { type: 'string', maxLength: 300 } },
    },
    timex: {
      type: 'object',
      required: ['id', 'start', 'end', 'text', 'type', 'value', 'derivation'],
      properties: {
        id: { type: 'string' },
        start: { type: 'integer', minimum: 0 },
        end: { type: 'integer', minimum: 0 },
        text: { type: 'string' },
        type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] },
        value: { type: 'string', minLength: 1 },
        mod: {
          enum: ['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER', 'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE'],
        },
        documentDate: { type: 'boolean' },
        derivation: {
          type: 'object',
          required: ['rule', 'anchor', 'explanation'],
          properties: {
            rule: { type: 'string' },
            anchor: { enum: ['none', 'document-date', 'narrative', 'unresolved'] },
            anchorValue: { type: 'string' },
            tense: { enum: ['past', 'present', 'future', 'unknown'] },
            explanation: { type: 'string' },
          },
        },
      },
    },
    event: {
      type: 'object',
      required: ['id', 'start', 'precision', 'title', 'text', 'span'],
      properties: {
        id: { type: 'string', minLength: 1 },
        start: { $ref: '#/$defs/calendarValue' },
        end: { $ref: '#/$defs/calendarValue' },
        precision: {
          enum: ['millennium', 'century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'part-of-day', 'hour', 'minute'],
        },
        title: { type: 'string' },
        text: { type: 'string' },
        span: { $ref: '#/$defs/span' },
        spans: { type: 'array', items: { $ref: '#/$defs/span' } },
        timexIds: { type: 'array', items: { type: 'string' } },
        dateSource: { enum: ['explicit', 'relative', 'derived', 'inherited'] },
        explanation: { type: 'string' },
        reportedOn: { $ref: '#/$defs/calendarValue' },
        segment: { enum: ['sentence', 'caption', 'headline'] },
        source: { type: 'string' },
        group: { type: 'string', minLength: 1, maxLength: 100, pattern: '\\S', description: 'A named group: a colour and a legend entry in the element.' },
        media: { $ref: '#/$defs/media' },
        links: { type: 'array', maxItems: 20, items: { $ref: '#/$defs/link' } },
      },
    },
  },
} as const;
