import { expect } from '@open-wc/testing';
import { columnsFor, csvHeader, csvRecord, type ExportRow } from '../../src/core/network-export.js';
import { readExportText, readExportTextInSlices, readRows, readRowsInSlices } from '../../src/core/network-read.js';
import { contactRow, jsonLines, resultsRow } from '../fixtures/network-rows.js';

const csv = (rows: ExportRow[], separator = '\r\n') => {
  const columns = columnsFor(['results', 'contact']);
  return `\uFEFF${[csvHeader(columns), ...rows.map((row) => csvRecord(row, columns))].join(separator)}${separator}`;
};

const read = (text: string) => {
  const outcome = readExportText(text);
  if (!outcome.ok) throw new Error(`not read: ${outcome.problem}`);
  return outcome.value;
};

describe('reading a collector export', () => {
  const rows = [resultsRow(1), resultsRow(2, { version: 3 as never, score: null, level: null, department: undefined }), contactRow(1)];

  it('reads the same rows from JSON Lines, a JSON array and the CSV', () => {
    const fromLines = read(jsonLines(rows));
    const fromArray = read(JSON.stringify(rows));
    const fromCsv = read(csv(rows));
    expect(fromLines.format).to.equal('jsonl');
    expect(fromArray.format).to.equal('json');
    expect(fromCsv.format).to.equal('csv');
    for (const value of [fromLines, fromArray, fromCsv]) {
      expect(value.bad).to.deep.equal([]);
      expect(value.diagnostics.map((d) => [d.line, d.version, d.score, d.level, d.department])).to.deep.equal(
        value.format === 'json'
          ? [[1, '2026.1', 46, 'en-demarrage', '69'], [2, '3', null, null, undefined], ]
          : [[value.format === 'csv' ? 2 : 1, '2026.1', 46, 'en-demarrage', '69'], [value.format === 'csv' ? 3 : 2, '3', null, null, undefined]],
      );
      expect(value.diagnostics[0]!.dimensions[0]).to.deep.equal({ id: 'strategie', score: 20, level: null });
      expect(value.contacts).to.have.length(1);
      expect(value.contacts[0]).to.include({ day: '2026-11-03', department: '69', level: 'en-demarrage' });
      expect(value.contacts[0]!.row).to.include({ association: 'Association 1', email: 'contact1@example.org', kind: 'contact', id: 1 });
    }
  });

  it('gives texts back as written: formulas unescaped, markup kept as text, line breaks kept', () => {
    const hostile = contactRow(5, {
      association: '=HYPERLINK("http://evil.example","x")',
      person: '<img src=x onerror=alert(1)>',
      phone: '+33 4 72 10 30 30',
      message: 'Ligne 1\n<script>alert(1)</script>, "quoted"',
    });
    for (const text of [jsonLines([hostile]), csv([hostile])]) {
      const row = read(text).contacts[0]!.row;
      expect(row.association).to.equal(hostile.association);
      expect(row.person).to.equal(hostile.person);
      expect(row.phone).to.equal(hostile.phone);
      expect(row.message).to.equal(hostile.message);
    }
  });

  it('counts each bad row with its line and why, and keeps the good ones around it', () => {
    const text = [
      JSON.stringify(resultsRow(1)),
      '{"kind": "results", "id": 2, oops',
      JSON.stringify({ ...resultsRow(3), score: 140 }),
      JSON.stringify({ ...contactRow(1), email: undefined, phone: undefined }),
      JSON.stringify({ kind: 'other' }),
      '[1]',
      JSON.stringify({ ...contactRow(2), extra: 'not in the schema' }),
      JSON.stringify({ ...resultsRow(4), receivedAt: 'yesterday' }),
      JSON.stringify(contactRow(3)),
    ].join('\n');
    const value = read(text);
    expect(value.diagnostics.map((d) => d.line)).to.deep.equal([1]);
    expect(value.contacts.map((c) => c.line)).to.deep.equal([9]);
    expect(value.bad.map((b) => [b.line, b.kind])).to.deep.equal([
      [2, undefined],
      [3, 'results'],
      [4, 'contact'],
      [5, undefined],
      [6, undefined],
      [7, 'contact'],
      [8, 'results'],
    ]);
    expect(value.bad[0]!.issues[0]!.message).to.match(/^not JSON/);
    expect(value.bad[1]!.issues[0]).to.include({ path: 'score' });
    expect(value.bad[2]!.issues[0]!.message).to.match(/e-mail address or a phone/);
    expect(value.bad[3]!.issues[0]).to.include({ path: 'kind' });
    expect(value.bad[5]!.issues[0]!.message).to.match(/unknown key.*extra/);
    expect(value.bad[6]!.issues[0]).to.include({ path: 'receivedAt' });
  });

  it('gives a CSV row the line it starts on, even after a message over several lines', () => {
    const text = csv([contactRow(1, { message: 'un\ndeux\ntrois' }), { ...resultsRow(2), score: 'x' as never }]);
    const value = read(text);
    expect(value.contacts[0]!.line).to.equal(2);
    expect(value.bad.map((b) => b.line)).to.deep.equal([5]);
  });

  it('reads a CSV a French spreadsheet saved again with semicolons', () => {
    const text =
      'kind;id;received_at;schema;questionnaire_id;questionnaire_version;score;level;dimensions;date;lang\r\n' +
      'results;1;2026-11-02T10:00:00.000Z;cap-numerique/submission/1;q;1;10;;"[{""id"":""a"",""score"":10,""level"":null,""answered"":1}]";2026-11-02;fr\r\n';
    const value = read(text);
    expect(value.bad).to.deep.equal([]);
    expect(value.diagnostics[0]).to.include({ questionnaireId: 'q', version: '1', score: 10 });
    expect(value.diagnostics[0]!.dimensions).to.deep.equal([{ id: 'a', score: 10, level: null }]);
  });

  it('says why a whole file cannot be read', () => {
    expect(readExportText('')).to.deep.equal({ ok: false, problem: 'empty' });
    expect(readExportText('  \n')).to.deep.equal({ ok: false, problem: 'empty' });
    expect(readExportText('[{"kind": "results"')).to.include({ ok: false, problem: 'not-json' });
    expect(readExportText('{"a": 1}')).to.have.property('ok', true);
    expect(readExportText('nom,commune\nA,Lyon\n')).to.include({ ok: false, problem: 'not-export' });
    expect(readExportText('"[1]"')).to.include({ ok: false, problem: 'not-export' });
  });

  it('reads rows given as objects, telling contacts from results by their fields when kind is missing', () => {
    const { kind: _k, id: _i, receivedAt: _r, ...payload } = resultsRow(1);
    const { kind: _k2, id: _i2, receivedAt: _r2, department: _d, ...contact } = contactRow(1);
    const value = readRows([payload, contact, null, 'text']);
    expect(value.diagnostics).to.have.length(1);
    expect(value.contacts).to.have.length(1);
    expect(value.contacts[0]!.department).to.equal('69');
    expect(value.contacts[0]!.day).to.equal(undefined);
    expect(value.bad.map((b) => b.line)).to.deep.equal([3, 4]);
  });

  it('reads whether the association knows whom to ask when a row says so', () => {
    const value = read(jsonLines([resultsRow(1, { knowsWhomToAsk: false }), resultsRow(2, { knowsWhomToAsk: true }), resultsRow(3)]));
    expect(value.diagnostics.map((d) => d.knowsWhomToAsk)).to.deep.equal([false, true, undefined]);
    const withColumn = `kind,id,received_at,schema,questionnaire_id,questionnaire_version,score,level,dimensions,date,lang,knows_whom_to_ask\r\nresults,1,2026-11-02T10:00:00.000Z,cap-numerique/submission/1,q,1,10,,[],2026-11-02,fr,false\r\n`;
    expect(read(withColumn).diagnostics[0]!.knowsWhomToAsk).to.equal(false);
  });

  it('reads the same in slices, yielding whenever the page needs it', async () => {
    const text = [jsonLines([resultsRow(1), contactRow(1)]), '{oops', JSON.stringify(resultsRow(2))].join('\n');
    let asked = 0;
    let yielded = 0;
    const pause = () => (++asked % 2 === 0 ? Promise.resolve().then(() => void yielded++) : undefined);
    expect(await readExportTextInSlices(text, pause)).to.deep.equal(readExportText(text));
    expect(asked).to.be.greaterThan(3);
    expect(yielded).to.equal(Math.floor(asked / 2));
    expect(await readExportTextInSlices('', pause)).to.deep.equal({ ok: false, problem: 'empty' });
    const rows = [resultsRow(1), 'x', contactRow(2)];
    expect(await readRowsInSlices(rows, () => undefined)).to.deep.equal(readRows(rows));
  });
});
