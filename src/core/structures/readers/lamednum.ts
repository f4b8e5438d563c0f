/**
 * Lieux de médiation numérique (LaMednum): rows with a `pivot` (SIRET), as a JSON array, a CSV
 * (header with `pivot`, `nom` and `code_postal`) or GeoJSON properties.
 */
import type { ReadResult } from '../model.js';
import { themesFromLamednum, typesFromLamednum } from '../crosswalk.js';
import {
  cleanAccessibility,
  cleanCode,
  cleanDate,
  cleanEmail,
  cleanSiret,
  cleanText,
  cleanUrl,
  first,
  freeFrom,
  isRecord,
  joinAddress,
  list,
  own,
} from './clean.js';
import { Collector, type Draft, type Get } from './collector.js';

/** A LaMednum row's draft: the same field names in CSV, JSON and GeoJSON properties. */
export function lamednumDraft(get: Get): Draft {
  return {
    id: get('id'),
    name: get('nom'),
    lat: get('latitude'),
    lon: get('longitude'),
    types: typesFromLamednum(
      list(get('typologie')),
      list(get('dispositif_programmes_nationaux')),
      list(get('formations_labels')),
    ),
    themes: themesFromLamednum(list(get('services'))),
    address: joinAddress(get('adresse'), get('complement_adresse')),
    postcode: cleanCode(get('code_postal')),
    city: cleanText(get('commune')),
    inseeCode: cleanCode(get('code_insee')),
    description: cleanText(get('presentation_resume'), true) ?? cleanText(get('presentation_detail'), true),
    phone: cleanText(get('telephone')),
    email: first(list(get('courriels')), cleanEmail),
    website: first(list(get('site_web')), cleanUrl),
    hours: cleanText(get('horaires')),
    free: freeFrom(list(get('frais_a_charge'))),
    accessibility: cleanAccessibility(get('fiche_acces_libre')),
    appointmentUrl: cleanUrl(get('prise_rdv')),
    siret: cleanSiret(get('pivot')),
    source: cleanText(get('source')),
    updatedAt: cleanDate(get('date_maj')),
  };
}

export function readLamednumRows(rows: readonly unknown[], sourceName: string): ReadResult {
  const out = new Collector('lieux-mediation-numerique', sourceName);
  for (const row of rows) {
    if (!isRecord(row)) out.skip('not-an-object');
    else out.add(lamednumDraft((key) => own(row, key)));
  }
  return out.result();
}
