/**
 * Lieux de médiation numérique (LaMednum): rows with a `pivot` (SIRET), as a JSON array, a CSV
 * (header with `pivot`, `nom` and `code_postal`) or GeoJSON properties. The names of older exports
 * (the standard's v0.1, still in national exports of 2024) are read beside the current ones:
 * `courriel`, `accessibilite`, `conditions_acces`, `labels_nationaux`.
 */
import { themesFromLamednum, typesFromLamednum } from '../crosswalk.js';
import {
  cleanAccessibility,
  cleanCode,
  cleanDate,
  cleanSiret,
  cleanText,
  cleanUrl,
  first,
  firstEmail,
  freeFrom,
  isRecord,
  joinAddress,
  LABEL_SEPARATOR,
  list,
  own,
  supportModesOf,
  type Json,
} from './clean.js';
import { Collector, readAll, type Draft, type Get, type ReadOutcome, type RowsReader } from './collector.js';

/**
 * The fields a LaMednum row is read from (any other filled field is counted as unused): the names
 * `lamednumDraft` asks for, found by asking it to read an empty row.
 */
export function lamednumFields(): Set<string> {
  const names = new Set<string>();
  lamednumDraft((name) => void names.add(name));
  return names;
}

/** A LaMednum row's draft: the same field names in CSV, JSON and GeoJSON properties. */
export function lamednumDraft(get: Get): Draft {
  // The current name, else the older one.
  const either = (name: string, older: string) => {
    const value = get(name);
    return value === undefined || value === null || value === '' ? get(older) : value;
  };
  return {
    id: get('id'),
    name: get('nom'),
    lat: get('latitude'),
    lon: get('longitude'),
    // Codes and names without commas: the standard's own example separates them with commas.
    types: typesFromLamednum(
      list(get('typologie'), LABEL_SEPARATOR),
      [...list(get('dispositif_programmes_nationaux'), LABEL_SEPARATOR), ...list(get('labels_nationaux'), LABEL_SEPARATOR)],
      list(get('formations_labels')),
    ),
    themes: themesFromLamednum(list(get('services'), LABEL_SEPARATOR)),
    address: joinAddress(get('adresse'), get('complement_adresse')),
    postcode: cleanCode(get('code_postal')),
    city: cleanText(get('commune')),
    inseeCode: cleanCode(get('code_insee')),
    description: cleanText(get('presentation_resume'), true) ?? cleanText(get('presentation_detail'), true),
    phone: cleanText(get('telephone')),
    email: firstEmail(either('courriels', 'courriel')),
    website: first(list(get('site_web')), cleanUrl),
    hours: cleanText(get('horaires')),
    free: freeFrom(list(either('frais_a_charge', 'conditions_acces'))),
    accessibility: cleanAccessibility(either('fiche_acces_libre', 'accessibilite')),
    appointmentUrl: cleanUrl(get('prise_rdv')),
    supportModes: supportModesOf(list(get('modalites_accompagnement'), LABEL_SEPARATOR)),
    siret: cleanSiret(get('pivot')),
    source: cleanText(get('source')),
    updatedAt: cleanDate(get('date_maj')),
  };
}

/** LaMednum JSON rows, a range at a time. */
export function lamednumReader(sourceName: string): RowsReader {
  const out = new Collector('lieux-mediation-numerique', sourceName);
  const fields = lamednumFields();
  // One function for every row (no closure made per row).
  let row: Json = {};
  const get: Get = (key) => own(row, key);
  return {
    read(rows, from, to) {
      for (let i = from; i < to; i++) {
        const next = rows[i];
        if (!isRecord(next)) {
          out.skip('not-an-object');
          continue;
        }
        row = next;
        out.add(lamednumDraft(get));
        out.countUnused(row, fields);
      }
    },
    result: () => out.result(),
  };
}

export const readLamednumRows = (rows: readonly unknown[], sourceName: string): ReadOutcome => readAll(lamednumReader(sourceName), rows);
