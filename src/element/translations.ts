/**
 * What languages other than English need, one chunk that the element loads when its language is another one
 * (messages.ts loadTranslations): the French, German and Spanish UI strings and the writing of dates from Intl.
 */
export { TRANSLATIONS } from './message-tables.js';
export * from '../render/date-locale.js';

/** Re-exported only to shape code splitting (see lazy.ts): the element and what this chunk shares with it, one chunk. */
export { EventTimeline } from './event-timeline.js';
