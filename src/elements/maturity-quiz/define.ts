import { define } from '../shared/define.js';
import { CapMaturityQuiz } from './maturity-quiz.js';

define('cap-maturity-quiz', CapMaturityQuiz);

export { CapMaturityQuiz };
export type * from './maturity-quiz.js';
