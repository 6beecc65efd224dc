import { beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, MESSAGE_TABLES, Messages, loadTranslations, type MessageKey } from '../../../src/element/messages.js';
import { CARD_ENGLISH } from '../../../src/element/card.js';
import { SRC_ENGLISH } from '../../../src/element/fetch-source.js';
import { SOURCE_ENGLISH } from '../../../src/element/source-pane.js';

describe('loadTranslations', () => {
  it('has English at once, and other languages once their tables and dates are loaded', async () => {
    expect(ENGLISH.ready).toBe(true);
    expect(new Messages('xx').ready).toBe(true); // unknown: English
    const early = new Messages('fr');
    expect(early.ready).toBe(false);
    expect(early.t('zoomIn')).toBe('Zoom in');
    expect(new Messages('it').ready).toBe(false); // no table, but its dates come from Intl
    await loadTranslations();
    expect(new Messages('fr').ready).toBe(true);
    expect(new Messages('fr').t('zoomIn')).toBe('Zoom avant');
    expect(new Messages('it').ready).toBe(true);
  });
});

describe('Messages', () => {
  beforeAll(() => loadTranslations());

  it('writes plural counts by Intl.PluralRules', () => {
    const fr = new Messages('fr');
    expect(fr.plural('eventCount', 1)).toBe('1 événement');
    expect(fr.plural('eventCount', 0)).toBe('0 événement'); // French: 0 is singular
    expect(fr.plural('eventCount', 12)).toBe('12 événements');
    expect(new Messages('de').plural('later', 1)).toBe('1 Ereignis später ›');
    expect(new Messages('de').plural('later', 3)).toBe('3 Ereignisse später ›');
    expect(new Messages('es').plural('earlier', 2)).toBe('‹ 2 acontecimientos antes');
    expect(ENGLISH.plural('eventCount', 0)).toBe('0 events');
    expect(ENGLISH.plural('earlier', 1)).toBe('‹ 1 event earlier');
  });

  it('writes counts with Intl.NumberFormat, English as before', () => {
    expect(new Messages('fr').plural('eventCount', 1234)).toBe('1,2\u00a0k événements');
    expect(new Messages('de').number(12345)).toBe('12.345');
    expect(ENGLISH.plural('eventCount', 1234)).toBe('1.2k events');
    expect(ENGLISH.number(12345)).toBe('12345');
  });

  it('fills placeholders', () => {
    expect(new Messages('fr').t('storyStatus', { index: 3, count: 12, title: 'Manifestation' })).toBe('Événement 3 sur 12 : Manifestation');
    expect(ENGLISH.t('storyStatus', { index: 3, count: 12, title: 'Protest' }, CARD_ENGLISH)).toBe('Event 3 of 12: Protest');
  });

  it('falls back to English for unknown languages and missing keys', () => {
    const xx = new Messages('xx');
    expect(xx.locale).toBe('en');
    expect(xx.t('zoomIn')).toBe('Zoom in');
    const it_ = new Messages('it');
    expect(it_.t('zoomIn')).toBe('Zoom in');
    expect(it_.date({ start: '2022-01', precision: 'month' })).toBe('gennaio 2022');
    expect(new Messages('fr').t('storyPosition', { index: 1, count: 2 }, CARD_ENGLISH)).toBe('1 / 2'); // not in the French table
    // A key whose English comes with a chunk's code (card.ts): translated where a table has it.
    expect(new Messages('fr').t('closeDetails', {}, CARD_ENGLISH)).toBe('Fermer les détails');
    expect(it_.t('closeDetails', {}, CARD_ENGLISH)).toBe('Close details');
    expect(ENGLISH.t('tooLarge', { url: 'u', size: '2 MB' }, SRC_ENGLISH)).toBe('u is larger than the 2 MB limit for src (set max-src-bytes to allow more).');
  });

  it('translates every English key into French, German and Spanish', () => {
    // The English base and the English that chunks keep with their code.
    const keys = [...Object.keys(MESSAGE_TABLES.en!), ...Object.keys(CARD_ENGLISH), ...Object.keys(SRC_ENGLISH), ...Object.keys(SOURCE_ENGLISH)] as MessageKey[];
    for (const lang of ['fr', 'de', 'es']) {
      const missing = keys.filter((k) => !(k in MESSAGE_TABLES[lang]!) && k !== 'storyPosition');
      expect(missing, lang).toEqual([]);
    }
  });

  it('dates events in its language', () => {
    expect(new Messages('de').date({ start: '2022-01-07', precision: 'day' })).toBe('Freitag, 7. Januar 2022');
    expect(new Messages('de').years(-43, -26)).toMatch(/^44–27\sv\. Chr\.$/);
  });
});
