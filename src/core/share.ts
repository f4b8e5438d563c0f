import { emptyAnswers, type Answers } from './types.js';

/** What travels in a share link or an export file: enough to recompute the results. */
export interface SharedAnswers {
  questionnaireId: string;
  version: string | number;
  answers: Answers;
}

export const FRAGMENT_KEY = 'cap-diagnostic';

/** `#cap-diagnostic=<base64url JSON>`: the answers stay in the fragment, never sent to a server. */
export function encodeFragment(shared: SharedAnswers): string {
  const json = JSON.stringify({ q: shared.questionnaireId, v: shared.version, a: shared.answers });
  const bytes = new TextEncoder().encode(json);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `${FRAGMENT_KEY}=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

/** The shared answers in a URL fragment, or undefined when there are none or they are malformed. */
export function decodeFragment(hash: string): SharedAnswers | undefined {
  const match = new RegExp(`(?:^#?|&)${FRAGMENT_KEY}=([A-Za-z0-9_-]{1,20000})`).exec(hash);
  if (!match) return undefined;
  try {
    const base64 = match[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const data = JSON.parse(new TextDecoder().decode(bytes)) as { q?: unknown; v?: unknown; a?: unknown };
    return checkShared({ questionnaireId: data.q, version: data.v, answers: data.a });
  } catch {
    return undefined;
  }
}

/** Check the shape of shared answers (from a link or a file); never trusts what it is given. */
export function checkShared(data: unknown): SharedAnswers | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { questionnaireId, version, answers } = data as Record<string, unknown>;
  if (typeof questionnaireId !== 'string' || !questionnaireId) return undefined;
  if (typeof version !== 'string' && typeof version !== 'number') return undefined;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const clean: Answers = emptyAnswers();
  for (const [id, value] of Object.entries(answers)) {
    if (typeof value === 'string') clean[id] = value.slice(0, 200);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) clean[id] = value.slice(0, 50);
  }
  return { questionnaireId, version, answers: clean };
}

/** Score difference with an earlier result, for "+12 points depuis le 3 mars". */
export function scoreChange(current: number | null, previous: number | null | undefined): number | undefined {
  if (current === null || previous === null || previous === undefined) return undefined;
  return current - previous;
}
