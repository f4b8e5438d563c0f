/**
 * The contact request ("Être recontactée") that `submit-url` receives (the collector's
 * `POST /contact`), with zod/mini: the collector validates with it and the build publishes it as
 * dist/schema/contact.schema.json. It is personal data, sent only with its own explicit consent.
 *
 * Unlike the results payload, a contact request with a field not listed here is refused: the
 * collector stores no personal data it was not told about, and a form that starts collecting
 * something new fails loudly instead of having it silently dropped. A new field is a new version.
 */
import * as z from 'zod/mini';
import { CONTACT_V1 } from './contact-request.js';
import { identifier, levelId, line, questionnaireVersion } from './submission-schema.js';

export { CONTACT_V1, departmentOfInsee } from './contact-request.js';

/** Free text over several lines: tabs and line breaks allowed, other control characters (and lone surrogates) not. */
const paragraphs = (max: number) =>
  z.string().check(z.maxLength(max), z.regex(/^(?:[^\p{Cc}\p{Cs}]|[\t\n\r])*$/u, 'must be text, without control characters other than line breaks'));

/** An INSEE commune code of mainland France, Corsica ("2A004") or the five overseas départements ("97411"). */
export const inseeCode = z
  .string()
  .check(z.regex(/^(?:(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5])\d{3}|97[1-8]\d{2}|98[6-8]\d{2})$/, 'expected an INSEE commune code (5 characters, e.g. "69123" or "2A004")'));

const hasEmailOrPhone = (request: { email?: string | undefined; phone?: string | undefined }) =>
  request.email !== undefined || request.phone !== undefined;

export const contactSchema = z
  .strictObject({
    schema: z.literal(CONTACT_V1),
    /** The association's name. */
    association: line(200),
    /** Whom to contact. */
    person: line(200),
    /** An e-mail address and/or a phone number: at least one. Omit the one the user left empty. */
    email: z.optional(z.email('expected an e-mail address').check(z.maxLength(254))),
    phone: z.optional(
      z.string().check(z.regex(/^(?=(?:\D*\d){6})[+\d .()-]{6,30}$/, 'expected a phone number: digits, spaces and + . - ( )')),
    ),
    /** Where the association is: the commune's name, and its INSEE code when it was chosen from a list. */
    commune: z.optional(z.strictObject({ name: line(100), insee: z.optional(inseeCode) })),
    message: z.optional(paragraphs(2000)),
    /**
     * The user ticked the consent box next to the page's notice (purpose, recipient, retention).
     * `notice`: the notice as the user saw it, or the identifier of its version that the network keeps.
     */
    consent: z.strictObject({ given: z.literal(true), notice: paragraphs(4000).check(z.minLength(1)) }),
    /** Attached only if the user agreed to: which diagnostic the association took and its level. */
    results: z.optional(z.strictObject({ questionnaireId: identifier, version: questionnaireVersion, level: levelId })),
    /** The language to answer in. */
    lang: z.enum(['fr', 'en']),
  })
  .check(z.refine(hasEmailOrPhone, { message: 'give an e-mail address or a phone number (or both)', path: ['email'] }))
  // The rule above, for JSON Schema readers (a refinement has no JSON Schema of its own).
  .register(z.globalRegistry, { anyOf: [{ required: ['email'] }, { required: ['phone'] }] });

/** A contact request as sent. */
export type ContactPayload = z.input<typeof contactSchema>;
/** A contact request as validated and stored. */
export type StoredContact = z.output<typeof contactSchema>;
