import { html, nothing, type TemplateResult } from 'lit';
// The user changes `checked`; live() compares with the input, not with the last value rendered
// (an input reused for the next question would otherwise keep a choice made in the same task).
import { live } from 'lit/directives/live.js';
import { localize, type Lang } from '../../core/i18n.js';
import type { QuizFlow } from '../../core/quiz-flow.js';
import { isNotApplicable, isProfileQuestion, isUnknown, optionsOf, type AnyQuestion } from '../../core/scoring.js';
import { answerOf, NOT_APPLICABLE_ANSWER, UNKNOWN_ANSWER, type AnswerValue } from '../../core/types.js';
import { quizMsg } from './messages.js';

/**
 * One question as a fieldset: its label (the screen's heading on a step, a numbered heading in
 * the list), help, hint, validation message, options, then « Je ne sais pas » and « Non concerné »
 * where the question allows them. A choice goes to `flow.choose`.
 */
export function renderQuestion(flow: QuizFlow, question: AnyQuestion, index: number, lang: Lang, single: boolean): TemplateResult {
  const value = answerOf(flow.answers, question.id);
  const multiple = question.type === 'multiple';
  const profile = isProfileQuestion(question);
  const name = `q-${question.id}`;
  const helpId = `help-${question.id}`;
  const errorId = `error-${question.id}`;
  const hasError = single ? flow.invalid : flow.missing.some((m) => m.id === question.id);
  const chosen = new Set(Array.isArray(value) ? value : value === undefined ? [] : [value]);
  const describedBy = [
    question.help || profile ? helpId : '',
    multiple ? `hint-${question.id}` : '',
    hasError ? errorId : '',
  ]
    .filter(Boolean)
    .join(' ');
  const label = localize(question.label, lang);
  const heading = single
    ? html`<h2 class="question-label" tabindex="-1" data-focus-heading part="heading">${label}</h2>`
    : html`<h3 class="question-label" id=${`label-${question.id}`} tabindex="-1">
        <span class="number">${index + 1}.</span> ${label}
      </h3>`;
  const option = (id: string, text: string, extra = '') => html`<label class=${`option${extra}`} part="option">
    <input
      type=${multiple ? 'checkbox' : 'radio'}
      name=${name}
      .value=${id}
      .checked=${live(chosen.has(id))}
      @change=${(e: Event) => {
        const input = e.target as HTMLInputElement;
        flow.choose(question, input.value, input.checked);
      }}
    />
    <span>${text}</span>
  </label>`;
  return html`<fieldset
    class=${`question type-${question.type}${hasError ? ' invalid' : ''}`}
    part="question"
    aria-describedby=${describedBy || nothing}
    aria-invalid=${hasError ? 'true' : nothing}
  >
    <legend>${heading}</legend>
    ${question.help || profile
      ? html`<p class="help" id=${helpId} part="help">
          ${profile ? quizMsg(lang, 'profileNote') : nothing} ${question.help ? localize(question.help, lang) : nothing}
        </p>`
      : nothing}
    ${multiple ? html`<p class="hint" id=${`hint-${question.id}`}>${quizMsg(lang, 'multipleHint')}</p>` : nothing}
    ${hasError
      ? html`<p class="validation" id=${errorId} part="validation">${quizMsg(lang, 'chooseOne')}</p>`
      : nothing}
    <div class=${question.type === 'scale' ? 'options scale' : 'options'}>
      ${optionsOf(question).map((o) => option(o.id, localize(o.label, lang)))}
    </div>
    ${question.allowUnknown === false ? nothing : option(UNKNOWN_ANSWER, quizMsg(lang, 'unknown'), ' unknown')}
    ${profile || question.allowNotApplicable === false
      ? nothing
      : option(NOT_APPLICABLE_ANSWER, quizMsg(lang, 'notApplicable'), ' unknown')}
  </fieldset>`;
}

/** An answer as the review screen writes it; undefined when there is none. */
export function answerText(question: AnyQuestion, value: AnswerValue | undefined, lang: Lang): string | undefined {
  if (value === undefined) return undefined;
  if (isUnknown(value)) return quizMsg(lang, 'unknown');
  if (isNotApplicable(value)) return quizMsg(lang, 'notApplicable');
  const ids = Array.isArray(value) ? value : [value];
  if (ids.length === 0) return quizMsg(lang, 'noneChecked');
  const options = optionsOf(question);
  return ids.map((id) => localize(options.find((o) => o.id === id)?.label ?? id, lang)).join(' ; ');
}
