/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { select } from 'd3-selection';
import { scaleUtc } from '../../src/render/time-scale.js';
import { drawAxisBottom } from '../../src/element/axis.js';

// d3-axis 3.0.1's axisBottom(scale).tickValues(ticks).tickFormat(label).tickSize(6).tickPadding(8) drew exactly this
// (compared node for node over several redraws when axis.ts replaced it).
const tick = (x: number, label: string) =>
  `<g class="tick" opacity="1" transform="translate(${x},0)"><line stroke="currentColor" y2="6"></line><text fill="currentColor" y="14" dy="0.71em">${label}</text></g>`;

describe('drawAxisBottom (the chart\'s axis, as d3-axis drew it)', () => {
  it('draws the domain path and a tick per value, then updates them, keyed by position', () => {
    const g = select(document.body).append('svg').append('g');
    const scale = scaleUtc().domain([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 11)]).range([0, 800]);
    const ticks = [Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 6), Date.UTC(2022, 0, 11)].map((t) => new Date(t));
    drawAxisBottom(g, scale, ticks, ['1 Jan', '6 Jan', '11 Jan']);
    const offset = window.devicePixelRatio > 1 ? 0 : 0.5;
    expect(g.node()!.outerHTML).to.equal('<g fill="none" font-size="10" font-family="sans-serif" text-anchor="middle">'
      + `<path class="domain" stroke="currentColor" d="M${offset},6V${offset}H${800 + offset}V6"></path>`
      + tick(offset, '1 Jan') + tick(400 + offset, '6 Jan') + tick(800 + offset, '11 Jan') + '</g>');
    const kept = g.selectAll<SVGGElement, unknown>('.tick').nodes()[1];
    drawAxisBottom(g, scale, ticks.slice(1), ['6 Jan', '11 Jan']);
    expect(g.selectAll<SVGTextElement, unknown>('.tick text').nodes().map((n) => n.textContent)).to.deep.equal(['6 Jan', '11 Jan']);
    expect(g.selectAll<SVGGElement, unknown>('.tick').nodes()[0] === kept).to.equal(true); // keyed by position: the 6 Jan tick stays
    drawAxisBottom(g, scale.copy().range([0, 400]), ticks.slice(1), ['6 Jan', '11 Jan']);
    expect(g.select('.domain').attr('d')).to.equal(`M${offset},6V${offset}H${400 + offset}V6`);
    expect(g.selectAll<SVGGElement, unknown>('.tick').nodes().map((n) => n.getAttribute('transform'))).to.deep.equal([`translate(${200 + offset},0)`, `translate(${400 + offset},0)`]);
    g.node()!.ownerSVGElement!.remove();
  });

  it('gives the nodes of ticks that leave to ticks that come, drawing what a fresh axis draws', () => {
    const svg = select(document.body).append('svg');
    const g = svg.append('g');
    const fresh = svg.append('g');
    const scale = scaleUtc().domain([Date.UTC(2000, 0, 1), Date.UTC(2020, 0, 1)]).range([0, 1000]);
    const years = (from: number, to: number, step: number) => {
      const out: Date[] = [];
      for (let y = from; y <= to; y += step) out.push(new Date(Date.UTC(y, 0, 1)));
      return out;
    };
    // Every 5 years, then every 2 (2000, 2010 and 2020 stay), then every 4, then fewer.
    const steps = [years(2000, 2020, 5), years(2000, 2020, 2), years(2000, 2020, 4), years(2004, 2012, 4), years(2001, 2019, 3)];
    for (const ticks of steps) {
      const labels = ticks.map((d) => String(d.getUTCFullYear()));
      const before = new Map(g.selectAll<SVGGElement, Date>('.tick').nodes().map((n) => [n.querySelector('text')!.textContent, n]));
      drawAxisBottom(g, scale, ticks, labels);
      fresh.selectAll('*').remove();
      drawAxisBottom(fresh, scale, ticks, labels);
      expect(g.node()!.innerHTML, labels.join(' ')).to.equal(fresh.node()!.innerHTML);
      const drawn = g.selectAll<SVGGElement, Date>('.tick').nodes();
      // A tick that stays keeps its node; the data bound is each tick's date.
      for (const n of drawn) if (before.has(n.querySelector('text')!.textContent)) expect(n).to.equal(before.get(n.querySelector('text')!.textContent));
      expect(g.selectAll<SVGGElement, Date>('.tick').data().map(Number)).to.deep.equal(ticks.map(Number));
      // Nodes are made only for ticks beyond those there were: every node already there is drawn again.
      const made = drawn.filter((n) => ![...before.values()].includes(n)).length;
      expect(made, labels.join(' ')).to.equal(Math.max(0, ticks.length - before.size));
    }
    svg.remove();
  });
});
