// Injected by scripts/bench/run.mjs into every benchmark page before any of the page's scripts
// (Playwright's addInitScript). It measures inside the page, with performance.now(), so that the
// figures do not include the runner's round trips. Both sides of a comparison use the same helpers:
// a condition is checked every millisecond or so, and "drawn" means the condition is met and the
// next frame has been painted.
(() => {
  const bench = (window.bench = {});
  const now = () => performance.now();

  /** Resolves when test() is true (checked every task), rejects after `timeout` ms. */
  const until = (test, what = 'condition', timeout = 120000) =>
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
  Object.assign(bench, { until, painted, now });

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

  /** What "ready" means for each element of the host page (scripts/bench/run.mjs names them). */
  const capQuizStart = (root) => root?.querySelector('cap-maturity-quiz')?.shadowRoot?.querySelector('.actions button');
  const hostReady = {
    'cap-quiz': () => capQuizStart(document),
    'cap-gauge': () => document.querySelector('cap-results-gauge')?.shadowRoot?.querySelector('figure svg'),
    'cap-finder': () => {
      const root = document.querySelector('cap-support-finder')?.shadowRoot;
      return root?.querySelector('.result-list li') && root.querySelector('cap-finder-map')?.shadowRoot?.querySelector('.cluster, .marker');
    },
    'cap-diagnostic': () => capQuizStart(document.querySelector('cap-diagnostic')?.shadowRoot),
    surveyjs: () => document.querySelector('#quiz .sd-navigation__start-btn'),
    leaflet: () => document.querySelector('#map .marker-cluster, #map .leaflet-marker-icon'),
  };

  /** Host page: waits for the element to be ready, then 1 s more; shifts and long tasks so far. */
  bench.host = async (variant) => {
    await until(hostReady[variant], `${variant} ready`);
    await painted();
    const ready = now();
    await new Promise((r) => setTimeout(r, 1000));
    return {
      ready,
      cls: bench.shifts.reduce((a, b) => a + b, 0),
      longTasks: bench.longTasks.length,
      longestTask: Math.max(0, ...bench.longTasks),
    };
  };

  // ——— finder: the same structures, already parsed ("data available"), for both sides ———
  const load = async (url) => {
    const rows = (await (await fetch(url)).json()).structures;
    await new Promise((r) => setTimeout(r, 50));
    return rows;
  };
  const settle = () => new Promise((r) => setTimeout(r, 1000));
  const capMap = () => document.querySelector('cap-support-finder')?.shadowRoot?.querySelector('cap-finder-map');

  /** Ours: `structures` set → first list and map painted; 1 s later, one "+" on the map, until redrawn. */
  bench.finderCap = async (url) => {
    await import('/dist/elements/support-finder.js');
    const rows = await load(url);
    const el = document.createElement('cap-support-finder');
    const t = now();
    el.structures = rows;
    document.getElementById('host').append(el);
    await until(() => el.shadowRoot?.querySelector('.result-list li') && capMap()?.shadowRoot?.querySelector('.cluster, .marker'), 'list and map');
    await painted();
    const firstDraw = now() - t;
    // The zoom step comes 1 s later, as a person's would: work deferred to idle time (our map
    // builds its zoom 7–11 index then) is not counted in it.
    await settle();
    const frame = capMap().shadowRoot.querySelector('.map-frame');
    const { width, height } = frame.getBoundingClientRect();
    const before = capMap().shadowRoot.querySelector('svg.map').innerHTML;
    const z = now();
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
    await capMap().updateComplete;
    await painted();
    const zoom = now() - z;
    if (capMap().shadowRoot.querySelector('svg.map').innerHTML === before) throw new Error('the map did not zoom');
    return { firstDraw, zoom, width, height };
  };

  /**
   * The network overview: an export's text handed over as a File (as when the staff drop it) →
   * read, checked, counted and every table drawn; then one period change → redrawn.
   */
  bench.overviewCap = async (url) => {
    await import('/dist/elements/network-overview.js');
    const text = await (await fetch(url)).text();
    await new Promise((r) => setTimeout(r, 50));
    const el = document.createElement('cap-network-overview');
    document.getElementById('host').append(el);
    await el.updateComplete;
    const root = el.shadowRoot;
    const rows = () => root.querySelectorAll('.contact-table tbody tr').length;
    const tasksBefore = bench.longTasks.length;
    const t = now();
    void el.readFile(new File([text], 'export.jsonl'));
    await until(() => root.querySelector('section[aria-labelledby="departments"] tbody tr') && rows() > 0, 'overview drawn');
    await painted();
    const firstDraw = now() - t;
    // Long tasks are reported after they end: give the observer a moment.
    await new Promise((r) => setTimeout(r, 100));
    const longestTask = Math.max(0, ...bench.longTasks.slice(tasksBefore));
    const total = root.querySelector('.total').textContent;
    const from = root.querySelector('input[name="from"]');
    const f = now();
    from.value = '2026-06-01';
    from.dispatchEvent(new Event('change'));
    await until(() => root.querySelector('.total')?.textContent !== total, 'period applied');
    await painted();
    return { firstDraw, longestTask, filter: now() - f };
  };

  /** Ours, after the heap is read: slowest of 7 search keystrokes, slowest of 6 filter changes. */
  bench.finderCapSearch = async () => {
    const el = document.querySelector('cap-support-finder');
    const input = el.shadowRoot.querySelector('#place');
    input.focus();
    // The commune index is a lazy chunk loaded on focus: wait for it, the keystroke times the search.
    await until(() => el.places.searcher !== undefined, 'commune index');
    await el.places.searcher;
    const keystroke = async (value) => {
      const t = now();
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await until(() => el.shadowRoot.querySelectorAll('[role="option"]').length > 0 && el.places.query === value, 'suggestions');
      await el.updateComplete;
      return now() - t;
    };
    await keystroke('Ly');
    const keystrokes = [];
    for (const v of ['Lyo', 'Lyon', 'Lil', 'Lill', 'Lille', 'Bor', 'Bord']) keystrokes.push(await keystroke(v));
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.shadowRoot.querySelector('[part="filters"]').open = true;
    await el.updateComplete;
    const filter = async (label) => {
      const box = [...el.shadowRoot.querySelectorAll('label.check')].find((l) => l.textContent.trim() === label).querySelector('input');
      const t = now();
      box.click();
      await el.updateComplete;
      return now() - t;
    };
    const filters = [];
    for (const label of ['Outils', 'Formation', 'Outils', 'Formation', 'Gratuit', 'Gratuit']) filters.push(await filter(label));
    return { keystroke: Math.max(...keystrokes), filter: Math.max(...filters) };
  };

  /** Leaflet + markercluster: data available → map and clusters painted; 1 s later, one zoomIn(). */
  bench.finderLeaflet = async (url, { width, height }) => {
    const rows = await load(url);
    const element = document.getElementById('map');
    element.style.width = `${width}px`;
    element.style.height = `${height}px`;
    const t = now();
    const map = window.drawLeafletMap(element, rows);
    await until(() => element.querySelector('.marker-cluster, .leaflet-marker-icon'), 'clusters');
    await painted();
    const firstDraw = now() - t;
    await settle();
    const z = now();
    await new Promise((resolve) => {
      map.once('zoomend', resolve);
      map.zoomIn();
    });
    await painted();
    const zoom = now() - z;
    window.benchMap = map;
    return { firstDraw, zoom };
  };

  // ——— quiz: the same path through the page for both sides ———
  const quizSides = {
    cap: {
      root: () => document.querySelector('cap-maturity-quiz')?.shadowRoot,
      start() {
        const r = this.root();
        return r && !r.querySelector('form, ol.review') ? r.querySelector('.actions button.button:not(.secondary)') : null;
      },
      firstInput() {
        return this.root()?.querySelector('form.step fieldset input');
      },
      next() {
        return this.root()?.querySelector('form.step button[type="submit"]');
      },
      finish() {
        const r = this.root();
        return r?.querySelector('ol.review') ? r.querySelector('.actions button.button:not(.secondary)') : null;
      },
      done() {
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
