import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/elements/network-overview/define.js';
import type { CapNetworkOverview } from '../../../src/elements/network-overview/network-overview.js';
import { columnsFor, csvHeader, csvRecord } from '../../../src/core/network-export.js';
import { contactRow, jsonLines, resultsRow } from '../../fixtures/network-rows.js';
import { click, emulate, itEmulatingMedia, record, settle, shadow, waitFor } from '../../helpers.js';

const text = (el: Element, selector: string) => shadow(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: Element) => text(el, '[part="status"]');
const section = (el: Element, id: string) => shadow(el).querySelector(`section[aria-labelledby="${id}"]`);
/** A table's body as text, cell by cell. */
const cells = (el: Element, id: string) =>
  Array.from(section(el, id)?.querySelectorAll('tbody tr') ?? []).map((tr) => Array.from(tr.children).map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

async function loaded(el: CapNetworkOverview): Promise<void> {
  await waitFor(() => /lus?\b|read\b/.test(status(el)) || !!shadow(el).querySelector('[role="alert"]'), 'nothing read');
  await settle(el);
}

const ROWS = [
  resultsRow(1, { date: '2026-09-10', level: 'peu-initiee', department: '69', knowsWhomToAsk: false }),
  resultsRow(2, { date: '2026-10-02', level: 'en-demarrage', department: '69', knowsWhomToAsk: true }),
  resultsRow(3, { date: '2026-11-20', level: 'en-progression', department: '2A', knowsWhomToAsk: true }),
  resultsRow(4, { date: '2026-11-21', level: 'en-demarrage', department: undefined }),
  resultsRow(5, { date: '2026-11-22', version: '2025.1', level: 'bien-outillee' }),
  contactRow(1, { receivedAt: '2026-10-03T08:00:00.000Z' }),
  contactRow(2, { receivedAt: '2026-11-21T08:00:00.000Z', results: { questionnaireId: 'cap-numerique-maturite', version: '2026.1', level: 'peu-initiee' } }),
  contactRow(3, { receivedAt: '2026-11-22T08:00:00.000Z', commune: { name: 'Ajaccio', insee: '2A004' }, department: '2A', results: undefined }),
];

const blobUrl = (body: string, type = 'application/jsonl') => URL.createObjectURL(new Blob([body], { type }));

describe('<cap-network-overview>', () => {
  afterEach(async () => {
    fixtureCleanup();
    await emulate({});
  });

  it('asks for an export before any data, with a labelled file chooser that says nothing is uploaded', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    await settle(el);
    expect(text(el, '[part="empty"]')).to.contain('choisissez ou déposez un fichier d’export');
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(shadow(el).querySelector(`label[for="${input.id}"]`)!.textContent).to.contain('Fichier d’export du collecteur');
    expect(text(el, '#file-hint')).to.contain('n’est envoyé nulle part');
    await expect(el).to.be.accessible();
  });

  it('shows the share that does not know whom to ask, with its denominator, from an export the collector wrote', async () => {
    // tests/fixtures/collector-export.jsonl (and .csv) is checked against the real collector's export by tests/node/collector.test.mjs:
    // three version 3 results (two « does not know »), one version 1 (not asked), one contact request.
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview src="/tests/fixtures/collector-export.jsonl"></cap-network-overview>`);
    await loaded(el);
    expect(status(el)).to.contain('4 diagnostics et 1 demande de contact lus');
    const whom = section(el, 'whom')!.textContent!.replace(/\s+/g, ' ');
    expect(whom).to.contain('66,7 % des diagnostics qui renseignent cette réponse (2 sur 3)');
    expect(cells(el, 'whom')).to.deep.equal([
      ['Ce réseau', '66,7 %', '3'],
      ['Enquête 2022', '11 %', '2 776'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the same share from the collector’s CSV export (its knows_whom_to_ask column)', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview src="/tests/fixtures/collector-export.csv"></cap-network-overview>`);
    await loaded(el);
    expect(status(el)).to.contain('4 diagnostics et 1 demande de contact lus');
    expect(cells(el, 'whom')[0]).to.deep.equal(['Ce réseau', '66,7 %', '3']);
    await expect(el).to.be.accessible();
  });

  it('shows the figures of the submissions property, for the most recent questionnaire version', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    const events = record(el, 'cap-overview-load');
    el.submissions = ROWS;
    await loaded(el);
    expect(status(el)).to.contain('5 diagnostics et 3 demandes de contact lus');
    expect(events[0]!.detail).to.deep.include({ diagnostics: 5, contacts: 3, bad: [] });
    // The most recent version (2025.1 was used last, on 22 November) is selected; the other is offered.
    const select = shadow(el).querySelector<HTMLSelectElement>('select[name="questionnaire"]')!;
    expect(Array.from(select.options).map((o) => o.textContent!.trim())).to.deep.equal([
      'cap-numerique-maturite, version 2025.1 (1 diagnostic)',
      'cap-numerique-maturite, version 2026.1 (4 diagnostics)',
    ]);
    select.value = select.options[1]!.value;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '.total')).to.contain('4 diagnostics du 10 septembre 2026 au 21 novembre 2026');
    expect(cells(el, 'timeline')).to.deep.equal([
      ['septembre 2026', '1'],
      ['octobre 2026', '1'],
      ['novembre 2026', '2'],
    ]);
    expect(cells(el, 'levels')).to.deep.equal([
      ['Peu initiée', '1', '25 %'],
      ['En démarrage', '2', '50 %'],
      ['En progression', '1', '25 %'],
      ['Bien outillée', '0', '0 %'],
    ]);
    expect(cells(el, 'dimensions')[0]).to.deep.equal(['Stratégie et gouvernance du numérique', '4', '20', '20–20', '20–20']);
    expect(cells(el, 'weakest')).to.deep.equal([
      ['Stratégie et gouvernance du numérique', '4', '100 %'],
      ['Données, sécurité et RGPD', '4', '100 %'],
    ]);
    expect(cells(el, 'departments')).to.deep.equal([
      ['69', '2', '50 %'],
      ['2A', '1', '25 %'],
      ['Non renseigné (pas de commune choisie)', '1', '25 %'],
    ]);
    const whom = section(el, 'whom')!.textContent!.replace(/\s+/g, ' ');
    expect(whom).to.contain('33,3 % des diagnostics qui renseignent cette réponse (1 sur 3)');
    expect(whom).to.contain('11 % des 2 776 dirigeants associatifs interrogés');
    expect(whom).to.contain('printemps 2022. Réponses déclaratives.');
    expect(cells(el, 'whom')).to.deep.equal([
      ['Ce réseau', '33,3 %', '3'],
      ['Enquête 2022', '11 %', '2 776'],
    ]);
    // Every chart is hidden from assistive technology and followed by its table.
    for (const chart of shadow(el).querySelectorAll('svg.chart')) {
      expect(chart.getAttribute('aria-hidden')).to.equal('true');
      expect(chart.nextElementSibling?.querySelector('table'), chart.closest('section')!.id).to.exist;
    }
    await expect(el).to.be.accessible();
  });

  it('filters by period, and the contact requests by level and département, least initiated first', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    el.submissions = ROWS.filter((r) => r.kind === 'contact' || r.version === '2026.1');
    await loaded(el);
    const contacts = () => Array.from(shadow(el).querySelectorAll('.contact-table tbody th')).map((th) => th.textContent!.trim());
    expect(contacts()).to.deep.equal(['Association 2', 'Association 1', 'Association 3']);
    const from = shadow(el).querySelector<HTMLInputElement>('input[name="from"]')!;
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '.total')).to.contain('2 diagnostics du 20 novembre 2026 au 21 novembre 2026');
    expect(cells(el, 'timeline').map((row) => row[0])).to.deep.equal(['20 novembre 2026', '21 novembre 2026']);
    expect(contacts()).to.deep.equal(['Association 2', 'Association 3']);
    const level = shadow(el).querySelector<HTMLSelectElement>('select[name="level"]')!;
    expect(Array.from(level.options).map((o) => o.textContent!.trim())).to.deep.equal(['Tous', 'Peu initiée', 'En démarrage', 'Non renseigné']);
    level.value = 'none';
    level.dispatchEvent(new Event('change'));
    await settle(el);
    expect(contacts()).to.deep.equal(['Association 3']);
    expect(text(el, '.contacts [role="status"]')).to.equal('1 demande sur 3.');
    const department = shadow(el).querySelector<HTMLSelectElement>('select[name="department"]')!;
    department.value = '69';
    department.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '.contacts .none')).to.equal('Aucune demande de contact pour ces critères.');
    from.value = '2027-01-01';
    from.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '.none')).to.equal('Aucun diagnostic pour cette période et ce questionnaire.');
    await expect(el).to.be.accessible();
  });

  it('counts and explains the bad rows of a src file and shows the others', async () => {
    const body = [
      JSON.stringify(ROWS[0]),
      '{"kind":"results", oops',
      JSON.stringify({ ...ROWS[1], score: 250 }),
      JSON.stringify({ ...ROWS[6], email: undefined, phone: undefined }),
      JSON.stringify(ROWS[5]),
    ].join('\n');
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview src=${blobUrl(body)}></cap-network-overview>`);
    const errors = record(el, 'cap-error');
    await loaded(el);
    expect(status(el)).to.contain('1 diagnostic et 1 demande de contact lus');
    const bad = text(el, '[part="bad-rows"]');
    expect(bad).to.contain('3 lignes ignorées');
    expect(bad).to.contain('Ligne 2 : not JSON');
    expect(bad).to.contain('Ligne 3 (résultats) : score');
    expect(bad).to.contain('Ligne 4 (demande de contact) : email give an e-mail address or a phone number');
    expect(errors).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says so when a file is not an export, or cannot be fetched', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview src=${blobUrl('nom,commune\nA,Lyon\n', 'text/csv')}></cap-network-overview>`);
    const errors = record(el, 'cap-error');
    await loaded(el);
    expect(text(el, '[role="alert"]')).to.contain('Ce fichier n’est pas un export du collecteur');
    expect(text(el, '[role="alert"]')).to.contain('nom,commune');
    await waitFor(() => errors.length === 1, 'no cap-error');
    await expect(el).to.be.accessible();
    el.src = '/__fixtures/status/500';
    await waitFor(() => text(el, '[role="alert"]').includes('500'), 'no network error');
    expect(text(el, '[role="alert"]')).to.contain('Le fichier /__fixtures/status/500 n’a pas pu être chargé');
    await expect(el).to.be.accessible();
  });

  it('shows hostile texts as text and exports them safe from formulas', async () => {
    (window as unknown as { pwned?: boolean }).pwned = false;
    const hostile = contactRow(9, {
      association: '=HYPERLINK("http://evil.example","Cliquez")',
      person: '<img src=x onerror="window.pwned=true">',
      phone: '+33 4 72 10 30 30',
      message: '<script>window.pwned=true</script>\n@SUM(A1)',
      commune: { name: '"><svg onload=alert(1)>' },
      department: undefined,
    });
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    el.submissions = [ROWS[0], hostile];
    await loaded(el);
    const row = shadow(el).querySelector('.contact-table tbody tr')!;
    expect(row.querySelector('th')!.textContent).to.equal(hostile.association);
    expect(row.textContent).to.contain('<img src=x onerror="window.pwned=true">');
    expect(row.textContent).to.contain('<script>window.pwned=true</script>');
    expect(shadow(el).querySelectorAll('img, script, .contact-table svg')).to.have.length(0);
    expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    const csv = el.contactsCsv();
    expect(csv.startsWith('\uFEFFkind,id,received_at')).to.equal(true);
    expect(csv).to.contain(`'=HYPERLINK(""http://evil.example"",""Cliquez"")`);
    expect(csv).to.contain("'+33 4 72 10 30 30");
    expect(csv).to.equal(`\uFEFF${csvHeader(columnsFor(['contact']))}\r\n${csvRecord(hostile, columnsFor(['contact']))}\r\n`);
    await expect(el).to.be.accessible();
  });

  it('reads a file chosen with the file input, and a file dropped on it, never sending it', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    const input = shadow(el).querySelector<HTMLInputElement>('input[type="file"]')!;
    const chosen = new DataTransfer();
    chosen.items.add(new File([jsonLines(ROWS)], 'export.jsonl', { type: 'application/jsonl' }));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change'));
    await loaded(el);
    expect(status(el)).to.contain('export.jsonl : 5 diagnostics et 3 demandes de contact lus');
    await expect(el).to.be.accessible();

    const columns = columnsFor(['results', 'contact']);
    const csv = [csvHeader(columns), ...ROWS.slice(0, 2).map((r) => csvRecord(r, columns))].join('\r\n');
    const dropped = new DataTransfer();
    dropped.items.add(new File([csv], 'export.csv', { type: 'text/csv' }));
    el.dispatchEvent(new DragEvent('dragover', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await settle(el);
    expect(text(el, '#file-hint')).to.equal('Déposez le fichier pour le lire');
    el.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitFor(() => status(el).startsWith('export.csv'), 'drop not read');
    await settle(el);
    expect(status(el)).to.contain('export.csv : 2 diagnostics et 0 demande de contact lus');
    observer.disconnect();
    expect(requests.filter((url) => !/\.(js|ts|css|map)(\?|$)/.test(url) && !url.includes('/__web-dev-server'))).to.deep.equal([]);
  });

  it('speaks English on an English page', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview lang="en"></cap-network-overview>`);
    el.submissions = ROWS;
    await loaded(el);
    expect(text(el, 'h2')).to.equal('What the network learns from the check-ups');
    expect(status(el)).to.contain('5 check-ups and 3 contact requests read');
    expect(text(el, 'section[aria-labelledby="whom"]')).to.contain('11% of the 2,776 association leaders surveyed');
    await expect(el).to.be.accessible();
  });

  it('renders thousands of rows, and the contact requests fifty at a time', async () => {
    const rows: object[] = [];
    const levels = ['peu-initiee', 'en-demarrage', 'en-progression', 'bien-outillee'];
    for (let i = 1; i <= 4000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      rows.push(resultsRow(i, { date: `2026-${month}-${day}`, level: levels[i % 4]!, department: String(30 + (i % 60)), scores: [i % 100, (i * 7) % 100, (i * 13) % 100, 50, null, 10] }));
    }
    for (let i = 1; i <= 120; i++) rows.push(contactRow(i, { receivedAt: `2026-11-${String((i % 28) + 1).padStart(2, '0')}T08:00:00.000Z` }));
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    el.submissions = rows;
    await loaded(el);
    expect(status(el)).to.contain('4 000 diagnostics et 120 demandes de contact lus');
    expect(cells(el, 'timeline')).to.have.length(12);
    expect(cells(el, 'departments')).to.have.length(60);
    expect(shadow(el).querySelectorAll('.contact-table tbody tr')).to.have.length(50);
    await click(el, 'Afficher 50 de plus');
    expect(shadow(el).querySelectorAll('.contact-table tbody tr')).to.have.length(100);
    await click(el, 'Afficher 20 de plus');
    expect(shadow(el).querySelectorAll('.contact-table tbody tr')).to.have.length(120);
    expect(el.contactsCsv().trim().split('\r\n')).to.have.length(121);
  });

  it('fits a 320 px screen: nothing wider than the page, wide tables scroll in their own region', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '320px';
    frame.style.height = '800px';
    frame.style.border = '0';
    document.body.append(frame);
    try {
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.srcdoc = `<!doctype html><html lang="fr"><head><meta name="viewport" content="width=device-width">
          <script type="module">import '/src/elements/network-overview/define.ts';</script></head>
          <body style="margin: 0"><main style="padding: 0 0.5rem"><cap-network-overview></cap-network-overview></main></body></html>`;
      });
      const doc = frame.contentDocument!;
      await waitFor(() => !!doc.querySelector('cap-network-overview')?.shadowRoot?.querySelector('[part="empty"]'), 'overview never rendered', 10000);
      const el = doc.querySelector('cap-network-overview') as CapNetworkOverview;
      el.submissions = ROWS;
      await loaded(el);
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      const contacts = shadow(el).querySelector<HTMLElement>('.contacts .table-wrap')!;
      expect(contacts.scrollWidth).to.be.greaterThan(contacts.clientWidth);
      expect(contacts.tabIndex).to.equal(0);
      expect(contacts.getAttribute('aria-label')).to.equal('Tableau\u00a0: Demandes de contact');
    } finally {
      frame.remove();
    }
  });

  itEmulatingMedia('prints the figures without the file chooser and filters', async () => {
    const el = await fixture<CapNetworkOverview>(html`<cap-network-overview></cap-network-overview>`);
    el.submissions = ROWS;
    await loaded(el);
    await emulate({ media: 'print' });
    expect(getComputedStyle(shadow(el).querySelector('[part="source"]')!).display).to.equal('none');
    expect(getComputedStyle(shadow(el).querySelector('.actions')!).display).to.equal('none');
    expect(getComputedStyle(section(el, 'levels')!.querySelector('table')!).display).to.equal('table');
  });
});
