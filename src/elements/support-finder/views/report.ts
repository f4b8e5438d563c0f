/**
 * The data report for integrators: for each source, what became of every row (read, shown, placed
 * at its commune, skipped and why) and the fields the file holds that the finder does not use.
 * Collapsed, after the list and the map (the public's interface comes first), and a lazy chunk
 * with its own French and English text: no page waits for it before its first list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, translator, type Lang } from '../../../core/i18n.js';
import type { SourceReport } from '../load-report.js';
import { finderMsg } from '../messages.js';

const fr = {
  servicesOnly: '{count} {count:service sans sa structure|services sans leur structure} : chargez aussi le fichier des structures.',
  emptyData: 'Aucune structure dans {source} : {count} {count:ligne lue|lignes lues}{reasons}.',
  'reason-missing-coordinates': 'coordonnées absentes ({count})',
  'reason-invalid-coordinates': 'coordonnées invalides ({count})',
  'reason-missing-name': 'nom manquant ({count})',
  'reason-not-an-object': 'ligne illisible ({count})',
  'reason-duplicate': 'doublon ({count})',
  'reason-commune-not-found': 'commune introuvable ({count})',
  'reason-commune-index-unavailable': 'index des communes indisponible ({count})',
  title: 'Rapport de lecture des données',
  read: '{count} {count:ligne lue|lignes lues}',
  shown: '{count} {count:affichée|affichées}',
  approximateShort: '{count} {count:placée|placées} approximativement',
  skippedShort: '{count} {count:ignorée|ignorées}',
  approximate: '{count} {count:placée|placées} au centre de {count:sa|leur} commune (position approximative)',
  pending: '{count} en attente de placement',
  far: '{count} {count:position|positions} loin du centre de {count:sa|leur} commune (position à vérifier)',
  skipped: '{count} {count:ignorée|ignorées} : {reasons}',
  services: '{count} {count:service data·inclusion sans sa structure|services data·inclusion sans leur structure} dans le fichier',
  unused: 'Champs présents mais non utilisés : {fields}',
  duplicates: '{count} {count:doublon fusionné|doublons fusionnés} entre les sources',
  help: 'Ce rapport s’adresse à qui intègre les données : chaque ligne des fichiers y est comptée.',
};

const en: Record<keyof typeof fr, string> = {
  servicesOnly: '{count} {count:service without its structure|services without their structure}: load the structures file too.',
  emptyData: 'No structure in {source}: {count} {count:row|rows} read{reasons}.',
  'reason-missing-coordinates': 'no coordinates ({count})',
  'reason-invalid-coordinates': 'invalid coordinates ({count})',
  'reason-missing-name': 'no name ({count})',
  'reason-not-an-object': 'unreadable row ({count})',
  'reason-duplicate': 'duplicate ({count})',
  'reason-commune-not-found': 'town not found ({count})',
  'reason-commune-index-unavailable': 'town index unavailable ({count})',
  title: 'Data reading report',
  read: '{count} {count:row|rows} read',
  shown: '{count} shown',
  approximateShort: '{count} placed approximately',
  skippedShort: '{count} skipped',
  approximate: '{count} placed at the centre of their town (approximate position)',
  pending: '{count} waiting to be placed',
  far: '{count} {count:position|positions} far from the centre of their town (to be checked)',
  skipped: '{count} skipped: {reasons}',
  services: '{count} data·inclusion {count:service without its structure|services without their structure} in the file',
  unused: 'Fields present but not used: {fields}',
  duplicates: '{count} {count:duplicate|duplicates} merged across sources',
  help: 'This report is for whoever integrates the data: every row of the files is counted in it.',
};

const msg = translator<keyof typeof fr>({ fr, en });

/** The report panel, collapsed: each source, and the duplicates merged across sources. */
export function renderReport(sources: readonly SourceReport[], duplicatesMerged: number, lang: Lang): TemplateResult {
  const total = (f: (r: SourceReport) => number) => sources.reduce((sum, r) => sum + f(r), 0);
  return html`<details class="data-report" part="report">
    <summary>${msg(lang, 'title')} (${counts(
      { read: total((r) => r.read), shown: total((r) => r.shown), approximate: total((r) => r.approximate), skipped: total((r) => sumValues(r.skipped)) },
      lang,
    )})</summary>
    <p>${msg(lang, 'help')}</p>
    <ul>
      ${sources.map((r) => renderSource(r, lang))}
      ${duplicatesMerged > 0 ? html`<li>${msg(lang, 'duplicates', n(duplicatesMerged, lang))}</li>` : nothing}
    </ul>
  </details>`;
}

function renderSource(r: SourceReport, lang: Lang): TemplateResult {
  const skipped = sumValues(r.skipped);
  const unused = Object.entries(r.unusedFields)
    .sort((a, b) => b[1] - a[1])
    .map(([field, count]) => `${field} (${formatNumber(count, lang)})`);
  const line = (shown: boolean, text: () => string) => (shown ? html`<li>${text()}</li>` : nothing);
  return html`<li>
    <strong>${r.source}</strong>${r.format ? ` (${r.format})` : ''}${lang === 'fr' ? '\u00a0:' : ':'} ${counts({ read: r.read, shown: r.shown }, lang)}
    <ul>
      ${line(r.approximate > 0, () => msg(lang, 'approximate', n(r.approximate, lang)))}
      ${line(r.pending > 0, () => msg(lang, 'pending', n(r.pending, lang)))}
      ${line(r.far > 0, () => msg(lang, 'far', n(r.far, lang)))}
      ${line(skipped > 0, () => msg(lang, 'skipped', { ...n(skipped, lang), reasons: reasonsText(mergeSkipped([r]), lang) }))}
      ${line(r.servicesWithoutStructure > 0, () => msg(lang, 'services', n(r.servicesWithoutStructure, lang)))}
      ${line(unused.length > 0, () => msg(lang, 'unused', { fields: unused.join(', ') }))}
    </ul>
  </li>`;
}

/** « 3 811 lignes lues, 3 790 affichées, … » (the counts that are not zero, read and shown always). */
function counts(c: { read: number; shown: number; approximate?: number; skipped?: number }, lang: Lang): string {
  const parts = [msg(lang, 'read', n(c.read, lang)), msg(lang, 'shown', n(c.shown, lang))];
  if (c.approximate) parts.push(msg(lang, 'approximateShort', n(c.approximate, lang)));
  if (c.skipped) parts.push(msg(lang, 'skippedShort', n(c.skipped, lang)));
  return parts.join(', ');
}

const n = (count: number, lang: Lang) => ({ count: formatNumber(count, lang) });

/**
 * Why the files gave no structure at all, said where the list would be (not « no structure
 * matches these filters »): services without their structure, rows still being placed at their
 * commune (still loading), or the rows skipped and why.
 */
export function emptyDataText(reports: readonly SourceReport[], lang: Lang): string {
  const total = (f: (r: SourceReport) => number) => reports.reduce((sum, r) => sum + f(r), 0);
  const services = total((r) => r.servicesWithoutStructure);
  if (services > 0) return msg(lang, 'servicesOnly', n(services, lang));
  if (total((r) => r.pending) > 0) return finderMsg(lang, 'loadingData');
  const reasons = reasonsText(mergeSkipped(reports), lang);
  return msg(lang, 'emptyData', { ...n(total((r) => r.read), lang), source: reports.map((r) => r.source).join(', '), reasons: reasons && `, ${reasons}` });
}

function sumValues(record: Partial<Record<string, number>>): number {
  return Object.values(record).reduce<number>((sum, count) => sum + (count ?? 0), 0);
}

function mergeSkipped(reports: readonly SourceReport[]): Partial<Record<string, number>> {
  const total: Partial<Record<string, number>> = {};
  for (const r of reports) for (const [k, v] of Object.entries(r.skipped)) total[k] = (total[k] ?? 0) + (v ?? 0);
  return total;
}

/** « coordonnées absentes (12), nom manquant (2) », most frequent first. A reason this catalog lacks is looked up in the finder's. */
function reasonsText(skipped: Partial<Record<string, number>>, lang: Lang): string {
  return Object.entries(skipped)
    .filter(([, count]) => (count ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([reason, count]) => {
      const key = `reason-${reason}`;
      return key in fr ? msg(lang, key as keyof typeof fr, n(count ?? 0, lang)) : finderMsg(lang, key, n(count ?? 0, lang));
    })
    .join(', ');
}
