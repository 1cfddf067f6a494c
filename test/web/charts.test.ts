/**
 * Charts drawn on the server: geometry from the scales, what each chart says in words, the data
 * table behind it, escaping of every label, and the charts on the home, source and speaker pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import type { Express } from 'express';
import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import { barChart } from '../../server/web/charts/bars.ts';
import { columnChart } from '../../server/web/charts/columns.ts';
import { speakerColours, UNATTRIBUTED_COLOUR } from '../../server/web/charts/palette.ts';
import { countWords } from '../../server/web/charts/source-charts.ts';
import { terms } from '../../server/search/tokenize.ts';
import { MAX_SEGMENTS, stripChart, type StripTurn } from '../../server/web/charts/strip.ts';
import { helpers } from '../../server/web/view-helpers.ts';
import { createApp } from '../../server/app.ts';
import { ROOT, seededApp, SOURCES, testConfig } from './helpers.ts';
import { timedEngine } from './timed.ts';

const colour = speakerColours(['a', 'b']);
const turn = (id: string, speaker: string | null, words: number, start?: number, end?: number): StripTurn => ({ id, speaker, name: speaker ?? 'Unattributed', words, ...(start !== undefined ? { start, end } : {}) });

describe('who speaks when', () => {
  it('lays turns along the time when every turn has one, joining a speaker’s consecutive turns', () => {
    const chart = stripChart('s', [turn('t1', 'a', 10, 0, 30), turn('t2', 'a', 5, 30, 40), turn('t3', 'b', 50, 40, 100), turn('t4', null, 3, 100, 120)], colour)!;
    expect(chart.measure).toBe('time');
    expect(chart.segments.map((s) => [s.id, s.x, s.w])).toEqual([
      ['t1', 0, 33.33],
      ['t3', 33.33, 50],
      ['t4', 83.33, 16.67],
    ]);
    expect(chart.segments[2]!.colour).toBe(UNATTRIBUTED_COLOUR);
    expect(chart.segments[0]!.tip).toBe('a, 0:00–0:40 (2 turns)');
    expect(chart.summary).toBe('4 turns by 3 voices, in order, over 2:00.');
    expect(chart.ticks.map((t) => t.label)).toEqual(['0:00', '0:20', '0:40', '1:00', '1:20', '1:40', '2:00']);
    expect([chart.ticks[0]!.anchor, chart.ticks[1]!.anchor, chart.ticks.at(-1)!.anchor]).toEqual(['start', 'middle', 'end']);
    expect(chart.table.rows[0]![0]).toEqual({ text: 'a', href: '#t1' });
  });

  it('lays turns by their words when a turn has no time, and slices a very long transcript', () => {
    const words = stripChart('s', [turn('t1', 'a', 30), turn('t2', 'b', 10, 5, 9)], colour)!;
    expect(words.measure).toBe('words');
    expect(words.segments.map((s) => s.w)).toEqual([75, 25]);
    const many = Array.from({ length: 2000 }, (_, i) => turn(`t${i}`, i % 3 === 0 ? 'a' : 'b', 10));
    const long = stripChart('s', many, colour)!;
    expect(long.segments).toHaveLength(MAX_SEGMENTS);
    expect(long.table.rows).toHaveLength(300);
    expect(long.table.note).toMatch(/^The first 300 of 1,334 stretches/);
  });
});

describe('talk time', () => {
  it('counts words as the search tokenizer splits them', () => {
    for (const text of ['', 'It’s a café — in Raqqa, 2017!', "don't  stop\n\nnow", '   ']) expect(countWords(text), text).toBe(terms(text).length);
  });
});

describe('bar and column charts', () => {
  it('size bars by a linear scale in percent, and write each figure inside a long bar or after a short one', () => {
    const chart = barChart('b', 'T', 'S', [
      { label: 'x', values: [{ value: 40, colour: '#000', tip: '', text: '40' }] },
      { label: 'y', values: [{ value: 10, colour: '#000', tip: '', text: '10' }] },
      { label: 'z', values: [{ value: 0, colour: '#000', tip: '', text: '0' }] },
    ], null);
    expect(chart.rows.map((r) => [r.bars[0]!.pct, r.bars[0]!.inside])).toEqual([[100, true], [25, false], [0, false]]);
    expect(chart.rows.map((r) => r.y)).toEqual([0, 54, 108]);
    expect(chart.height).toBe(150);
  });

  it('count per year with the empty years between, per month within one year, and say what is left out', () => {
    const years = columnChart('c', 'Quotes over time', [{ date: '2015-03', count: 2 }, { date: '2017', count: 5 }, { date: '2017-07-21', count: 1 }], 4, ['quote', 'quotes'])!;
    expect(years.columns.map((c) => [c.label, c.count])).toEqual([['2015', 2], ['2016', 0], ['2017', 6]]);
    expect(years.columns[1]!.h).toBe(0);
    expect(years.summary).toBe('8 quotes from 2015 to 2017, most in 2017; 4 quotes from undated sources are not shown.');
    expect(years.table.rows).toEqual([[{ text: '2015' }, { text: '2', num: true }], [{ text: '2017' }, { text: '6', num: true }]]);
    const months = columnChart('c', 'T', [{ date: '2017-05-01', count: 1 }, { date: '2017-07', count: 3 }], 0, ['quote', 'quotes'])!;
    expect(months.columns.map((c) => c.label)).toEqual(['May 2017', 'Jun 2017', 'Jul 2017']);
    expect(columnChart('c', 'T', [{ date: '2017-07', count: 3 }], 0, ['quote', 'quotes'])).toBeNull();
  });

  it('are drawn from escaped labels, with a title, a description and the data table', () => {
    const hbs = Handlebars.create();
    const partial = (name: string) => readFileSync(path.join(ROOT, 'views/partials/charts', `${name}.hbs`), 'utf8');
    hbs.registerPartial('charts/table', partial('table'));
    hbs.registerHelper(helpers);
    const evil = '<script>alert(1)</script> & "Co"';
    const chart = barChart('b', 'Quotes per speaker', `${evil} has the most`, [{ label: evil, values: [{ value: 3, colour: '#0b5563', tip: evil, text: '3 quotes' }] }], {
      caption: 'Quotes per speaker',
      head: [{ text: 'Speaker' }, { text: 'Quotes', num: true }],
      rows: [[{ text: evil, href: '/speakers/x' }, { text: '3', num: true }]],
    });
    const html = hbs.compile(partial('bars'))(chart);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(html).toContain('<svg class="bars" width="100%" height="42" role="img" aria-labelledby="b-title b-desc" focusable="false">');
    expect(html).toMatch(/<rect x="0" y="20" width="100%" height="18" fill="#0b5563"/);
    expect(html).toMatch(/<th scope="row"><a href="\/speakers\/x">&lt;script&gt;/);
  });
});

describe('pages with charts', () => {
  let app: Express;
  beforeAll(async () => {
    ({ app } = await seededApp());
  });

  it('the home page shows quotes per speaker and per source for each collection', async () => {
    const html = (await request(app).get('/')).text;
    expect(html).toContain('<span class="chart-title">Quotes per speaker</span> <span class="chart-summary">4 named speakers; Abdalaziz Alhamza has the most (7 quotes, 37% of theirs).</span>');
    expect(html).toContain('aria-labelledby="chart-city-of-ghosts-sources-title chart-city-of-ghosts-sources-desc"');
    expect(html).toMatch(/<th scope="row"><a href="\/sources\/003-e883455660d33f06">Interview with Matthew Heineman and Abdalaziz Alhamza<\/a><\/th><td class="num">23<\/td>/);
  });

  it('a transcript’s page shows who speaks when, each segment linked to its turn, and talk time', async () => {
    const html = (await request(app).get(`/sources/${SOURCES.interview}`)).text;
    expect(html).toContain('<span class="chart-summary">23 turns by 4 voices, in order, each as long as its words.</span>');
    const segments = [...html.matchAll(/<a href="#([^"]+)" tabindex="-1"><rect /g)].map((m) => m[1]!);
    expect(segments.length).toBeGreaterThan(10);
    for (const id of segments) expect(html).toContain(`<div class="turn" id="${id}" data-quote="${id}">`);
    expect(html).toMatch(/<span class="chart-title">Talk time per speaker<\/span> <span class="chart-summary">Unnamed host says \d+% of the [\d,]+ words; 4 voices in all\.<\/span>/);
    // A review is not a conversation: no strip.
    expect((await request(app).get(`/sources/${SOURCES.review}`)).text).not.toContain('Who speaks when');
  });

  it('a speaker page shows their quotes by source, and says why there is no picture over time', async () => {
    const html = (await request(app).get('/speakers/matthew-heineman')).text;
    expect(html).toContain('<span class="chart-title">Quotes by source</span>');
    expect(html).toContain('None of the sources that quote Matthew Heineman is dated, so there is no picture over time.');
  });

  it('a transcript with times lays its turns along the time, and talk time counts the time too', async () => {
    const { engine, slug, cleanup } = await timedEngine('https://media.example.org/talk.mp3');
    try {
      const timedApp = createApp({ engine, config: testConfig() });
      const html = (await request(timedApp).get(`/sources/${slug}`)).text;
      expect(html).toContain('<span class="chart-summary">4 turns by 2 voices, in order, over 0:20.</span>');
      expect(html).toContain('Along the recording’s time (minutes:seconds).');
      expect(html).toContain('Abdalaziz Alhamza says 53% of the 40 words and speaks 55% of the time; 2 voices in all.');
      expect(html).toMatch(/<th scope="col" class="num">Share of time<\/th>/);
      const speaker = (await request(timedApp).get('/speakers/matthew-heineman')).text;
      expect(speaker).toContain('Both their dated quotes are from July 2017; 7 quotes come from undated sources.');
    } finally {
      await cleanup();
    }
  });
});
