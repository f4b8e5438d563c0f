/**
 * GeoJSON: a FeatureCollection of Points (a single Feature or a bare `features` array too).
 * Properties use our field names, the usual French/English names or, when they have a `pivot`,
 * the LaMednum names.
 */
import { isRecord, own, type Json } from './clean.js';
import { Collector, readAll, type ReadOutcome, type RowsReader } from './collector.js';
import { lamednumDraft, lamednumFields } from './lamednum.js';
import { emptyDraft, emptyValues, LabelLookups, plainDraft, plainValues, type FieldEntry } from './plain-fields.js';

/** GeoJSON features, a range at a time. */
export function geoJsonReader(sourceName: string): RowsReader {
  const out = new Collector('geojson', sourceName);
  const keyCache = new Map<string, FieldEntry | null>();
  const lookups = new LabelLookups();
  const values = emptyValues();
  const plain = emptyDraft();
  let lamednumKnown: Set<string> | undefined;
  const read = (feature: unknown) => {
    if (!isRecord(feature)) {
      out.skip('not-an-object');
      return;
    }
    const properties = isRecord(own(feature, 'properties')) ? (own(feature, 'properties') as Json) : {};
    const lamednum = Object.hasOwn(properties, 'pivot');
    if (lamednum) out.countUnused(properties, (lamednumKnown ??= lamednumFields()));
    const draft = lamednum
      ? lamednumDraft((key) => own(properties, key))
      : plainDraft(plainValues(properties, keyCache, values, out.unused), lookups, plain);
    const featureId = own(feature, 'id');
    if (featureId !== undefined && featureId !== null) draft.id = featureId;
    // GeoJSON positions are [lon, lat]; anything but a Point has no single position.
    const geometry = own(feature, 'geometry');
    if (!isRecord(geometry)) {
      draft.lat = draft.lon = undefined;
    } else {
      const coordinates = own(geometry, 'coordinates');
      if (own(geometry, 'type') === 'Point' && Array.isArray(coordinates) && coordinates.length >= 2) {
        draft.lon = coordinates[0];
        draft.lat = coordinates[1];
      } else {
        draft.lat = draft.lon = Number.NaN;
      }
    }
    out.add(draft);
  };
  return {
    read(rows, from, to) {
      for (let i = from; i < to; i++) read(rows[i]);
    },
    result: () => out.result(),
  };
}

export const readGeoJson = (features: readonly unknown[], sourceName: string): ReadOutcome => readAll(geoJsonReader(sourceName), features);
