import { expect } from '@open-wc/testing';
import { checkShared, decodeFragment, encodeFragment, scoreChange } from '../../src/core/share.js';

describe('share links', () => {
  it('round-trips answers through a URL fragment, accents included', () => {
    const shared = { questionnaireId: 'mini', version: 1, answers: { a: 'oui', b: ['x', 'é'] } };
    const fragment = encodeFragment(shared);
    expect(fragment).to.match(/^cap-diagnostic=[A-Za-z0-9_-]+$/);
    expect(decodeFragment(`#${fragment}`)).to.deep.equal(shared);
    expect(decodeFragment(`#other=1&${fragment}`)).to.deep.equal(shared);
  });

  it('still reads share links made before the results gained their new fields', () => {
    // Written by the first version of the share link: {q, v, a} in base64url.
    const fragment =
      '#cap-diagnostic=eyJxIjoibWluaSIsInYiOjEsImEiOnsicS1zaW5nbGUiOiJwYXJ0YWdlIiwicS1tdWx0aXBsZSI6WyJhZ2VuZGEiXSwicS15ZXNubyI6InllcyIsInEtc2NhbGUiOiIzIn19';
    expect(decodeFragment(fragment)).to.deep.equal({
      questionnaireId: 'mini',
      version: 1,
      answers: { 'q-single': 'partage', 'q-multiple': ['agenda'], 'q-yesno': 'yes', 'q-scale': '3' },
    });
  });

  it('ignores a missing, broken or hostile fragment', () => {
    expect(decodeFragment('')).to.equal(undefined);
    expect(decodeFragment('#cap-diagnostic=!!!')).to.equal(undefined);
    expect(decodeFragment('#cap-diagnostic=' + btoa('{"q":1}'))).to.equal(undefined);
    const polluted = checkShared(JSON.parse('{"questionnaireId":"q","version":1,"answers":{"__proto__":"x","a":"b","n":3}}'));
    // A question may be called "__proto__": its answer is kept as data, the prototype untouched.
    expect(Object.entries(polluted!.answers)).to.deep.equal([['__proto__', 'x'], ['a', 'b']]);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
    expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
  });

  it('computes the change since the previous score', () => {
    expect(scoreChange(62, 50)).to.equal(12);
    expect(scoreChange(40, 52)).to.equal(-12);
    expect(scoreChange(null, 50)).to.equal(undefined);
    expect(scoreChange(50, undefined)).to.equal(undefined);
  });
});
