// Injected by scripts/bench/run.mjs into every benchmark page before any of the page's scripts
// (Playwright's addInitScript). It measures inside the page, with performance.now(), so that the
// figures do not include the runner's round trips. Both sides of a comparison use the same helpers:
// a condition is checked every millisecond or so, and "drawn" means the condition is met and the
// next frame has been painted.
(() => {
  const bench = (window.bench = {});
  const now = () => performance.now();

  /** Resolves when test() is true (checked every task), rejects after `timeout` ms. */
  const until = (test, what = 'condition', timeout = 5000) =>
    new Promise((resolve, reject) => {
      const started = now();
      const check = () => {
        let value;
        try {
          value = test();
        } catch {
          value = undefined;
        }
        if (value) return resolve(value);
        if (now() - started > timeout) return reject(new Error(`timed out waiting for ${what}`));
        setTimeout(check, 0);
      };
      check();
    });
  /** After the next frame is painted (a task queued from requestAnimationFrame runs after paint). */
  const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  /** querySelector through open shadow roots. */
  const deep = (selector, root = document) => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(selector, el.shadowRoot);
        if (inner) return inner;
      }
    }
    return null;
  };
  Object.assign(bench, { until, painted, deep, now });

  // ——— host page: layout shifts and long tasks from navigation start ———
  bench.shifts = [];
  bench.longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) bench.shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Not supported: the runner reports no number, and --quick fails.
  }

  // ——— quiz: the same path through the page for both sides ———
  const quizSides = {
    cap: {
      root: () => document.querySelector('cap-maturity-quiz')?.shadowRoot,
      start() {
        const r = this.root();
        return r && !r.querySelector('form, ol.review') ? r.querySelector('.actions button.button:not(.secondary)') : null;
      },
      firstInput: function () {
        return this.root()?.querySelector('form.step fieldset input');
      },
      next: function () {
        return this.root()?.querySelector('form.step button[type="submit"]');
      },
      finish: function () {
        const r = this.root();
        return r?.querySelector('ol.review') ? r.querySelector('.actions button.button:not(.secondary)') : null;
      },
      done: function () {
        return this.root()?.querySelector('cap-results-gauge')?.shadowRoot?.querySelector('figure svg');
      },
    },
    surveyjs: {
      start: () => document.querySelector('#quiz .sd-navigation__start-btn'),
      firstInput: () => (document.querySelector('#quiz .sd-navigation__complete-btn') ? null : document.querySelector('#quiz .sd-question input')),
      next: () => document.querySelector('#quiz .sd-navigation__next-btn, #quiz .sd-navigation__preview-btn'),
      finish: () => document.querySelector('#quiz .sd-navigation__complete-btn'),
      done: () => document.querySelector('#quiz .sd-completedpage'),
    },
  };
  const quizSide = /quiz-(\w+)\.html$/.exec(location.pathname)?.[1];
  const quiz = quizSides[quizSide];
  if (quiz) {
    // From the mark before the library's script: the start button rendered (clicked at once), then
    // the first question's first input present and enabled.
    bench.quiz = { startReady: NaN, firstReady: NaN };
    const poll = () => {
      const mark = performance.getEntriesByName('bench-start')[0]?.startTime ?? 0;
      if (Number.isNaN(bench.quiz.startReady)) {
        const button = quiz.start();
        if (button && !button.disabled) {
          bench.quiz.startReady = now() - mark;
          button.click();
        }
      } else {
        const input = quiz.firstInput();
        if (input && !input.disabled) {
          bench.quiz.firstReady = now() - mark;
          return;
        }
      }
      setTimeout(poll, 0);
    };
    poll();

    /** Answers every question with its first option, then "next"; then finishes. Times it all. */
    bench.answerAll = async () => {
      await until(() => !Number.isNaN(bench.quiz.firstReady), 'first question');
      await painted();
      const t = now();
      let answered = 0;
      while (!quiz.finish()) {
        const input = await until(() => quiz.firstInput() || quiz.finish(), 'a question or the review');
        if (input === quiz.finish()) break;
        const name = input.name;
        // Answer, let the page paint it (as between a person's two clicks), then "next". (Both in
        // one task trip up our quiz: Lit reuses the input for the next question and, its
        // `.checked` not being `live()`, leaves it checked.)
        input.click();
        await painted();
        quiz.next().click();
        answered++;
        await until(() => quiz.finish() || (quiz.firstInput() && quiz.firstInput().name !== name), 'next question');
      }
      quiz.finish().click();
      await until(() => quiz.done(), 'end screen');
      await painted();
      return { answerAll: now() - t, answered };
    };
  }
})();
