/**
 * The « Être recontactée » request as the form holds it, checked field by field before anything is
 * sent, and the payload made from it (schema `cap-numerique/contact/1`, see contact-schema.ts).
 * Pure: no DOM, no network. The rules are the collector's own, so that what the form accepts the
 * collector accepts too (tests/core/contact-request.test.ts holds them side by side).
 */
import type { ContactPayload } from './contact-schema.js';
import type { QuizResults } from './types.js';

/** The contact request's version (contact-schema.ts validates it; kept here so the form does not load zod). */
export const CONTACT_V1 = 'cap-numerique/contact/1';

/** The département of an INSEE commune code: its first 2 characters, 3 overseas ("974"). */
export const departmentOfInsee = (insee: string): string => (/^9[78]/.test(insee) ? insee.slice(0, 3) : insee.slice(0, 2));

/** What the user typed or chose; texts as typed (they are trimmed when checked and sent). */
export interface ContactDraft {
  association: string;
  person: string;
  email: string;
  phone: string;
  /** The commune as typed, or its label when chosen from the list. */
  commune: string;
  /** Set only when the commune was chosen from the commune list. */
  communeInsee?: string | undefined;
  message: string;
  /** Attach the diagnostic's questionnaire and level. */
  attachLevel: boolean;
  consent: boolean;
}

export const emptyContactDraft = (): ContactDraft => ({
  association: '',
  person: '',
  email: '',
  phone: '',
  commune: '',
  message: '',
  attachLevel: false,
  consent: false,
});

export type ContactField = 'association' | 'person' | 'email' | 'phone' | 'commune' | 'message' | 'consent';
/** The fields in the form's order: the first one with a problem gets the focus. */
export const CONTACT_FIELDS: readonly ContactField[] = ['association', 'person', 'email', 'phone', 'commune', 'message', 'consent'];

export interface FieldProblem {
  /** A message key: required, tooLong, oneLine, control, email, phone, reach, consent. */
  problem: string;
  /** The longest length allowed (tooLong). */
  max?: number;
}

/** The collector's limits (contact-schema.ts). */
export const CONTACT_LIMITS = { association: 200, person: 200, email: 254, commune: 100, message: 2000, notice: 4000 } as const;

/** The e-mail rule the collector applies (zod's `z.email()`). */
// eslint-disable-next-line no-useless-escape -- written exactly as zod writes it (a test compares the two)
export const EMAIL_PATTERN = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Digits, spaces and + . - ( ), at least 6 digits, at most 30 characters. */
export const PHONE_PATTERN = /^(?=(?:\D*\d){6})[+\d .()-]{6,30}$/;
const ONE_LINE = /^[^\p{Cc}\p{Cs}]*$/u;
const PARAGRAPHS = /^(?:[^\p{Cc}\p{Cs}]|[\t\n\r])*$/u;

function lineProblem(value: string, max: number, required: boolean): FieldProblem | undefined {
  if (!value) return required ? { problem: 'required' } : undefined;
  if (!ONE_LINE.test(value)) return { problem: 'oneLine' };
  if (value.length > max) return { problem: 'tooLong', max };
  return undefined;
}

/** Each field's problem; an empty object when the request can be sent. */
export function checkContact(draft: ContactDraft): Partial<Record<ContactField, FieldProblem>> {
  const problems: Partial<Record<ContactField, FieldProblem>> = {};
  const set = (field: ContactField, problem: FieldProblem | undefined) => {
    if (problem) problems[field] = problem;
  };
  set('association', lineProblem(draft.association.trim(), CONTACT_LIMITS.association, true));
  set('person', lineProblem(draft.person.trim(), CONTACT_LIMITS.person, true));
  const email = draft.email.trim();
  const phone = draft.phone.trim();
  if (!email && !phone) {
    set('email', { problem: 'reach' });
  } else {
    if (email && (email.length > CONTACT_LIMITS.email || !EMAIL_PATTERN.test(email))) set('email', { problem: 'email' });
    if (phone && !PHONE_PATTERN.test(phone)) set('phone', { problem: 'phone' });
  }
  set('commune', lineProblem(draft.commune.trim(), CONTACT_LIMITS.commune, false));
  const message = draft.message.trim();
  if (message && !PARAGRAPHS.test(message)) set('message', { problem: 'control' });
  else if (message.length > CONTACT_LIMITS.message) set('message', { problem: 'tooLong', max: CONTACT_LIMITS.message });
  if (!draft.consent) set('consent', { problem: 'consent' });
  return problems;
}

/**
 * The notice as it is stored with the request: what the user read, without control characters
 * other than line breaks, within the collector's limit.
 */
export function noticeText(notice: string): string {
  return notice
    .replace(/[^\P{Cc}\t\n\r]|\p{Cs}/gu, ' ')
    .trim()
    .slice(0, CONTACT_LIMITS.notice);
}

/** The commune's name without the "(69)" the list adds to tell homonyms apart. */
const communeName = (draft: ContactDraft) =>
  draft.communeInsee ? draft.commune.trim().replace(/\s*\((?:\d{2,3}|2[AB])\)$/, '') : draft.commune.trim();

/**
 * The payload for a checked draft: exactly what was typed (trimmed), an empty optional field left
 * out, the level only when the user chose to attach it.
 */
export function contactPayload(
  draft: ContactDraft,
  { notice, lang, results }: { notice: string; lang: 'fr' | 'en'; results?: QuizResults | null },
): ContactPayload {
  const payload: ContactPayload = {
    schema: CONTACT_V1,
    association: draft.association.trim(),
    person: draft.person.trim(),
    consent: { given: true, notice: noticeText(notice) },
    lang,
  };
  if (draft.email.trim()) payload.email = draft.email.trim();
  if (draft.phone.trim()) payload.phone = draft.phone.trim();
  if (draft.commune.trim()) {
    payload.commune = draft.communeInsee ? { name: communeName(draft), insee: draft.communeInsee } : { name: communeName(draft) };
  }
  if (draft.message.trim()) payload.message = draft.message.trim();
  if (draft.attachLevel && results) {
    payload.results = { questionnaireId: results.questionnaireId, version: results.version, level: results.level };
  }
  return payload;
}

/** The département of a commune chosen from the list, else nothing. */
export const departmentOfChoice = (insee: string | undefined): string | undefined => (insee ? departmentOfInsee(insee) : undefined);
