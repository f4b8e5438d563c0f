import { createContext } from '@lit/context';
import type { Questionnaire, QuizResults } from '../../core/types.js';

/** What `<cap-diagnostic>` shares with the elements inside it. */
export interface DiagnosticState {
  questionnaire: Questionnaire | undefined;
  results: QuizResults | null;
  /** Support themes of the weakest dimensions: the finder's pre-filter. */
  themes: string[];
}

/**
 * Context keys live in their own module (Lit's guidance): providers and consumers import the same
 * key whichever chunk loads first.
 */
export const diagnosticContext = createContext<DiagnosticState>(Symbol.for('cap-numerique:diagnostic'));
