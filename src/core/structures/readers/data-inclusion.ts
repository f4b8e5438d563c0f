/**
 * data·inclusion: an array of structures (`source`, `id`, `nom`, `date_maj`…), a
 * `{"structures": [...], "services": [...]}` bundle, or an API page `{"items": [...]}`. Services
 * (objects with `structure_id`, in the bundle's `services`, mixed in the array or nested as a
 * structure's `services` array) are joined to the structure whose `id` equals their
 * `structure_id`: they add themes (`thematiques`), `frais` and `prise_rdv`. Only structures are
 * rows (counted in `total`); a service without its structure is ignored. The older v0 shape
 * (`typologie`, `labels_nationaux`, `thematiques` on the structure, `horaires_ouverture`) is read too.
 */
import { themesFromDataInclusion, typesFromDataInclusion, typesFromLamednum } from '../crosswalk.js';
import { STRUCTURE_TYPES, type ReadResult } from '../model.js';
import {
  cleanAccessibility,
  cleanCode,
  cleanDate,
  cleanEmail,
  cleanSiret,
  cleanText,
  cleanUrl,
  freeFrom,
  isRecord,
  joinAddress,
  list,
  own,
  type Json,
} from './clean.js';
import { Collector } from './collector.js';

export function readDataInclusion(structures: readonly unknown[], services: readonly unknown[], sourceName: string): ReadResult {
  const out = new Collector('data-inclusion', sourceName);
  // Services by the id of their structure (a Map: ids are data, not keys of an object).
  const servicesOf = new Map<string, Json[]>();
  const addService = (service: unknown) => {
    if (!isRecord(service)) return;
    const structureId = own(service, 'structure_id');
    if (typeof structureId !== 'string') return;
    let bucket = servicesOf.get(structureId);
    if (!bucket) servicesOf.set(structureId, (bucket = []));
    bucket.push(service);
  };
  for (const service of services) addService(service);
  const rows: unknown[] = [];
  for (const item of structures) {
    if (isRecord(item) && typeof own(item, 'structure_id') === 'string') addService(item);
    else rows.push(item);
  }
  for (const row of rows) {
    if (!isRecord(row)) {
      out.skip('not-an-object');
      continue;
    }
    const get = (key: string) => own(row, key);
    const id = get('id');
    const nested = get('services');
    const related = [
      ...(typeof id === 'string' ? (servicesOf.get(id) ?? []) : []),
      ...(Array.isArray(nested) ? nested.filter(isRecord) : []),
    ];
    const thematiques = list(get('thematiques'));
    const fees: string[] = [];
    let appointmentUrl: string | undefined;
    for (const service of related) {
      thematiques.push(...list(own(service, 'thematiques')));
      fees.push(...list(own(service, 'frais')));
      appointmentUrl ??= cleanUrl(own(service, 'prise_rdv'));
    }
    const types = new Set([
      ...typesFromDataInclusion([...list(get('reseaux_porteurs')), ...list(get('labels_nationaux'))]),
      // v0 `typologie` uses the same codes as LaMednum.
      ...typesFromLamednum(list(get('typologie')), []),
    ]);
    out.add({
      id,
      name: get('nom'),
      lat: get('latitude'),
      lon: get('longitude'),
      types: STRUCTURE_TYPES.filter((t) => types.has(t)),
      themes: themesFromDataInclusion(thematiques),
      address: joinAddress(get('adresse'), get('complement_adresse')),
      postcode: cleanCode(get('code_postal')),
      city: cleanText(get('commune')),
      inseeCode: cleanCode(get('code_insee')),
      description:
        cleanText(get('description'), true) ??
        cleanText(get('presentation_resume'), true) ??
        cleanText(get('presentation_detail'), true),
      phone: cleanText(get('telephone')),
      email: cleanEmail(get('courriel')),
      website: cleanUrl(get('site_web')),
      hours: cleanText(get('horaires_accueil')) ?? cleanText(get('horaires_ouverture')),
      free: freeFrom(fees),
      accessibility: cleanAccessibility(get('accessibilite_lieu') ?? get('accessibilite')),
      appointmentUrl,
      siret: cleanSiret(get('siret')),
      source: cleanText(get('source')),
      updatedAt: cleanDate(get('date_maj')),
    });
  }
  return out.result();
}
