import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/elements/results-gauge/define.js';
import type { CapResultsGauge } from '../../../src/elements/results-gauge/results-gauge.js';
import type { QuizResults } from '../../../src/core/types.js';
import { choose, click, emulate, itEmulatingMedia, record, settle, shadow, waitFor } from '../../helpers.js';

const MINI = '/tests/fixtures/mini-questionnaire.json';

function results(overrides: Partial<QuizResults> = {}): QuizResults {
  return {
    questionnaireId: 'cap-numerique-maturite',
    version: '2026.1',
    score: 62,
    level: 'en-progression',
    dimensions: [
      { id: 'strategie', score: 48, level: 'en-demarrage', answered: 4 },
      { id: 'outils', score: 81, level: 'bien-outillee', answered: 4 },
      { id: 'competences', score: 30, level: 'peu-initiee', answered: 3 },
      { id: 'communication', score: 70, level: 'en-progression', answered: 4 },
      { id: 'collaboration', score: 66, level: 'en-progression', answered: 4 },
      { id: 'donnees', score: null, level: null, answered: 0 },
    ],
    weakest: ['competences', 'strategie'],
    themes: ['formation', 'emploi-benevolat', 'strategie', 'financement'],
    completedAt: '2026-03-03T10:00:00.000Z',
    ...overrides,
  };
}

const meter = (el: Element) => shadow(el).querySelector('[role="meter"]');
const alertText = (el: Element) => shadow(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';

async function drawn(el: CapResultsGauge): Promise<void> {
  await waitFor(() => !!meter(el) || !!shadow(el).querySelector('[role="alert"], [part="empty"], [part="partial"]'), 'nothing drawn');
  await settle(el);
}

describe('<cap-results-gauge>', () => {
  afterEach(async () => {
    fixtureCleanup();
    localStorage.clear();
    await emulate({});
  });

  describe('following a quiz', () => {
    // First in this file: the quiz is not defined yet when the gauge starts following it.
    it('follows a quiz defined after it, and updates when the quiz completes and restarts', async () => {
      expect(customElements.get('cap-maturity-quiz')).to.equal(undefined);
      const wrapper = await fixture(html`<div>
        <cap-results-gauge for="quiz-1"></cap-results-gauge>
        <cap-maturity-quiz id="quiz-1" src=${MINI} persist="none"></cap-maturity-quiz>
      </div>`);
      const gauge = wrapper.querySelector('cap-results-gauge')!;
      await drawn(gauge);
      expect(shadow(gauge).querySelector('[part="empty"]')!.textContent).to.contain('Pas encore de résultat');
      await expect(gauge).to.be.accessible();

      await import('../../../src/elements/maturity-quiz/define.js');
      const quiz = wrapper.querySelector('cap-maturity-quiz')!;
      await waitFor(() => !!quiz.questionnaire, 'quiz not loaded');
      await settle(quiz);
      await click(quiz, 'Commencer');
      await choose(quiz, 'Sur nos ordinateurs');
      await click(quiz, 'Suivant');
      await click(quiz, 'Suivant');
      await choose(quiz, 'Non');
      await click(quiz, 'Vérifier mes réponses');
      await click(quiz, 'Voir mes résultats');
      await waitFor(() => !!meter(gauge), 'the gauge did not follow the completed quiz');
      expect(meter(gauge)!.getAttribute('aria-valuenow')).to.equal(String(quiz.results!.score));
      // Names come from the followed questionnaire.
      expect(shadow(gauge).querySelector('[part="dimension"]')!.textContent).to.contain('Outils');

      await click(quiz, 'Recommencer');
      quiz.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
      await waitFor(() => !meter(gauge), 'the gauge kept old results after a restart');
    });

    it('shows the results of a quiz restored from storage', async () => {
      localStorage.setItem(
        'cap-numerique:quiz:mini:1',
        JSON.stringify({
          answers: { 'q-single': 'sauvegarde', 'q-multiple': ['agenda', 'visio'], 'q-yesno': 'no' },
          index: 2,
          savedAt: '2026-03-03T10:00:00.000Z',
          completedAt: '2026-03-03T10:00:00.000Z',
        }),
      );
      const wrapper = await fixture(html`<div>
        <cap-maturity-quiz id="quiz-2" src=${MINI}></cap-maturity-quiz>
        <cap-results-gauge for="quiz-2"></cap-results-gauge>
      </div>`);
      const gauge = wrapper.querySelector('cap-results-gauge')!;
      await waitFor(() => !!meter(gauge), 'restored results not shown');
      // outils 100, donnees 0 → 50
      expect(meter(gauge)!.getAttribute('aria-valuenow')).to.equal('50');
      expect(meter(gauge)!.getAttribute('aria-valuetext')).to.equal('50 sur 100, niveau Avancé');
    });
  });

  describe('standalone value', () => {
    it('is a meter whose value text names the level', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value="62"></cap-results-gauge>`);
      await drawn(el);
      const m = meter(el)!;
      expect(m.getAttribute('aria-valuenow')).to.equal('62');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('100');
      expect(m.getAttribute('aria-valuetext')).to.equal('62 sur 100, niveau En progression');
      expect(m.getAttribute('aria-label')).to.equal('Score de maturité numérique');
      expect(shadow(el).querySelector('[part="level"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Niveau : En progression');
      expect(shadow(el).querySelectorAll('.band')).to.have.length(4);
      await expect(el).to.be.accessible();
    });

    for (const [value, level] of [
      [0, 'Peu initiée'],
      [34, 'Peu initiée'],
      [35, 'En démarrage'],
      [60, 'En progression'],
      [80, 'Bien outillée'],
      [100, 'Bien outillée'],
    ] as const) {
      it(`writes the level for ${value}: ${level}`, async () => {
        const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value=${value}></cap-results-gauge>`);
        await drawn(el);
        expect(shadow(el).querySelector('[part="level"]')!.textContent).to.contain(level);
        await expect(el).to.be.accessible();
      });
    }

    it('speaks English with lang="en"', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value="90" lang="en"></cap-results-gauge>`);
      await drawn(el);
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('90 out of 100, level Well equipped');
    });

    it('shows no sector figure for a score alone in the upper half of the scale, and no share of associations per level', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value="62" show-sector></cap-results-gauge>`);
      await drawn(el);
      expect(shadow(el).querySelector('[part="sector"]')).to.equal(null);
      expect(shadow(el).textContent).to.not.match(/des associations étaient au niveau/);
    });

    it('with show-sector, puts a low score next to the share of leaders reporting difficulties, with source and denominator', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value="42" show-sector></cap-results-gauge>`);
      await drawn(el);
      const sector = shadow(el).querySelector('[part="sector"]')!.textContent!.replace(/\s+/g, ' ');
      expect(sector).to.contain('76 % des dirigeants associatifs interrogés déclarent des difficultés');
      expect(sector).to.contain('Solidatech et Recherches & Solidarités');
      expect(sector).to.contain('2 776 dirigeants associatifs, printemps 2022');
      expect(sector).to.contain('Réponses déclaratives');
      await expect(el).to.be.accessible();
    });

    it('updates when the value changes', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value="20"></cap-results-gauge>`);
      await drawn(el);
      el.value = 85;
      await settle(el);
      expect(meter(el)!.getAttribute('aria-valuetext')).to.contain('Bien outillée');
    });
  });

  describe('results', () => {
    it('draws one labelled bar per dimension with its score and level', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .results=${results()}></cap-results-gauge>`);
      await drawn(el);
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('62');
      const list = shadow(el).querySelector('[part="dimensions"]')!;
      expect(list.tagName).to.equal('OL');
      const items = Array.from(list.querySelectorAll('li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items[0]).to.equal('Stratégie et gouvernance du numérique 48 sur 100 — En démarrage');
      expect(items[5]).to.equal('Données, sécurité et RGPD non évaluée');
      expect(shadow(el).querySelectorAll('[part="bar"]')).to.have.length(6);
      expect(shadow(el).querySelector('[part="bar"] .bar-fill')!.getAttribute('width')).to.equal('48');
      await expect(el).to.be.accessible();
    });

    it('hides the dimensions with no-dimensions', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge no-dimensions .results=${results()}></cap-results-gauge>`);
      await drawn(el);
      expect(shadow(el).querySelector('[part="dimensions"]')).to.equal(null);
      expect(meter(el)).to.exist;
    });

    it('draws a radar with chart="radar", the list numbered to match its axes', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge chart="radar" .results=${results()}></cap-results-gauge>`);
      await drawn(el);
      const radar = shadow(el).querySelector('[part="radar"]')!;
      expect(radar.getAttribute('aria-hidden')).to.equal('true');
      expect(radar.querySelectorAll('.axis')).to.have.length(6);
      expect(radar.querySelectorAll('.dot')).to.have.length(6);
      expect(Array.from(radar.querySelectorAll('.axis-number')).map((t) => t.textContent)).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      expect(shadow(el).querySelectorAll('[part="dimension"]')).to.have.length(6);
      expect(shadow(el).querySelector('[part="bar"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('still draws results saved before they said why a score is missing (a null score)', async () => {
      const el = await fixture<CapResultsGauge>(
        html`<cap-results-gauge .results=${results({ score: null, level: null })}></cap-results-gauge>`,
      );
      await drawn(el);
      expect(meter(el)).to.equal(null);
      expect(shadow(el).querySelector('[part="partial"]')!.textContent).to.contain('Pas de score global');
      await expect(el).to.be.accessible();
    });

    it('says why a result is partial: too few dimensions assessed, and which ones and why', async () => {
      const partial = results({
        score: null,
        level: null,
        partial: true,
        partialReason: 'dimensions',
        dimensions: [
          { id: 'strategie', score: 48, level: 'en-demarrage', answered: 4, status: 'scored', questions: 4, unknown: 0, notApplicable: 0 },
          { id: 'outils', score: null, level: null, answered: 1, status: 'not-assessed', questions: 4, unknown: 0, notApplicable: 3 },
          { id: 'competences', score: null, level: null, answered: 1, status: 'not-assessed', questions: 4, unknown: 0, notApplicable: 0 },
        ],
      });
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .results=${partial}></cap-results-gauge>`);
      await drawn(el);
      expect(meter(el)).to.equal(null);
      expect(shadow(el).querySelector('[part="partial"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
        'Résultat partiel : 2 dimensions sur 3 n’ont pas pu être évaluées',
      );
      const items = Array.from(shadow(el).querySelectorAll('[part="dimension"]')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(items[1]).to.equal('Outils et équipement non évaluée : « Non concerné » pour 3 questions sur 4');
      expect(items[2]).to.equal('Compétences et accompagnement non évaluée : moins de la moitié de ses questions ont une réponse qui compte');
      await expect(el).to.be.accessible();
    });

    it('says when a result is partial because most answers are « Je ne sais pas »', async () => {
      const el = await fixture<CapResultsGauge>(
        html`<cap-results-gauge .results=${results({ score: null, level: null, partial: true, partialReason: 'unknown' })}></cap-results-gauge>`,
      );
      await drawn(el);
      expect(shadow(el).querySelector('[part="partial"]')!.textContent).to.contain('plus de la moitié des réponses sont');
    });

    it('with show-sector, ties each figure to an answer: whom to ask, a low level, a weak strategy', async () => {
      const tied = results({ score: 30, level: 'peu-initiee', knowsWhomToAsk: false, weakest: ['strategie', 'competences'] });
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge show-sector .results=${tied}></cap-results-gauge>`);
      await drawn(el);
      const figures = Array.from(shadow(el).querySelectorAll('[part="sector"] li')).map((li) => li.textContent!.replace(/\s+/g, ' '));
      expect(figures).to.have.length(3);
      expect(figures[0]).to.contain('11 % des dirigeants associatifs interrogés');
      expect(figures[0]).to.contain('une catégorie de l’enquête, qui n’est pas un niveau de ce diagnostic');
      expect(figures[1]).to.contain('76 %');
      expect(figures[2]).to.contain('19 % des dirigeants interrogés en 2019, 24 % en 2022');
      // Results without those answers: no figure.
      el.results = results({ knowsWhomToAsk: true, weakest: ['competences'] });
      await drawn(el);
      await settle(el);
      expect(shadow(el).querySelector('[part="sector"]') === null).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    for (const value of ['140', '-5', 'beaucoup', '']) {
      it(`says value="${value}" is not a score and draws nothing outside the gauge`, async () => {
        const errors: CustomEvent[] = [];
        document.addEventListener('cap-error', (e) => errors.push(e as CustomEvent), { once: true });
        const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value=${value}></cap-results-gauge>`);
        await drawn(el);
        expect(alertText(el)).to.contain(`La valeur « ${value || '""'} » de l’attribut value n’est pas un score entre 0 et 100`);
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.issues[0].path).to.equal('value');
        expect(meter(el)).to.equal(null);
        expect(shadow(el).querySelector('.fill')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('rejects NaN and infinity given as properties', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .value=${Number.POSITIVE_INFINITY}></cap-results-gauge>`);
      await drawn(el);
      expect(alertText(el)).to.contain('Infinity');
      el.value = Number.NaN;
      await drawn(el);
      expect(alertText(el)).to.contain('NaN');
    });

    it('says results lack their dimensions', async () => {
      const el = await fixture<CapResultsGauge>(
        html`<cap-results-gauge .results=${{ score: 50, level: 'en-demarrage' } as never}></cap-results-gauge>`,
      );
      await drawn(el);
      expect(alertText(el)).to.contain('dimensions : required');
      // The valid part is still drawn.
      expect(meter(el)!.getAttribute('aria-valuenow')).to.equal('50');
      await expect(el).to.be.accessible();
    });

    it('says which level is unknown, and keeps the valid dimensions', async () => {
      const bad = results({ level: 'champion' });
      bad.dimensions[1] = { ...bad.dimensions[1]!, level: 'expert' };
      bad.dimensions[2] = { id: 'competences', score: 'trente' as never, level: 'peu-initiee', answered: 1 };
      const events = record(document, 'cap-error');
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .results=${bad}></cap-results-gauge>`);
      await drawn(el);
      const text = alertText(el);
      expect(text).to.contain('level : unknown level "champion"');
      expect(text).to.contain('dimensions[1].level : unknown level "expert"');
      expect(text).to.contain('dimensions[2].score : expected a number, got string');
      expect(events).to.have.length(1);
      // Level recomputed from the score; five usable dimensions drawn.
      expect(meter(el)!.getAttribute('aria-valuetext')).to.equal('62 sur 100, niveau En progression');
      expect(shadow(el).querySelectorAll('[part="dimension"]')).to.have.length(5);
    });

    it('never draws a score beyond 100 from results', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .results=${results({ score: 180 })}></cap-results-gauge>`);
      await drawn(el);
      expect(alertText(el)).to.contain('score : must be at most 100');
      expect(meter(el)).to.equal(null);
    });
  });

  describe('motion, colours, print and size', () => {
    const fillPath = (el: Element) => shadow(el).querySelector('.fill')?.getAttribute('d') ?? '';

    itEmulatingMedia('animates the fill, but not under prefers-reduced-motion', async () => {
      const moving = await fixture<CapResultsGauge>(html`<cap-results-gauge value="90"></cap-results-gauge>`);
      await drawn(moving);
      const early = fillPath(moving);
      await new Promise((r) => setTimeout(r, 900));
      await settle(moving);
      const final = fillPath(moving);
      expect(early).to.not.equal(final);

      fixtureCleanup();
      await emulate({ reducedMotion: 'reduce' });
      const still = await fixture<CapResultsGauge>(html`<cap-results-gauge value="90"></cap-results-gauge>`);
      await drawn(still);
      expect(fillPath(still)).to.equal(final);
    });

    it('takes the level colours from --cap-* tokens, and the track colour from --cap-gauge-track', async () => {
      await emulate({ reducedMotion: 'reduce' });
      const el = await fixture<CapResultsGauge>(
        html`<cap-results-gauge value="70" class="themed"></cap-results-gauge>`,
      );
      el.style.setProperty('--cap-color-level-3', 'rgb(1, 2, 3)');
      el.style.setProperty('--cap-gauge-track', 'rgb(4, 5, 6)');
      await drawn(el);
      // The arcs may come a frame after the meter (Firefox, which cannot emulate reduced motion, animates them).
      await waitFor(() => !!shadow(el).querySelector('.fill') && !!shadow(el).querySelector('.track'), 'arcs not drawn');
      expect(getComputedStyle(shadow(el).querySelector('.fill')!).fill).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(shadow(el).querySelector('.track')!).fill).to.equal('rgb(4, 5, 6)');
    });

    itEmulatingMedia('switches to a dark scheme through the tokens when the page allows it', async () => {
      await emulate({ colorScheme: 'dark' });
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge value="70"></cap-results-gauge>`);
      el.style.setProperty('color-scheme', 'light dark');
      await drawn(el);
      expect(getComputedStyle(el).color).to.equal('rgb(238, 238, 238)');
      await expect(el).to.be.accessible();
    });

    itEmulatingMedia('stays readable in forced-colors mode', async () => {
      await emulate({ forcedColors: 'active', reducedMotion: 'reduce' });
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .results=${results()}></cap-results-gauge>`);
      await drawn(el);
      const fill = getComputedStyle(shadow(el).querySelector('.fill')!).fill;
      const track = getComputedStyle(shadow(el).querySelector('.track')!);
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(fill).to.not.equal(track.fill);
      expect(track.stroke).to.not.equal('none');
      await expect(el).to.be.accessible();
    });

    itEmulatingMedia('prints in black and white without animation', async () => {
      await emulate({ media: 'print' });
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge .results=${results()}></cap-results-gauge>`);
      await drawn(el);
      expect(getComputedStyle(shadow(el).querySelector('.fill')!).fill).to.equal('rgb(0, 0, 0)');
      expect(getComputedStyle(shadow(el).querySelector('.bar-fill')!).fill).to.equal('rgb(0, 0, 0)');
      const path = fillPath(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(fillPath(el)).to.equal(path);
    });

    it('fits 280 px without overflow, and grows with its container', async () => {
      const wrapper = await fixture(html`<div class="narrow"><cap-results-gauge chart="radar" .results=${results()}></cap-results-gauge></div>`);
      (wrapper as HTMLElement).style.width = '280px';
      const el = wrapper.querySelector('cap-results-gauge')!;
      await drawn(el);
      expect(el.scrollWidth).to.be.at.most(280);
      for (const part of shadow(el).querySelectorAll('svg, li')) {
        expect(part.getBoundingClientRect().width).to.be.at.most(280);
      }
      (wrapper as HTMLElement).style.width = '900px';
      await settle(el);
      expect(shadow(el).querySelector('.dial')!.getBoundingClientRect().width).to.be.greaterThan(280);
      await expect(el).to.be.accessible();
    });

    it('exposes its pieces as parts', async () => {
      const el = await fixture<CapResultsGauge>(html`<cap-results-gauge show-sector .results=${results({ knowsWhomToAsk: false })}></cap-results-gauge>`);
      await drawn(el);
      for (const part of ['gauge', 'meter', 'level', 'sector', 'dimensions', 'dimension', 'label', 'bar']) {
        expect(shadow(el).querySelector(`[part~="${part}"]`), part).to.exist;
      }
    });
  });
});
