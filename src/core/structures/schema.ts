/**
 * The project's own structure file format, as a zod/mini schema. The build turns
 * `structureFileSchema` into `dist/schema/structures.schema.json`; the readers clean each row field
 * by field (readers/project-format.ts) so that what they return fits this schema without loading
 * zod: a bad optional field is dropped rather than losing the whole row.
 * Only JSON-Schema-expressible checks here (no refine or transform), so that the published schema
 * says exactly what is checked.
 */
import * as z from 'zod/mini';
import { SUPPORT_THEMES } from '../vocabulary.js';
import { GUIDASSO_LEVELS, STRUCTURE_TYPES } from './model.js';

/** Longest text kept in any field; the reader cuts longer ones. */
import { MAX_TEXT, SIRET } from './limits.js';

export { MAX_TEXT, SIRET };


const text = (description: string) => z.string().check(z.maxLength(MAX_TEXT), z.describe(description));
const httpUrl = (description: string) =>
  z.string().check(z.maxLength(2000), z.regex(/^https?:\/\//i), z.describe(description));

export const structureSchema = z.object({
  id: z.optional(
    z.union([z.string().check(z.minLength(1), z.maxLength(200)), z.number()]).check(
      z.describe('Identifier in this file; the finder uses "<source>:<id>". Default: the row number.'),
    ),
  ),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT), z.describe('Name shown to users.')),
  types: z.optional(
    z.array(z.enum(STRUCTURE_TYPES)).check(
      z.describe('Structure types. The reader also accepts their French or English labels.'),
    ),
  ),
  themes: z.optional(
    z.array(z.enum(SUPPORT_THEMES)).check(
      z.describe(
        'Support themes: help for an association. The reader also accepts their French or English labels. donnees-rgpd is data protection and the GDPR; security is cybersecurite (files that tagged security help donnees-rgpd keep that tag).',
      ),
    ),
  ),
  guidasso: z.optional(
    z.enum(GUIDASSO_LEVELS).check(
      z.describe(
        'Level of the Guid’Asso label, which any type of structure can carry: orientation, information, generaliste (accompagnement généraliste), specialiste (accompagnement spécialiste). The reader also accepts « Guid’Asso accompagnement spécialiste » here or among the types.',
      ),
    ),
  ),
  lat: z.number().check(z.gte(-90), z.lte(90), z.describe('Latitude, WGS84 degrees.')),
  lon: z.number().check(z.gte(-180), z.lte(180), z.describe('Longitude, WGS84 degrees.')),
  address: z.optional(text('Street address.')),
  postcode: z.optional(z.string().check(z.maxLength(20), z.describe('Postcode, e.g. "69001".'))),
  city: z.optional(text('Commune.')),
  inseeCode: z.optional(z.string().check(z.maxLength(20), z.describe('INSEE code of the commune.'))),
  description: z.optional(text('Plain text, never HTML.')),
  phone: z.optional(text('Phone number.')),
  email: z.optional(z.string().check(z.maxLength(320), z.describe('Contact e-mail.'))),
  website: z.optional(httpUrl('Website, http(s) only.')),
  hours: z.optional(text('Opening hours, OSM opening_hours syntax, e.g. "Mo-Fr 09:00-12:00".')),
  free: z.optional(z.boolean().check(z.describe('true: free of charge; false: paid.'))),
  accessibility: z.optional(text('Accessibility: an acceslibre URL or a text.')),
  appointmentUrl: z.optional(httpUrl('Online appointment page, http(s) only.')),
  siret: z.optional(
    z.string().check(z.regex(SIRET), z.describe('SIRET, SIREN, RNA or RIDET number: merges duplicates.')),
  ),
  source: z.optional(z.string().check(z.maxLength(200), z.describe('Who provides the entry; default: the file name.'))),
  updatedAt: z.optional(
    z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.describe('Last update, YYYY-MM-DD.')),
  ),
});

export const structureFileSchema = z.object({
  $schema: z.optional(z.string()),
  structures: z.array(structureSchema),
});

export type StructureRow = z.infer<typeof structureSchema>;
export type StructureFile = z.infer<typeof structureFileSchema>;
