/**
 * data·inclusion: an array of structures (`source`, `id`, `nom`, `date_maj`…), a
 * `{"structures": [...], "services": [...]}` bundle, an API page `{"items": [...]}`, or the search
 * endpoint's answer `{"items": [{"service": {…, "structure": {…}}, "distance": …}]}` (each item's
 * structure nested in its service: structures kept once by id, their services joined). Services
 * (objects with `structure_id`, in the bundle's `services`, mixed in the array or nested as a
 * structure's `services` array) are joined to the structure whose `id` equals their
 * `structure_id`: they add themes (`thematiques`), `frais`, `prise_rdv`, `lien_mobilisation` and
 * `modes_accueil`. Only structures are rows (counted in `total`); services whose structure is not
 * in the file are counted (`servicesWithoutStructure`). The older v0 shape (`typologie`,
 * `labels_nationaux`, `thematiques` on the structure, `horaires_ouverture`) is read too.
 */
import { themesFromDataInclusion, typesFromDataInclusion, typesFromLamednum } from '../crosswalk.js';
import { STRUCTURE_TYPES } from '../model.js';
import {
  cleanAccessibility,
  cleanCode,
  cleanDate,
  cleanSiret,
  cleanText,
  cleanUrl,
  firstEmail,
  freeFrom,
  isRecord,
  joinAddress,
  list,
  own,
  supportModesOf,
  type Json,
} from './clean.js';
import { Collector, readAll, type ReadOutcome, type RowsReader } from './collector.js';

const fields = (names: string): ReadonlySet<string> => new Set(names.split(' '));
/** The fields read from a structure and from a service; other filled fields are counted as unused. */
const STRUCTURE_FIELDS = fields(
  'id nom latitude longitude reseaux_porteurs labels_nationaux typologie thematiques adresse complement_adresse ' +
    'code_postal commune code_insee description presentation_resume presentation_detail telephone courriel site_web ' +
    'horaires_accueil horaires_ouverture accessibilite_lieu accessibilite siret source date_maj services lien_mobilisation',
);
const SERVICE_FIELDS = fields('structure_id structure thematiques frais prise_rdv lien_mobilisation modes_accueil');

const isService = (item: unknown): item is Json => isRecord(item) && typeof own(item, 'structure_id') === 'string';

/** The search endpoint's items as structures (once each, by id) and services. */
function searchItems(items: readonly unknown[]): { structures: Json[]; services: Json[] } {
  const structures: Json[] = [];
  const services: Json[] = [];
  const seen = new Set<unknown>();
  for (const item of items) {
    const service = isRecord(item) ? own(item, 'service') : undefined;
    if (!isRecord(service)) continue;
    const structure = own(service, 'structure');
    const id = isRecord(structure) ? own(structure, 'id') : undefined;
    if (isRecord(structure) && typeof id === 'string') {
      if (!seen.has(id)) structures.push(structure);
      seen.add(id);
      services.push({ ...service, structure_id: id });
    } else services.push(service);
  }
  return { structures, services };
}

/**
 * data·inclusion structures (with their services), a range at a time; with `search`, `items` are
 * the search endpoint's (see `searchItems`).
 */
export function dataInclusionReader(
  items: readonly unknown[],
  services: readonly unknown[],
  sourceName: string,
  search = false,
): { reader: RowsReader; rows: unknown[] } {
  if (search) ({ structures: items, services } = searchItems(items));
  const out = new Collector('data-inclusion', sourceName);
  let orphans = 0;
  // Services by the id of their structure (a Map: ids are data, not keys of an object).
  const servicesOf = new Map<string, Json[]>();
  const addService = (service: unknown) => {
    if (!isRecord(service)) return;
    out.countUnused(service, SERVICE_FIELDS, 'services.');
    const structureId = own(service, 'structure_id');
    if (typeof structureId !== 'string') return void orphans++;
    let bucket = servicesOf.get(structureId);
    if (!bucket) servicesOf.set(structureId, (bucket = []));
    bucket.push(service);
  };
  for (const service of services) addService(service);
  const rows: unknown[] = [];
  for (const item of items) {
    if (isService(item)) addService(item);
    else rows.push(item);
  }
  const reader: RowsReader = {
    read(rows, from, to) {
      for (let i = from; i < to; i++) readStructure(rows[i]);
    },
    result() {
      // What is left: services whose structure is not in the file.
      for (const bucket of servicesOf.values()) orphans += bucket.length;
      servicesOf.clear();
      const result = out.result();
      if (orphans) result.servicesWithoutStructure = orphans;
      return result;
    },
  };
  const readStructure = (row: unknown) => {
    if (!isRecord(row)) return out.skip('not-an-object');
    out.countUnused(row, STRUCTURE_FIELDS);
    const get = (key: string) => own(row, key);
    const id = get('id');
    const nested = get('services');
    const joined = typeof id === 'string' ? servicesOf.get(id) : undefined;
    if (joined) servicesOf.delete(id as string);
    const related = [...(joined ?? []), ...(Array.isArray(nested) ? nested.filter(isRecord) : [])];
    const thematiques = list(get('thematiques'));
    const fees: string[] = [];
    const modes: string[] = [];
    let appointmentUrl: string | undefined;
    let mobilisationUrl = cleanUrl(get('lien_mobilisation'));
    for (const service of related) {
      thematiques.push(...list(own(service, 'thematiques')));
      fees.push(...list(own(service, 'frais')));
      modes.push(...list(own(service, 'modes_accueil')));
      appointmentUrl ??= cleanUrl(own(service, 'prise_rdv'));
      mobilisationUrl ??= cleanUrl(own(service, 'lien_mobilisation'));
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
      email: firstEmail(get('courriel')),
      website: cleanUrl(get('site_web')),
      hours: cleanText(get('horaires_accueil')) ?? cleanText(get('horaires_ouverture')),
      free: freeFrom(fees),
      accessibility: cleanAccessibility(get('accessibilite_lieu') ?? get('accessibilite')),
      appointmentUrl,
      mobilisationUrl,
      supportModes: supportModesOf(modes),
      siret: cleanSiret(get('siret')),
      source: cleanText(get('source')),
      updatedAt: cleanDate(get('date_maj')),
    });
  };
  return { reader, rows };
}

export function readDataInclusion(structures: readonly unknown[], services: readonly unknown[], sourceName: string): ReadOutcome {
  const { reader, rows } = dataInclusionReader(structures, services, sourceName);
  return readAll(reader, rows);
}
