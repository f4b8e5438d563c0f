import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { emit } from '../shared/events.js';
import { formatDate, formatNumber, localize, type Lang } from '../../core/i18n.js';
import { columnsFor, csvHeader, csvRecord } from '../../core/network-export.js';
import {
  questionnaireChoices,
  selectContacts,
  selectDiagnostics,
  summarize,
  type ContactFilter,
  type Overview,
} from '../../core/network-overview.js';
import type { ContactRequest, ReadExport, ReadOutcome } from '../../core/network-read.js';
import type { Level, Questionnaire } from '../../core/types.js';
import { BUILTIN_DIMENSION_LABELS, BUILTIN_LEVELS } from '../../data/builtin-meta.js';
import { CapElement } from '../shared/cap-element.js';
import { renderError } from '../shared/error-view.js';
import { failure } from '../shared/failure.js';
import { slices } from '../shared/idle.js';
import { tokens } from '../shared/tokens.styles.js';
import { barChart, timelineChart, spreadChart } from './charts.js';
import { overviewEnglish, overviewMsg } from './messages.js';
import { styles } from './network-overview.styles.js';

/** The export reader (schemas and CSV parsing): a lazy chunk, loaded with the first data. */
const reader = () => import('../../core/network-read.js');
const loadText = () => import('../shared/load-json.js');

/** Larger files are refused before they are read: a network's export is far smaller. */
const MAX_FILE_MB = 50;
const PAGE = 50;
const MAX_BAD_SHOWN = 20;

export interface OverviewLoadDetail {
  diagnostics: number;
  contacts: number;
  /** Rows that could not be read: `{line, kind?, issues: [{path, message}]}`. */
  bad: ReadExport['bad'];
}

/**
 * For a network's staff: what the diagnostics sent to the collector say, read from its export —
 * over a period and for one questionnaire version: diagnostics over time, levels, each dimension's
 * median and spread, the weakest dimensions, départements, the share that does not know whom to
 * ask next to the 2022 survey's, and the contact requests, least initiated first (with a CSV
 * export). Every chart is followed by a table with its figures. The export is read in the browser
 * and never sent anywhere.
 *
 * @tagname cap-network-overview
 * @summary The network's overview of the collected diagnostics and contact requests.
 *
 * @csspart source - The file chooser and drop zone.
 * @csspart status - The line saying what was read (a live region).
 * @csspart bad-rows - The rows that could not be read, with why.
 * @csspart filters - The period and questionnaire filters.
 * @csspart section - One block of figures (a chart and its table).
 * @csspart chart - A chart (hidden from assistive technology: its table says the same).
 * @csspart table - A table of figures.
 * @csspart contacts - The contact requests block.
 * @csspart button - Buttons ("show more", CSV export).
 * @csspart empty - The message shown before any data.
 * @csspart error - The error panel.
 *
 * @cssproperty --cap-color-level-1 - Colour of the first (lowest) level.
 * @cssproperty --cap-color-level-2 - Colour of the second level.
 * @cssproperty --cap-color-level-3 - Colour of the third level.
 * @cssproperty --cap-color-level-4 - Colour of the fourth level and above.
 * @cssproperty --cap-color-chart - Colour of the bars, boxes and curve (default: the primary colour).
 * @cssproperty --cap-color-primary - Buttons, links and focus.
 * @cssproperty --cap-font-family - Font (inherits the page's by default).
 *
 * @event cap-overview-load - Data was read (from `src`, a file or `submissions`). `detail: {diagnostics, contacts, bad}`.
 * @event cap-error - The data cannot be read at all. `detail: {message, issues: [{path, message}]}`.
 */
export class CapNetworkOverview extends CapElement {
  static override english = [...CapElement.english, overviewEnglish];

  static override styles = [tokens, styles];

  static override properties = {
    ...CapElement.properties,
    src: { type: String, reflect: true },
    submissions: { attribute: false },
    questionnaire: { attribute: false },
    /** @internal */
    data: { state: true },
    /** @internal */
    sourceName: { state: true },
    /** @internal */
    reading: { state: true },
    /** @internal */
    choice: { state: true },
    /** @internal */
    period: { state: true },
    /** @internal */
    contactFilter: { state: true },
    /** @internal */
    shown: { state: true },
    /** @internal */
    dragging: { state: true },
  };

  /** The address of a collector export (JSON Lines, JSON array or CSV); cookies are sent only to the page's own origin. */
  declare src: string | undefined;
  /** Export rows given as objects (what the JSON Lines export holds, one object per line). */
  declare submissions: unknown[] | undefined;
  /** The questionnaire the diagnostics come from: names its levels and dimensions (default: the built-in ones). */
  declare questionnaire: Questionnaire | undefined;

  declare private data: ReadExport | undefined;
  declare private sourceName: string;
  declare private reading: boolean;
  declare private choice: string | undefined;
  declare private period: { from?: string; to?: string };
  declare private contactFilter: ContactFilter;
  declare private shown: number;
  declare private dragging: boolean;
  private token = 0;
  /** The figures of the current data, questionnaire version and period (recomputed when one changes). */
  private figures: { choices: ReturnType<typeof questionnaireChoices>; overview: Overview; days: string[]; shownDays: string[] } | undefined;

  constructor() {
    super();
    this.sourceName = '';
    this.reading = false;
    this.period = {};
    this.contactFilter = {};
    this.shown = PAGE;
    this.dragging = false;
    this.addEventListener('dragover', this.onDragOver);
    this.addEventListener('dragleave', () => (this.dragging = false));
    this.addEventListener('drop', this.onDrop);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['data', 'choice', 'period', 'questionnaire'].some((name) => changed.has(name as keyof CapNetworkOverview))) this.figures = undefined;
    if (changed.has('submissions' as keyof CapNetworkOverview) && this.submissions !== undefined) this.readProperty();
    else if (changed.has('src' as keyof CapNetworkOverview) && this.src) void this.readUrl(this.src);
  }

  // ——— reading ———

  private start(name: string): number {
    this.clearFailure();
    this.sourceName = name;
    this.reading = true;
    return ++this.token;
  }

  private readProperty(): void {
    const token = this.start(overviewMsg(this.language, 'theProperty'));
    const rows = this.submissions;
    void reader().then(async ({ readRowsInSlices }) => {
      if (token !== this.token) return;
      if (!Array.isArray(rows)) return this.fail(overviewMsg(this.language, 'badProperty'), [{ path: 'submissions', message: 'expected an array' }]);
      const read = await readRowsInSlices(rows, slices().pause);
      if (token === this.token) this.take(read);
    });
  }

  private async readUrl(url: string): Promise<void> {
    const token = this.start(url);
    const [{ fetchText }, { readExportTextInSlices }] = await Promise.all([loadText(), reader()]);
    const fetched = await fetchText(url, this.language);
    if (token !== this.token) return;
    if (!fetched.ok) {
      this.reading = false;
      this.reportFailure(fetched);
      return;
    }
    const read = await readExportTextInSlices(fetched.value, slices().pause);
    if (token === this.token) this.takeText(read, url);
  }

  /** Reads a file the user chose or dropped (also callable by the page). It is never uploaded. */
  async readFile(file: File): Promise<void> {
    const token = this.start(file.name);
    const lang = this.language;
    if (file.size > MAX_FILE_MB * 1024 * 1024) return this.fail(overviewMsg(lang, 'tooBig', { name: file.name, max: MAX_FILE_MB }));
    let text: string;
    try {
      [text] = await Promise.all([file.text(), reader()]);
    } catch {
      if (token === this.token) this.fail(overviewMsg(lang, 'unreadable', { name: file.name }));
      return;
    }
    const { readExportTextInSlices } = await reader();
    if (token !== this.token) return;
    const read = await readExportTextInSlices(text, slices().pause);
    if (token === this.token) this.takeText(read, file.name);
  }

  private takeText(outcome: ReadOutcome, name: string): void {
    const lang = this.language;
    if (outcome.ok) return this.take(outcome.value);
    if (outcome.problem === 'empty') return this.fail(overviewMsg(lang, 'emptyFile', { name }));
    if (outcome.problem === 'not-json') return this.fail(overviewMsg(lang, 'notJson', { detail: outcome.detail ?? '' }));
    this.fail(overviewMsg(lang, 'notExport'), outcome.detail ? [{ path: 'ligne 1', message: outcome.detail }] : []);
  }

  private fail(message: string, issues: { path: string; message: string }[] = []): void {
    this.reading = false;
    this.data = undefined;
    this.reportFailure(failure('data', message, issues));
  }

  private take(data: ReadExport): void {
    this.reading = false;
    this.data = data;
    this.choice = questionnaireChoices(data.diagnostics)[0]?.key;
    this.period = {};
    this.contactFilter = {};
    this.shown = PAGE;
    emit<OverviewLoadDetail>(this, 'cap-overview-load', { diagnostics: data.diagnostics.length, contacts: data.contacts.length, bad: data.bad });
  }

  private onFileChange = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) void this.readFile(file);
  };

  private onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    this.dragging = false;
    if (!file) return;
    event.preventDefault();
    void this.readFile(file);
  };

  // ——— names ———

  private get levels(): Level[] {
    return this.questionnaire?.levels ?? BUILTIN_LEVELS;
  }

  private levelLabel(id: string | null, lang: Lang): string {
    if (id === null) return overviewMsg(lang, 'noLevel');
    const level = this.levels.find((l) => l.id === id);
    return level ? localize(level.label, lang) : id;
  }

  /** `level-1`…`level-4` for the questionnaire's levels (the fourth and above share a colour). */
  private tone(id: string | null): string {
    const index = this.levels.findIndex((l) => l.id === id);
    return index < 0 ? '' : `level-${Math.min(4, index + 1)}`;
  }

  private dimensionLabel(id: string, lang: Lang): string {
    const own = this.questionnaire?.dimensions.find((d) => d.id === id)?.label;
    return localize(own ?? BUILTIN_DIMENSION_LABELS[id] ?? id, lang);
  }

  private percent(part: number, whole: number, lang: Lang): string {
    const value = whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
    return `${formatNumber(value, lang, 1)}${lang === 'fr' ? '\u202f%' : '%'}`;
  }

  private periodLabel(period: string, lang: Lang): string {
    if (period.length === 10) return formatDate(period, lang);
    const date = new Date(`${period}-15T12:00:00Z`);
    return date.toLocaleDateString(lang === 'en' ? 'en-GB' : 'fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }

  // ——— contacts as CSV ———

  /** The contact requests shown (all pages of them) as CSV text, safe to open in a spreadsheet. */
  contactsCsv(): string {
    const columns = columnsFor(['contact']);
    const rows = this.selectedContacts().map((c) => csvRecord(c.row, columns));
    return `\uFEFF${[csvHeader(columns), ...rows].join('\r\n')}\r\n`;
  }

  private downloadCsv = (): void => {
    const url = URL.createObjectURL(new Blob([this.contactsCsv()], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${overviewMsg(this.language, 'csvFile')}.csv`;
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  private selectedContacts(): ContactRequest[] {
    if (!this.data) return [];
    return selectContacts(this.data.contacts, { ...this.period, ...this.contactFilter }, this.levels.map((l) => l.id));
  }

  // ——— rendering ———

  protected override render(): TemplateResult {
    const lang = this.language;
    const data = this.data;
    return html`<h2 class="title">${overviewMsg(lang, 'title')}</h2>
      ${this.renderSource(lang)}
      <p class="status" part="status" role="status">${this.statusText(lang)}</p>
      ${this.failure ? renderError(this.failure, lang) : nothing}
      ${data ? this.renderData(data, lang) : this.failure || this.reading ? nothing : html`<p class="empty" part="empty">${overviewMsg(lang, 'empty')}</p>`}`;
  }

  private statusText(lang: Lang): string {
    if (this.reading) return overviewMsg(lang, 'reading', { name: this.sourceName });
    const data = this.data;
    if (!data) return '';
    const diagnostics = formatNumber(data.diagnostics.length, lang);
    const contacts = formatNumber(data.contacts.length, lang);
    return overviewMsg(lang, 'loaded', { name: this.sourceName, diagnostics, contacts, total: data.diagnostics.length + data.contacts.length });
  }

  private renderSource(lang: Lang): TemplateResult {
    return html`<div class=${this.dragging ? 'source dragging' : 'source'} part="source">
      <label for="file">${overviewMsg(lang, 'fileLabel')}</label>
      <input id="file" type="file" accept=".jsonl,.ndjson,.json,.csv,.txt,application/json,text/csv" aria-describedby="file-hint" @change=${this.onFileChange} />
      <p id="file-hint" class="hint">${this.dragging ? overviewMsg(lang, 'dropHere') : overviewMsg(lang, 'fileHint')}</p>
    </div>`;
  }

  private figuresOf(data: ReadExport): NonNullable<CapNetworkOverview['figures']> {
    const selected = selectDiagnostics(data.diagnostics, this.choice, this.period);
    return {
      choices: questionnaireChoices(data.diagnostics),
      overview: summarize(selected, this.levels.map((l) => l.id)),
      days: data.diagnostics.map((d) => d.date).sort(),
      shownDays: selected.map((d) => d.date).sort(),
    };
  }

  private renderData(data: ReadExport, lang: Lang): TemplateResult {
    const { choices, overview, days, shownDays } = (this.figures ??= this.figuresOf(data));
    return html`${this.renderBad(data, lang)}
      <fieldset class="filters" part="filters">
        <legend>${overviewMsg(lang, 'filters')}</legend>
        <label>${overviewMsg(lang, 'from')}
          <input type="date" name="from" .value=${this.period.from ?? ''} min=${days[0] ?? ''} max=${days[days.length - 1] ?? ''}
            @change=${(e: Event) => this.setPeriod('from', (e.target as HTMLInputElement).value)} /></label>
        <label>${overviewMsg(lang, 'to')}
          <input type="date" name="to" .value=${this.period.to ?? ''} min=${days[0] ?? ''} max=${days[days.length - 1] ?? ''}
            @change=${(e: Event) => this.setPeriod('to', (e.target as HTMLInputElement).value)} /></label>
        ${choices.length > 0
          ? html`<label>${overviewMsg(lang, 'questionnaire')}
              <select name="questionnaire" @change=${(e: Event) => (this.choice = (e.target as HTMLSelectElement).value)}>
                ${choices.map(
                  (c) => html`<option value=${c.key} ?selected=${c.key === this.choice}>
                    ${overviewMsg(lang, 'choice', { id: c.questionnaireId, version: c.version, count: formatNumber(c.count, lang) })}
                  </option>`,
                )}
              </select></label>`
          : nothing}
      </fieldset>
      ${overview.total === 0
        ? html`<p class="none">${overviewMsg(lang, 'noDiagnostics')}</p>`
        : html`<p class="total">${overviewMsg(lang, 'totalLine', {
            count: formatNumber(overview.total, lang),
            from: formatDate(shownDays[0]!, lang),
            to: formatDate(shownDays[shownDays.length - 1]!, lang),
          })}</p>
          ${this.renderTimeline(overview, lang)} ${this.renderLevels(overview, lang)} ${this.renderDimensions(overview, lang)}
          ${this.renderWeakest(overview, lang)} ${this.renderDepartments(overview, lang)}`}
      ${this.renderWhomToAsk(overview, lang)} ${this.renderContacts(data, lang)}`;
  }

  private setPeriod(end: 'from' | 'to', value: string): void {
    this.period = { ...this.period, [end]: value || undefined };
    this.shown = PAGE;
  }

  private renderBad(data: ReadExport, lang: Lang): TemplateResult | typeof nothing {
    if (data.bad.length === 0) return nothing;
    const shown = data.bad.slice(0, MAX_BAD_SHOWN);
    return html`<div class="bad" part="bad-rows">
      <p>${overviewMsg(lang, 'badRows', { count: formatNumber(data.bad.length, lang) })}</p>
      <ul>
        ${shown.map(
          (row) => html`<li>
            ${overviewMsg(lang, 'badRowLine', { line: row.line })}${row.kind
              ? ` (${overviewMsg(lang, row.kind === 'results' ? 'badRowKindResults' : 'badRowKindContact')})`
              : ''}${lang === 'fr' ? '\u00a0:' : ':'}
            ${row.issues.slice(0, 3).map((issue, i) => html`${i > 0 ? (lang === 'fr' ? '\u202f; ' : '; ') : ''}${issue.path ? html`<code>${issue.path}</code>${' '}` : nothing}${issue.message}`)}
          </li>`,
        )}
      </ul>
      ${data.bad.length > MAX_BAD_SHOWN ? html`<p>${overviewMsg(lang, 'moreBad', { count: data.bad.length - MAX_BAD_SHOWN })}</p>` : nothing}
    </div>`;
  }

  private section(id: string, title: string, body: unknown, note?: string): TemplateResult {
    return html`<section class="block" part="section" aria-labelledby=${id}>
      <h3 id=${id}>${title}</h3>
      ${note ? html`<p class="note">${note}</p>` : nothing} ${body}
    </section>`;
  }

  private table(caption: string, head: string[], rows: (string | number)[][]): TemplateResult {
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${overviewMsg(this.language, 'tableOf', { title: caption })}><table part="table">
      <caption class="visually-hidden">${caption}</caption>
      <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${rows.map(([first, ...rest]) => html`<tr><th scope="row">${first}</th>${rest.map((cell) => html`<td>${cell}</td>`)}</tr>`)}</tbody>
    </table></div>`;
  }

  private renderTimeline(o: Overview, lang: Lang): TemplateResult {
    const points = o.timeline.map((p) => ({ label: this.periodLabel(p.period, lang), count: p.count }));
    const title = overviewMsg(lang, 'timeline');
    return this.section(
      'timeline',
      title,
      html`${timelineChart(points)}
      ${this.table(title, [overviewMsg(lang, o.step === 'day' ? 'timelineDay' : 'timelineMonth'), overviewMsg(lang, 'count')], points.map((p) => [p.label, formatNumber(p.count, lang)]))}`,
    );
  }

  private renderLevels(o: Overview, lang: Lang): TemplateResult {
    const title = overviewMsg(lang, 'levels');
    const rows = o.levels.map((l) => ({ label: this.levelLabel(l.id, lang), count: l.count, tone: this.tone(l.id) }));
    return this.section(
      'levels',
      title,
      html`${barChart(rows.map((r) => ({ label: r.label, value: r.count, text: this.percent(r.count, o.total, lang), tone: r.tone })))}
      ${this.table(title, [overviewMsg(lang, 'level'), overviewMsg(lang, 'count'), overviewMsg(lang, 'share')], rows.map((r) => [r.label, formatNumber(r.count, lang), this.percent(r.count, o.total, lang)]))}`,
    );
  }

  private renderDimensions(o: Overview, lang: Lang): TemplateResult {
    const title = overviewMsg(lang, 'dimensions');
    const spreads = o.dimensions.map((s) => ({ ...s, label: this.dimensionLabel(s.id, lang) }));
    const n = (v: number) => formatNumber(Math.round(v * 10) / 10, lang, 1);
    return this.section(
      'dimensions',
      title,
      html`${spreadChart(spreads)}
      ${this.table(
        title,
        [overviewMsg(lang, 'dimension'), overviewMsg(lang, 'assessed'), overviewMsg(lang, 'median'), overviewMsg(lang, 'quartiles'), overviewMsg(lang, 'range')],
        spreads.map((s) =>
          s.count === 0 ? [s.label, '0', '—', '—', '—'] : [s.label, formatNumber(s.count, lang), n(s.median), `${n(s.q1)}–${n(s.q3)}`, `${n(s.min)}–${n(s.max)}`],
        ),
      )}`,
      overviewMsg(lang, 'dimensionsNote'),
    );
  }

  private renderWeakest(o: Overview, lang: Lang): TemplateResult {
    const title = overviewMsg(lang, 'weakest');
    const rows = o.weakest.map((w) => ({ label: this.dimensionLabel(w.id, lang), count: w.count }));
    return this.section(
      'weakest',
      title,
      html`${barChart(rows.map((r) => ({ label: r.label, value: r.count, text: this.percent(r.count, o.withWeakest, lang) })))}
      ${this.table(title, [overviewMsg(lang, 'dimension'), overviewMsg(lang, 'times'), overviewMsg(lang, 'share')], rows.map((r) => [r.label, formatNumber(r.count, lang), this.percent(r.count, o.withWeakest, lang)]))}`,
      overviewMsg(lang, 'weakestNote', { count: formatNumber(o.withWeakest, lang) }),
    );
  }

  private renderDepartments(o: Overview, lang: Lang): TemplateResult {
    const title = overviewMsg(lang, 'departments');
    const rows = o.departments.map((d) => ({ label: d.code ?? overviewMsg(lang, 'noDepartment'), count: d.count }));
    return this.section(
      'departments',
      title,
      html`${barChart(rows.slice(0, 15).map((r) => ({ label: r.label, value: r.count, text: formatNumber(r.count, lang) })))}
      ${this.table(title, [overviewMsg(lang, 'department'), overviewMsg(lang, 'count'), overviewMsg(lang, 'share')], rows.map((r) => [r.label, formatNumber(r.count, lang), this.percent(r.count, o.total, lang)]))}`,
    );
  }

  private renderWhomToAsk(o: Overview, lang: Lang): TemplateResult {
    const title = overviewMsg(lang, 'whomToAsk');
    const { answered, dontKnow } = o.whomToAsk;
    const network = answered > 0 ? dontKnow / answered : 0;
    const body = html`${answered > 0
        ? html`<p>${overviewMsg(lang, 'whomNetwork', { share: this.percent(dontKnow, answered, lang), count: formatNumber(dontKnow, lang), total: formatNumber(answered, lang) })}</p>`
        : html`<p>${overviewMsg(lang, 'whomMissing')}</p>`}
      <p>${overviewMsg(lang, 'whomStudy')}</p>
      ${answered > 0
        ? html`${barChart(
            [
              { label: overviewMsg(lang, 'whomThisNetwork'), value: network, text: this.percent(dontKnow, answered, lang) },
              { label: overviewMsg(lang, 'whomTheStudy'), value: 0.11, text: this.percent(11, 100, lang) },
            ],
            1,
          )}
          ${this.table(title, [overviewMsg(lang, 'source'), overviewMsg(lang, 'share'), overviewMsg(lang, 'denominator')], [
            [overviewMsg(lang, 'whomThisNetwork'), this.percent(dontKnow, answered, lang), formatNumber(answered, lang)],
            [overviewMsg(lang, 'whomTheStudy'), this.percent(11, 100, lang), formatNumber(2776, lang)],
          ])}
          <p class="note">${overviewMsg(lang, 'whomCaveat')}</p>`
        : nothing}
      <p class="source-line">${overviewMsg(lang, 'whomSource')}</p>`;
    return this.section('whom', title, body);
  }

  private renderContacts(data: ReadExport, lang: Lang): TemplateResult {
    const title = overviewMsg(lang, 'contacts');
    const all = data.contacts;
    const selected = this.selectedContacts();
    const levelIds = [...new Set([...this.levels.map((l) => l.id), ...all.map((c) => c.level ?? 'none')])].filter(
      (id) => id === 'none' || all.some((c) => c.level === id),
    );
    const departments = [...new Set(all.map((c) => c.department ?? 'none'))].sort();
    const choose = (key: 'level' | 'department') => (event: Event) => {
      const value = (event.target as HTMLSelectElement).value;
      this.contactFilter = { ...this.contactFilter, [key]: value === '' ? undefined : value };
      this.shown = PAGE;
    };
    const name = (id: string) => (id === 'none' ? overviewMsg(lang, 'none') : this.levelLabel(id, lang));
    const head = (['received', 'association', 'person', 'email', 'phone', 'commune', 'contactLevel', 'message'] as const).map((k) => overviewMsg(lang, k));
    return html`<section class="block contacts" part="section contacts" aria-labelledby="contacts">
      <h3 id="contacts">${title}</h3>
      <p class="note">${overviewMsg(lang, 'contactsNote')}</p>
      <div class="contact-filters">
        <label>${overviewMsg(lang, 'contactLevel')}
          <select name="level" @change=${choose('level')}>
            <option value="">${overviewMsg(lang, 'all')}</option>
            ${levelIds.map((id) => html`<option value=${id} ?selected=${this.contactFilter.level === id}>${name(id)}</option>`)}
          </select></label>
        <label>${overviewMsg(lang, 'contactDepartment')}
          <select name="department" @change=${choose('department')}>
            <option value="">${overviewMsg(lang, 'all')}</option>
            ${departments.map((d) => html`<option value=${d} ?selected=${this.contactFilter.department === d}>${d === 'none' ? overviewMsg(lang, 'none') : d}</option>`)}
          </select></label>
      </div>
      <p role="status">${overviewMsg(lang, 'contactCount', { count: formatNumber(selected.length, lang), total: formatNumber(all.length, lang) })}</p>
      ${selected.length === 0
        ? html`<p class="none">${overviewMsg(lang, 'noContacts')}</p>`
        : html`<div class="table-wrap" tabindex="0" role="region" aria-label=${overviewMsg(lang, 'tableOf', { title })}><table part="table" class="contact-table">
              <caption class="visually-hidden">${title}</caption>
              <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
              <tbody>
                ${selected.slice(0, this.shown).map((c) => {
                  const r = c.row;
                  return html`<tr>
                    <td class="nowrap">${c.day ? formatDate(c.day, lang) : '—'}</td>
                    <th scope="row">${r.association}</th>
                    <td>${r.person}</td>
                    <td class="wrap">${r.email ?? ''}</td>
                    <td class="nowrap">${r.phone ?? ''}</td>
                    <td>${r.commune?.name ?? ''}${c.department ? ` (${c.department})` : ''}</td>
                    <td class=${this.tone(c.level)}>${name(c.level ?? 'none')}</td>
                    <td class="message">${r.message ?? ''}</td>
                  </tr>`;
                })}
              </tbody>
            </table></div>
            <div class="actions">
              ${selected.length > this.shown
                ? html`<button type="button" class="button secondary" part="button" @click=${() => (this.shown += PAGE)}>
                    ${overviewMsg(lang, 'showMore', { count: formatNumber(Math.min(PAGE, selected.length - this.shown), lang) })}
                  </button>`
                : nothing}
              <button type="button" class="button" part="button" @click=${this.downloadCsv}>${overviewMsg(lang, 'exportCsv')}</button>
            </div>
            <p class="note">${overviewMsg(lang, 'csvNote')}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cap-network-overview': CapNetworkOverview;
  }
  interface HTMLElementEventMap {
    'cap-overview-load': CustomEvent<OverviewLoadDetail>;
  }
}
