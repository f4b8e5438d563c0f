import { arc, curveLinearClosed, line } from 'd3-shape';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import {
  clampScore,
  easeOut,
  GAUGE_END,
  GAUGE_START,
  levelBands,
  radarPoints,
  scoreToAngle,
} from '../../core/gauge-geometry.js';
import { sectorFigures } from '../../core/guidance.js';
import { formatNumber, localize, type Lang } from '../../core/i18n.js';
import type { DimensionResult, Level, PartialReason, Questionnaire, QuizResults } from '../../core/types.js';
import { BUILTIN_DIMENSION_LABELS, BUILTIN_LEVELS } from '../../data/builtin-meta.js';
import { ContextConsumer } from '@lit/context';
import { CapElement } from '../shared/cap-element.js';
import { diagnosticContext, type DiagnosticState } from '../shared/context.js';
import { renderError } from '../shared/error-view.js';
import { failure } from '../shared/failure.js';
import { tokens } from '../shared/tokens.styles.js';
import { gaugeEnglish, gaugeMsg } from './messages.js';
import { styles } from './results-gauge.styles.js';

interface QuizLike extends Element {
  results?: QuizResults | null;
  questionnaire?: Questionnaire;
}

interface Drawing {
  score: number | null;
  level: string | null;
  dimensions: DimensionResult[];
  /** Why there is no overall score (results that say so). */
  partialReason?: PartialReason;
  knowsWhomToAsk?: boolean;
  weakest?: string[];
}

const ANIMATION_MS = 700;
const TRACK = { inner: 62, outer: 88 };
const BAND = { inner: 92, outer: 98 };
const RADAR_RADIUS = 100;

const gaugeArc = arc<{ innerRadius: number; outerRadius: number; startAngle: number; endAngle: number }>();
const radarLine = line().curve(curveLinearClosed);

/**
 * Where an association stands: a half-circle gauge with the level bands, the score and the level
 * name, then one bar (or a radar) per dimension. For assistive technology it is a `meter` whose
 * value text names the level, followed by a list of the dimensions.
 *
 * @tagname cap-results-gauge
 * @summary The results gauge.
 *
 * @csspart gauge - The figure holding the overall gauge.
 * @csspart meter - The element with role="meter".
 * @csspart level - The "Niveau : …" line.
 * @csspart partial - Why the result is partial (no overall score).
 * @csspart sector - The sector figures tied to these results, with their source (`show-sector`).
 * @csspart dimensions - The list of dimensions.
 * @csspart dimension - One dimension of the list.
 * @csspart label - The texts of a dimension (name and value).
 * @csspart bar - The bar of a dimension.
 * @csspart radar - The radar chart (`chart="radar"`).
 * @csspart empty - The message shown before any result.
 * @csspart error - The error panel.
 *
 * @cssproperty --cap-color-level-1 - Colour of the first (lowest) level (default orange #b34000).
 * @cssproperty --cap-color-level-2 - Colour of the second level (default ochre #8d6200).
 * @cssproperty --cap-color-level-3 - Colour of the third level (default green #2f6b26).
 * @cssproperty --cap-color-level-4 - Colour of the fourth level and above (default blue #1a5b8c).
 * @cssproperty --cap-gauge-track - Colour of the empty part of the gauge and bars.
 * @cssproperty --cap-color-bar - Colour of the dimension bars and the radar (default: each bar takes its level's colour).
 * @cssproperty --cap-color-text - Text.
 * @cssproperty --cap-color-surface - Background.
 * @cssproperty --cap-font-family - Font (inherits the page's by default).
 *
 * @event cap-error - The value or the results cannot be read. `detail: {message, issues: [{path, message}]}`.
 */
export class CapResultsGauge extends CapElement {
  static override english = [...CapElement.english, gaugeEnglish];

  static override styles = [tokens, styles];

  static override properties = {
    ...CapElement.properties,
    value: { type: Number },
    for: { type: String, reflect: true },
    noDimensions: { type: Boolean, reflect: true, attribute: 'no-dimensions' },
    showSector: { type: Boolean, reflect: true, attribute: 'show-sector' },
    chart: { type: String, reflect: true },
    results: { attribute: false },
    questionnaire: { attribute: false },
    /** @internal */
    drawing: { state: true },
    /** @internal */
    shownScore: { state: true },
    /** @internal */
    checking: { state: true },
  };

  /** Overall score, 0–100, for standalone use (ignored when results are given or followed). */
  declare value: number | undefined;
  /** Id of a `<cap-maturity-quiz>` in the same document (or shadow root) whose results to show. */
  declare for: string | undefined;
  /** Show only the overall gauge, not the dimensions. */
  declare noDimensions: boolean;
  /**
   * Add the figures of the spring 2022 survey of association leaders (Solidatech with Recherches &
   * Solidarités) that compare with these results, each with its source: not knowing whom to ask
   * (that answer), digital difficulties (a level in the lower half of the scale), the growth of
   * strategic difficulties (a weak strategy dimension).
   */
  declare showSector: boolean;
  /** `bars` (default) or `radar`: how the dimensions are drawn. */
  declare chart: 'bars' | 'radar' | string;
  /** The results a `<cap-maturity-quiz>` emits (`cap-quiz-complete`'s `detail.results`). */
  declare results: QuizResults | undefined;
  /** The questionnaire the results come from: names its levels and dimensions (default: the built-in ones). */
  declare questionnaire: Questionnaire | undefined;

  declare private drawing: Drawing | undefined;
  declare private shownScore: number;
  /** Results are being checked (the validator is a lazy chunk): show the bare dial meanwhile. */
  declare private checking: boolean;

  private followedResults: QuizResults | null = null;
  private followedQuestionnaire: Questionnaire | undefined;
  private listeningOn: Document | ShadowRoot | undefined;
  private checkToken = 0;
  private animation = 0;
  private printQuery: MediaQueryList | undefined;
  /** Inside a `<cap-diagnostic>`: its results, shared through @lit/context. */
  private shared: DiagnosticState | undefined;

  constructor() {
    super();
    this.noDimensions = false;
    this.showSector = false;
    this.chart = 'bars';
    this.shownScore = 0;
    this.checking = false;
    new ContextConsumer(this, {
      context: diagnosticContext,
      subscribe: true,
      callback: (state) => {
        this.shared = state;
        this.refresh();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.follow();
    this.printQuery = window.matchMedia?.('print');
    this.printQuery?.addEventListener('change', this.finishAnimation);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unfollow();
    cancelAnimationFrame(this.animation);
    this.printQuery?.removeEventListener('change', this.finishAnimation);
  }

  private get levels(): Level[] {
    return this.source?.levels ?? BUILTIN_LEVELS;
  }

  private get source(): Questionnaire | undefined {
    return this.questionnaire ?? this.followedQuestionnaire ?? this.shared?.questionnaire;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for' as keyof CapResultsGauge) && this.isConnected) this.follow();
    if (
      changed.has('value' as keyof CapResultsGauge) ||
      changed.has('results' as keyof CapResultsGauge) ||
      changed.has('questionnaire' as keyof CapResultsGauge)
    ) {
      this.refresh();
    }
  }

  // ——— following a quiz ———

  private follow(): void {
    this.unfollow();
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    root.addEventListener('cap-quiz-complete', this.onQuizEvent);
    root.addEventListener('cap-quiz-start', this.onQuizEvent);
    this.listeningOn = root;
    this.pull();
    // A quiz defined after the gauge: read its results once it upgrades.
    void customElements.whenDefined('cap-maturity-quiz').then(() => this.pull());
  }

  private unfollow(): void {
    this.listeningOn?.removeEventListener('cap-quiz-complete', this.onQuizEvent);
    this.listeningOn?.removeEventListener('cap-quiz-start', this.onQuizEvent);
    this.listeningOn = undefined;
  }

  private pull(): void {
    if (!this.for) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const quiz = root.getElementById?.(this.for) as QuizLike | null;
    if (quiz?.results) this.takeFollowed(quiz.results, quiz.questionnaire);
  }

  private onQuizEvent = (event: Event): void => {
    const quiz = event.target as QuizLike;
    if (!this.for || quiz.id !== this.for) return;
    const detail = (event as CustomEvent).detail as { results?: QuizResults; resumed?: boolean };
    if (event.type === 'cap-quiz-complete' && detail?.results) {
      this.takeFollowed(detail.results, quiz.questionnaire);
    } else if (event.type === 'cap-quiz-start' && !detail?.resumed) {
      this.followedResults = null;
      this.refresh();
    }
  };

  private takeFollowed(results: QuizResults, questionnaire: Questionnaire | undefined): void {
    if (results === this.followedResults && questionnaire === this.followedQuestionnaire) return;
    this.followedResults = results;
    this.followedQuestionnaire = questionnaire;
    this.refresh();
  }

  // ——— inputs to drawing ———

  private refresh(): void {
    const token = ++this.checkToken;
    const results = this.results ?? this.followedResults ?? this.shared?.results;
    this.clearFailure();
    if (results) {
      const levelIds = this.levels.map((l) => l.id);
      this.checking = true;
      void import('../../core/results-schema.js').then(({ checkResults }) => {
        if (token !== this.checkToken) return;
        this.checking = false;
        const checked = checkResults(results, levelIds);
        if (checked.issues.length > 0) {
          this.reportFailure(
            failure('data', gaugeMsg(this.language, 'badResults', { count: checked.issues.length }), checked.issues),
          );
        }
        const score = checked.score === undefined ? null : checked.score;
        this.setDrawing({
          score,
          level: checked.level ?? this.levelOf(score),
          dimensions: checked.dimensions,
          partialReason: checked.extra.partial ? checked.extra.partialReason : undefined,
          knowsWhomToAsk: checked.extra.knowsWhomToAsk,
          weakest: checked.extra.weakest,
        });
      });
      return;
    }
    const hasValue = this.hasAttribute('value') || (this.value !== undefined && this.value !== null);
    if (!hasValue) {
      this.setDrawing(undefined);
      return;
    }
    const value = typeof this.value === 'number' ? this.value : Number(this.value);
    const blank = this.getAttribute('value')?.trim() === '';
    if (blank || !Number.isFinite(value) || value < 0 || value > 100) {
      const shown = (this.getAttribute('value') ?? String(this.value)).trim() || '""';
      this.reportFailure(
        failure('data', gaugeMsg(this.language, 'badValue', { value: shown.slice(0, 50) }), [
          { path: 'value', message: `expected a number from 0 to 100, got ${shown.slice(0, 50)}` },
        ]),
      );
      this.setDrawing(undefined);
      return;
    }
    this.setDrawing({ score: value, level: this.levelOf(value), dimensions: [] });
  }

  private levelOf(score: number | null): string | null {
    if (score === null) return null;
    const band = levelBands(this.levels).find((b, i, all) => score >= b.from && (score < b.to || i === all.length - 1));
    return band?.id ?? null;
  }

  private setDrawing(drawing: Drawing | undefined): void {
    const from = this.shownScore;
    this.drawing = drawing;
    cancelAnimationFrame(this.animation);
    const to = drawing?.score === null || drawing === undefined ? 0 : clampScore(drawing.score);
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches || this.printQuery?.matches;
    if (still || from === to) {
      this.shownScore = to;
      return;
    }
    const started = performance.now();
    const step = (now: number) => {
      const t = easeOut((now - started) / ANIMATION_MS);
      this.shownScore = from + (to - from) * t;
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  private finishAnimation = (): void => {
    cancelAnimationFrame(this.animation);
    const score = this.drawing?.score;
    this.shownScore = typeof score === 'number' ? clampScore(score) : 0;
  };

  // ——— rendering ———

  private levelLabel(id: string | null, lang: Lang): string {
    const level = this.levels.find((l) => l.id === id);
    return level ? localize(level.label, lang) : '';
  }

  private levelIndex(id: string | null): number {
    const band = levelBands(this.levels).find((b) => b.id === id);
    return band ? Math.min(4, band.index + 1) : 0;
  }

  private dimensionLabel(id: string, lang: Lang): string {
    const fromQuestionnaire = this.source?.dimensions.find((d) => d.id === id)?.label;
    return localize(fromQuestionnaire ?? BUILTIN_DIMENSION_LABELS[id] ?? id, lang);
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const drawing = this.drawing;
    return html`${this.failure ? renderError(this.failure, lang) : nothing}
    ${drawing ? this.renderGauge(drawing, lang) : this.failure ? nothing : this.renderEmpty(lang)}
    ${drawing && !this.noDimensions && drawing.dimensions.length > 0 ? this.renderDimensions(drawing, lang) : nothing}`;
  }

  private renderEmpty(lang: Lang): TemplateResult {
    return html`<figure class="gauge" part="gauge" aria-busy=${this.checking ? 'true' : 'false'}>
      ${this.renderDial(null, 0)}
      ${this.checking ? nothing : html`<p class="empty" part="empty">${gaugeMsg(lang, 'empty')}</p>`}
    </figure>`;
  }

  private renderGauge(drawing: Drawing, lang: Lang): TemplateResult {
    const { score, level } = drawing;
    if (score === null) {
      return html`<figure class="gauge" part="gauge">
        ${this.renderDial(null, 0)}
        <p class="empty" part="partial">${this.partialText(drawing, lang)}</p>
        ${this.renderSector(drawing, lang)}
      </figure>`;
    }
    const levelName = this.levelLabel(level, lang);
    const valueText = levelName
      ? gaugeMsg(lang, 'valueText', { score: formatNumber(score, lang), level: levelName })
      : gaugeMsg(lang, 'valueTextNoLevel', { score: formatNumber(score, lang) });
    return html`<figure class="gauge" part="gauge">
      <div
        class="meter"
        part="meter"
        role="meter"
        aria-label=${gaugeMsg(lang, 'name')}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${score}
        aria-valuetext=${valueText}
      >
        ${this.renderDial(score, this.levelIndex(level), lang)}
      </div>
      ${levelName
        ? html`<p class="level" part="level">
            ${gaugeMsg(lang, 'levelLine', { level: '' })}<strong class=${`level-text level-${this.levelIndex(level)}`}>${levelName}</strong>
          </p>`
        : nothing}
      ${this.renderSector(drawing, lang)}
    </figure>`;
  }

  /** Why there is no overall score: what the results say, or (older results) not enough answers. */
  private partialText(drawing: Drawing, lang: Lang): string {
    if (drawing.partialReason === 'unknown') return gaugeMsg(lang, 'partialUnknown');
    if (drawing.partialReason === 'dimensions') {
      const total = drawing.dimensions.length;
      const missing = drawing.dimensions.filter((d) => d.score === null).length;
      return gaugeMsg(lang, 'partialDimensions', { missing, total });
    }
    return gaugeMsg(lang, 'noScore');
  }

  /** The sector figures tied to these results (`show-sector`), with their source and denominator. */
  private renderSector(drawing: Drawing, lang: Lang): TemplateResult | typeof nothing {
    if (!this.showSector) return nothing;
    // Without a questionnaire, the built-in dimension ids double as their support theme.
    const themesOf = (id: string) => this.source?.dimensions.find((d) => d.id === id)?.themes ?? [id];
    const figures = sectorFigures(drawing, this.levels, themesOf);
    if (figures.length === 0) return nothing;
    return html`<div class="sector" part="sector">
      <ul>
        ${figures.map((figure) => html`<li>${gaugeMsg(lang, `sector-${figure}`)}</li>`)}
      </ul>
      <p class="source">${gaugeMsg(lang, 'sectorSource')}</p>
    </div>`;
  }

  private renderDial(score: number | null, levelIndex: number, lang: Lang = this.language): TemplateResult {
    const bands = levelBands(this.levels);
    const angle = scoreToAngle(this.shownScore);
    return html`<svg class="dial" viewBox="-100 -100 200 112" aria-hidden="true" focusable="false">
      ${bands.map(
        (band) => svg`<path
          class=${`band level-${Math.min(4, band.index + 1)}`}
          d=${gaugeArc({ innerRadius: BAND.inner, outerRadius: BAND.outer, startAngle: scoreToAngle(band.from), endAngle: scoreToAngle(band.to), padAngle: 0.012 } as never) ?? ''}
        ></path>`,
      )}
      <path
        class="track"
        d=${gaugeArc({ innerRadius: TRACK.inner, outerRadius: TRACK.outer, startAngle: GAUGE_START, endAngle: GAUGE_END } as never) ?? ''}
      ></path>
      ${score !== null && this.shownScore > 0
        ? svg`<path
            class=${`fill level-${levelIndex}`}
            d=${gaugeArc({ innerRadius: TRACK.inner, outerRadius: TRACK.outer, startAngle: GAUGE_START, endAngle: angle } as never) ?? ''}
          ></path>`
        : nothing}
      ${score !== null
        ? svg`<text class="score" x="0" y="-8" text-anchor="middle">${formatNumber(score, lang)}</text>
            <text class="out-of" x="0" y="10" text-anchor="middle">${gaugeMsg(lang, 'outOf')}</text>`
        : nothing}
    </svg>`;
  }

  private renderDimensions(drawing: Drawing, lang: Lang): TemplateResult {
    const radar = this.chart === 'radar';
    return html`<div class=${radar ? 'dimensions radar-layout' : 'dimensions'}>
      ${radar ? this.renderRadar(drawing.dimensions) : nothing}
      <ol class="dimension-list" part="dimensions" aria-label=${gaugeMsg(lang, 'dimensions')}>
        ${drawing.dimensions.map((d) => {
          const level = this.levelLabel(d.level, lang);
          const value =
            d.score === null
              ? this.notAssessedText(d, lang)
              : level
                ? gaugeMsg(lang, 'dimensionValue', { score: formatNumber(d.score, lang), level })
                : gaugeMsg(lang, 'valueTextNoLevel', { score: formatNumber(d.score, lang) });
          return html`<li part="dimension" class=${`level-${this.levelIndex(d.level)}`}>
            <span class="dimension-name" part="label">${this.dimensionLabel(d.id, lang)}</span>
            <span class="dimension-value" part="label">${value}</span>
            ${radar
              ? nothing
              : html`<svg class="bar" part="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect class="bar-track" x="0" y="0" width="100" height="8"></rect>
                  ${d.score === null
                    ? nothing
                    : svg`<rect class="bar-fill" x="0" y="0" width=${clampScore(d.score)} height="8"></rect>`}
                </svg>`}
          </li>`;
        })}
      </ol>
    </div>`;
  }

  /** "non évaluée", and why when the results say: « Non concerné » or too few answers that count. */
  private notAssessedText(d: DimensionResult, lang: Lang): string {
    if (d.questions === undefined) return gaugeMsg(lang, 'dimensionNoScore');
    const notApplicable = d.notApplicable ?? 0;
    return notApplicable > 0
      ? gaugeMsg(lang, 'dimensionNotApplicable', { count: notApplicable, total: d.questions })
      : gaugeMsg(lang, 'dimensionTooFew');
  }

  private renderRadar(dimensions: DimensionResult[]): TemplateResult {
    const n = dimensions.length;
    const rings = [25, 50, 75, 100];
    const axis = (i: number, r: number): [number, number] => {
      const angle = (i / n) * 2 * Math.PI;
      return [Math.sin(angle) * r, -Math.cos(angle) * r];
    };
    const points = radarPoints(dimensions.map((d) => d.score ?? 0), RADAR_RADIUS);
    return html`<svg class="radar" part="radar" viewBox="-130 -130 260 260" aria-hidden="true" focusable="false">
      ${rings.map(
        (ring) => svg`<path class="ring" d=${radarLine(radarPoints(new Array(n).fill(ring), RADAR_RADIUS)) ?? ''}></path>`,
      )}
      ${dimensions.map((_, i) => {
        const [x, y] = axis(i, RADAR_RADIUS);
        const [lx, ly] = axis(i, RADAR_RADIUS + 16);
        return svg`<line class="axis" x1="0" y1="0" x2=${x} y2=${y}></line>
          <text class="axis-number" x=${lx} y=${ly} text-anchor="middle" dominant-baseline="middle">${i + 1}</text>`;
      })}
      <path class="area" d=${radarLine(points) ?? ''}></path>
      ${points.map(([x, y]) => svg`<circle class="dot" cx=${x} cy=${y} r="3.5"></circle>`)}
    </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-results-gauge': CapResultsGauge;
  }
}
