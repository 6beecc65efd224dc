/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import type { EventTimeline } from '../../src/element/event-timeline.js';
import { $, $$, mountSeed, seedTimeline, settle } from './helpers.js';

const ticks = (el: EventTimeline) => $$(el, '.axis g.tick text').map((t) => t.textContent ?? '').filter(Boolean);
const labelDates = (el: EventTimeline) => $$(el, '.chart g.event .date').map((t) => t.textContent ?? '');
const srList = (el: EventTimeline) => $$(el, '.main ol.sr-only li').map((li) => li.textContent!.trim());
const ENGLISH_MONTHS = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;

describe('<event-timeline> lang', () => {
  it('lang="fr" writes the axis, labels, list and buttons in French', async () => {
    const el = await mountSeed(960, 420, { lang: 'fr' });
    const axis = ticks(el);
    expect(axis.length).to.be.greaterThan(1);
    expect(axis.join(' ')).to.match(/janv|déc|févr/);
    expect(axis.join(' ')).not.to.match(ENGLISH_MONTHS);
    const dates = labelDates(el);
    expect(dates.length).to.be.greaterThan(0);
    expect(dates.join(' ')).not.to.match(ENGLISH_MONTHS);
    expect(srList(el).join(' ')).to.match(/janvier/);
    expect($(el, 'button.zoom-in')!.getAttribute('aria-label')).to.equal('Zoom avant');
    expect($(el, 'button.zoom-fit')!.getAttribute('aria-label')).to.equal('Afficher tous les événements');
    expect($(el, '.summary')!.textContent).to.match(/^12 événements · 2011–2022$/);
    expect($(el, '.main ol.sr-only')!.getAttribute('aria-label')).to.equal('Événements par ordre chronologique');
  });

  it('re-renders when lang changes, and back to English', async () => {
    const el = await mountSeed(960, 420);
    expect($(el, 'button.zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    const english = ticks(el);
    el.lang = 'de';
    await settle(el);
    expect($(el, 'button.zoom-in')!.getAttribute('aria-label')).to.equal('Vergrößern');
    expect($(el, '.summary')!.textContent).to.match(/^12 Ereignisse · /);
    expect(srList(el).join(' ')).to.match(/Januar/);
    expect(labelDates(el).join(' ')).to.match(/\d+\. Jan\./);
    expect(ticks(el).join(' ')).not.to.equal(english.join(' '));
    el.lang = 'en';
    await settle(el);
    expect($(el, 'button.zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect(ticks(el)).to.deep.equal(english);
  });

  it('takes the closest ancestor\'s lang by default', async () => {
    const timeline = await seedTimeline();
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="es"><event-timeline .timeline=${timeline} style="width:960px;height:420px"></event-timeline></div>`);
    const el = wrapper.querySelector('event-timeline') as EventTimeline;
    await settle(el);
    expect($(el, 'button.zoom-in')!.getAttribute('aria-label')).to.equal('Acercar');
    expect(srList(el).join(' ')).to.match(/de enero de 2022/);
  });

  it('says the storytelling steps and the edge pills in the language, with its plurals', async () => {
    const el = await mountSeed(960, 440, { lang: 'fr', storytelling: '' });
    expect($(el, '[part~="story-next"]')!.getAttribute('aria-label')).to.equal('Événement suivant');
    ($(el, '[part~="story-next"]') as HTMLButtonElement).click();
    await settle(el);
    expect($(el, '.story [role="status"]')!.textContent).to.match(/^Événement 1 sur 12 : /);
    el.zoomTo(new Date(Date.UTC(2022, 0, 5)), new Date(Date.UTC(2022, 0, 7)));
    await settle(el);
    const pills = $$(el, '.edges g.edge text').map((t) => t.textContent ?? '');
    for (const pill of pills) expect(pill).to.match(/^‹ 1 événement avant$|^‹ \d+ événements avant$|^1 événement après ›$|^\d+ événements après ›$/);
  });

  it('shows its error messages in the language', async () => {
    const el = await fixture<EventTimeline>(html`<event-timeline lang="de"></event-timeline>`);
    el.timeline = { version: 1, documentDate: null, timexes: [], events: [] } as unknown as EventTimeline['timeline'];
    await settle(el);
    expect($(el, '.message')!.textContent).to.equal('In dieser Eingabe wurden keine datierten Ereignisse gefunden.');
  });

  it('lang="xx" falls back to English without errors', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    const el = await mountSeed(960, 420, { lang: 'xx' });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect($(el, 'button.zoom-in')!.getAttribute('aria-label')).to.equal('Zoom in');
    expect($(el, '.summary')!.textContent).to.match(/^12 events · 2011–2022$/);
    expect(srList(el).join(' ')).to.match(/January 2022/);
  });
});
