/** Limits shared by the readers and the published schema (kept apart so the readers need no zod). */
export const MAX_TEXT = 5000;

/** SIRET (14 digits), SIREN (9), RNA ("W" + 9 digits), RIDET (New Caledonia, 7–10 digits). */
export const SIRET = /^[A-Z]?\d{7,14}$/;
