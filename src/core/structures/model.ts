import type { SupportTheme } from '../vocabulary.js';

/**
 * The project's own vocabulary of structure types. Neither national standard has
 * codes for DLA, points d'appui, maisons des associations, CRIB or CRESS.
 */
export const STRUCTURE_TYPES = [
  'dla',
  'point-appui',
  'maison-associations',
  'crib',
  'cress',
  'france-active',
  'hub-numerique',
  'conseiller-numerique',
  'france-services',
  'tiers-lieu',
  'epn',
  'reseau',
] as const;

export type StructureType = (typeof STRUCTURE_TYPES)[number];

/**
 * Guid’Asso, the State's association support network, is a label with a level, which any type of
 * structure can carry (a maison des associations, a federation, a CRIB, a town's service…):
 * orientation, information, accompagnement généraliste, accompagnement spécialiste.
 */
export const GUIDASSO_LEVELS = ['orientation', 'information', 'generaliste', 'specialiste'] as const;

export type GuidAssoLevel = (typeof GUIDASSO_LEVELS)[number];

/** Why a position is not trusted as given. */
export type PositionWarning =
  /** The point is outside France and its overseas territories: kept in the list, not on the map. */
  | 'outside-france'
  /** Latitude and longitude were obviously swapped (the swapped point is in France): corrected. */
  | 'swapped'
  /** Position not given: placed at the commune's centre (from the commune index). */
  | 'approximate'
  /** Position kept as given, but further than a threshold from its own commune's centre: to be checked. */
  | 'far';

/** One support structure, whatever format it was read from. */
export interface Structure {
  /** Unique in the merged set: `<source>:<id in the source>` (or a generated id). */
  id: string;
  name: string;
  types: StructureType[];
  themes: SupportTheme[];
  /** Its Guid’Asso label's level, when it carries the label. */
  guidasso?: GuidAssoLevel;
  lat: number;
  lon: number;
  positionWarning?: PositionWarning;
  address?: string;
  postcode?: string;
  city?: string;
  inseeCode?: string;
  description?: string;
  /** The first phone number (see `phones`). */
  phone?: string;
  /** Every phone number, when the source gives several (`|`, `;`, `/` or « ou » between them). */
  phones?: string[];
  email?: string;
  /** Only http(s) URLs are kept. */
  website?: string;
  /** OSM opening_hours syntax. */
  hours?: string;
  /** True: free of charge; false: paid; undefined: unknown. */
  free?: boolean;
  /** Accessibility information: an acceslibre URL (http(s) only) or a text. */
  accessibility?: string;
  /** Online appointment URL (http(s) only). */
  appointmentUrl?: string;
  /**
   * Where to ask for the help online (data·inclusion `lien_mobilisation`: a form, a booking page),
   * http(s) only.
   */
  mobilisationUrl?: string;
  /**
   * How the help is given, as the source says it (LaMednum `modalites_accompagnement` such as
   * « À distance », « Itinérant »; data·inclusion `modes_accueil` such as `a-distance`).
   */
  supportModes?: string[];
  /** SIRET (14 digits) or RNA / pivot identifier, used to merge duplicates across sources. */
  siret?: string;
  /** Where this entry comes from: the source's name (`source` field) or the file's name. */
  source: string;
  /** Last update of the entry, YYYY-MM-DD, when the source says. */
  updatedAt?: string;
  /**
   * Duplicates merged into this entry (mergeSources), each with its own source and update date,
   * so that every source stays shown.
   */
  mergedFrom?: MergedEntry[];
}

export interface MergedEntry {
  id: string;
  source: string;
  updatedAt?: string;
}

/** Reasons a row is skipped (one count each, shown in the details panel). */
export type SkipReason =
  | 'missing-coordinates'
  | 'invalid-coordinates'
  | 'missing-name'
  | 'not-an-object'
  | 'duplicate'
  /** No coordinates, and the commune of its INSEE code or postcode is not in the commune index. */
  | 'commune-not-found'
  /** No coordinates, and the commune index could not be downloaded to place it. */
  | 'commune-index-unavailable';

export interface ReadResult {
  /** Detected format. */
  format: 'cap-numerique' | 'geojson' | 'lieux-mediation-numerique' | 'data-inclusion' | 'csv';
  structures: Structure[];
  /** Skipped rows by reason. */
  skipped: Partial<Record<SkipReason, number>>;
  /** Rows read (kept + unplaced + skipped). */
  total: number;
  /**
   * Rows without usable coordinates but with an INSEE code or a postcode: full structures with
   * `lat`/`lon` NaN and `positionWarning: 'approximate'`, to be placed at their commune. Not in
   * `structures`.
   */
  unplaced?: Structure[];
  /** Field name → rows where it held a non-empty value that the reader does not use. */
  unusedFields?: Record<string, number>;
  /** data·inclusion services whose structure is not in the file. */
  servicesWithoutStructure?: number;
}
