import { expect } from '@open-wc/testing';
import { quantile, questionnaireChoices, selectContacts, selectDiagnostics, summarize, weakestOf } from '../../src/core/network-overview.js';
import { readRows, type Diagnostic } from '../../src/core/network-read.js';
import { contactRow, resultsRow } from '../fixtures/network-rows.js';

const LEVELS = ['peu-initiee', 'en-demarrage', 'en-progression', 'bien-outillee'];

const diagnostics = (rows: object[]): Diagnostic[] => {
  const value = readRows(rows);
  expect(value.bad).to.deep.equal([]);
  return value.diagnostics;
};

describe('network overview figures', () => {
  it('interpolates quantiles between the nearest values', () => {
    expect(quantile([10], 0.5)).to.equal(10);
    expect(quantile([10, 20], 0.5)).to.equal(15);
    expect(quantile([1, 2, 3, 4], 0.25)).to.equal(1.75);
    expect(quantile([1, 2, 3, 4, 5], 0.75)).to.equal(4);
    expect(quantile([], 0.5)).to.be.NaN;
  });

  it('picks the two weakest assessed dimensions as the quiz does (ties: the first listed)', () => {
    const dims = (scores: (number | null)[]) => ({ dimensions: scores.map((score, i) => ({ id: `d${i}`, score, level: null })) });
    expect(weakestOf(dims([50, 10, 30, 10]))).to.deep.equal(['d1', 'd3']);
    expect(weakestOf(dims([null, 40, null]))).to.deep.equal(['d1']);
    expect(weakestOf(dims([null]))).to.deep.equal([]);
  });

  it('lists questionnaire versions, the most recently used first, and selects one over a period', () => {
    const list = diagnostics([
      resultsRow(1, { version: '1', date: '2026-01-10' }),
      resultsRow(2, { version: '2', date: '2026-03-01' }),
      resultsRow(3, { version: '2', date: '2026-03-20' }),
      resultsRow(4, { version: '1', date: '2026-02-01' }),
    ]);
    const choices = questionnaireChoices(list);
    expect(choices.map((c) => [c.version, c.count, c.last])).to.deep.equal([
      ['2', 2, '2026-03-20'],
      ['1', 2, '2026-02-01'],
    ]);
    expect(selectDiagnostics(list, choices[0]!.key, {}).map((d) => d.line)).to.deep.equal([2, 3]);
    expect(selectDiagnostics(list, choices[0]!.key, { from: '2026-03-02' }).map((d) => d.line)).to.deep.equal([3]);
    expect(selectDiagnostics(list, undefined, { from: '2026-01-15', to: '2026-03-01' }).map((d) => d.line)).to.deep.equal([2, 4]);
  });

  it('counts diagnostics per month with the empty months in between, or per day over a short period', () => {
    const months = summarize(diagnostics([resultsRow(1, { date: '2025-11-30' }), resultsRow(2, { date: '2026-02-01' }), resultsRow(3, { date: '2026-02-27' })]), LEVELS);
    expect(months.step).to.equal('month');
    expect(months.timeline).to.deep.equal([
      { period: '2025-11', count: 1 },
      { period: '2025-12', count: 0 },
      { period: '2026-01', count: 0 },
      { period: '2026-02', count: 2 },
    ]);
    const days = summarize(diagnostics([resultsRow(1, { date: '2026-02-27' }), resultsRow(2, { date: '2026-03-01' })]), LEVELS);
    expect(days.step).to.equal('day');
    expect(days.timeline.map((p) => p.period)).to.deep.equal(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(summarize([], LEVELS).timeline).to.deep.equal([]);
  });

  it('counts levels in the questionnaire’s order, then unknown ids, then no level', () => {
    const o = summarize(
      diagnostics([
        resultsRow(1, { level: 'bien-outillee' }),
        resultsRow(2, { level: null, score: null }),
        resultsRow(3, { level: 'peu-initiee' }),
        resultsRow(4, { level: 'autre' }),
        resultsRow(5, { level: 'peu-initiee' }),
      ]),
      LEVELS,
    );
    expect(o.levels).to.deep.equal([
      { id: 'peu-initiee', count: 2 },
      { id: 'en-demarrage', count: 0 },
      { id: 'en-progression', count: 0 },
      { id: 'bien-outillee', count: 1 },
      { id: 'autre', count: 1 },
      { id: null, count: 1 },
    ]);
  });

  it('gives each dimension its median and spread over the diagnostics that assess it', () => {
    const o = summarize(
      diagnostics([
        resultsRow(1, { scores: [0, 10, null] }),
        resultsRow(2, { scores: [50, 30, null] }),
        resultsRow(3, { scores: [100, 20, null] }),
        resultsRow(4, { scores: [25, null, null] }),
      ]),
      LEVELS,
    );
    const [strategie, outils, competences] = o.dimensions;
    expect(strategie).to.deep.equal({ id: 'strategie', count: 4, min: 0, q1: 18.75, median: 37.5, q3: 62.5, max: 100 });
    expect(outils).to.include({ count: 3, median: 20, min: 10, max: 30 });
    expect(competences).to.include({ id: 'competences', count: 0 });
    expect(competences!.median).to.be.NaN;
  });

  it('counts how often each dimension is among the two weakest, over diagnostics with one assessed', () => {
    const o = summarize(
      diagnostics([
        resultsRow(1, { scores: [10, 20, 90, 90, 90, 90] }),
        resultsRow(2, { scores: [90, 20, 10, 90, 90, 90] }),
        resultsRow(3, { scores: [null, null, null, null, null, null] }),
      ]),
      LEVELS,
    );
    expect(o.weakest).to.deep.equal([
      { id: 'outils', count: 2 },
      { id: 'strategie', count: 1 },
      { id: 'competences', count: 1 },
    ]);
    expect(o.withWeakest).to.equal(2);
  });

  it('breaks diagnostics down by département, « non renseigné » last among equals', () => {
    const o = summarize(
      diagnostics([resultsRow(1, { department: '2A' }), resultsRow(2, { department: undefined }), resultsRow(3, { department: '01' }), resultsRow(4, { department: '01' })]),
      LEVELS,
    );
    expect(o.departments).to.deep.equal([
      { code: '01', count: 2 },
      { code: '2A', count: 1 },
      { code: null, count: 1 },
    ]);
  });

  it('counts « ne sait pas à qui s’adresser » over the diagnostics that carry the answer only', () => {
    const o = summarize(
      diagnostics([resultsRow(1, { knowsWhomToAsk: false }), resultsRow(2, { knowsWhomToAsk: true }), resultsRow(3, { knowsWhomToAsk: false }), resultsRow(4)]),
      LEVELS,
    );
    expect(o.whomToAsk).to.deep.equal({ answered: 3, dontKnow: 2 });
    expect(summarize(diagnostics([resultsRow(1)]), LEVELS).whomToAsk).to.deep.equal({ answered: 0, dontKnow: 0 });
  });

  it('lists contact requests least initiated first, then the longest waiting, and filters them', () => {
    const { contacts } = readRows([
      contactRow(1, { receivedAt: '2026-11-05T09:00:00.000Z' }),
      contactRow(2, { receivedAt: '2026-11-04T09:00:00.000Z', results: undefined }),
      contactRow(3, { receivedAt: '2026-11-06T09:00:00.000Z', results: { questionnaireId: 'q', version: 1, level: 'peu-initiee' } }),
      contactRow(4, { receivedAt: '2026-11-01T09:00:00.000Z' }),
      contactRow(5, { receivedAt: '2026-11-02T09:00:00.000Z', commune: { name: 'Ajaccio', insee: '2A004' }, department: '2A' }),
    ]);
    const ids = (filter: Parameters<typeof selectContacts>[1]) => selectContacts(contacts, filter, LEVELS).map((c) => c.row.id);
    expect(ids({})).to.deep.equal([3, 4, 5, 1, 2]);
    expect(ids({ level: 'en-demarrage' })).to.deep.equal([4, 5, 1]);
    expect(ids({ level: 'none' })).to.deep.equal([2]);
    expect(ids({ department: '2A' })).to.deep.equal([5]);
    expect(ids({ from: '2026-11-04', to: '2026-11-05' })).to.deep.equal([1, 2]);
  });
});
