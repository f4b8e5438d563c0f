import { expect } from '@open-wc/testing';
import { endsEarly } from '../../../src/elements/shared/load-json.js';

describe('endsEarly', () => {
  it('spots JSON that stops before its end', () => {
    expect(endsEarly('{"id": "mini", "questions": [{"id": "q1"}, {"id"')).to.equal(true);
    expect(endsEarly('[1, 2, ')).to.equal(true);
    expect(endsEarly('\uFEFF{"title": "Diagnostic de l’associa')).to.equal(true);
    // Brackets and escaped quotes inside strings do not count.
    expect(endsEarly('{"a": "}]"')).to.equal(true);
    expect(endsEarly('{"a": "say \\"hi\\" }')).to.equal(true);
  });

  it('does not take other broken files for cut ones', () => {
    expect(endsEarly('{"a": 1,}')).to.equal(false);
    expect(endsEarly('{"a": 1}}')).to.equal(false);
    expect(endsEarly('{"a": "}"}')).to.equal(false);
    expect(endsEarly('<!doctype html><p>Pas du JSON</p>')).to.equal(false);
    expect(endsEarly('nom,latitude,longitude\nA,45,')).to.equal(false);
    expect(endsEarly('')).to.equal(false);
  });
});
