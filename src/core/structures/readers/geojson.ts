/**
 * GeoJSON: a FeatureCollection of Points (a single Feature or a bare `features` array too).
 * Properties use our field names, the usual French/English names or, when they have a `pivot`,
 * the LaMednum names.
 */
import type { ReadResult } from '../model.js';
import { isRecord, own, type Json } from './clean.js';
import { Collector } from './collector.js';
import { lamednumDraft } from './lamednum.js';
import { emptyDraft, emptyValues, LabelLookups, plainDraft, plainValues, type FieldEntry } from './plain-fields.js';

export function readGeoJson(features: readonly unknown[], sourceName: string): ReadResult {
  const out = new Collector('geojson', sourceName);
  const keyCache = new Map<string, FieldEntry | null>();
  const lookups = new LabelLookups();
  const values = emptyValues();
  const plain = emptyDraft();
  for (const feature of features) {
    if (!isRecord(feature)) {
      out.skip('not-an-object');
      continue;
    }
    const properties = isRecord(own(feature, 'properties')) ? (own(feature, 'properties') as Json) : {};
    const draft = Object.hasOwn(properties, 'pivot')
      ? lamednumDraft((key) => own(properties, key))
      : plainDraft(plainValues(properties, keyCache, values), lookups, plain);
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
  }
  return out.result();
}
