import { expect } from '@open-wc/testing';
import { safeHttpUrl } from '../../src/core/url.js';

describe('url: safeHttpUrl', () => {
  it('accepts http and https addresses, parsed', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')?.href).to.equal('https://example.org/a?b=1');
    expect(safeHttpUrl('HTTP://Example.org')?.href).to.equal('http://example.org/');
    expect(safeHttpUrl('http://example.org')).to.be.instanceOf(URL);
  });

  it('refuses other schemes and text that is no URL, without throwing', () => {
    for (const value of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,x', 'mailto:a@b.fr', 'ftp://example.org', 'file:///etc/passwd', 'not a url', '', '//example.org']) {
      expect(safeHttpUrl(value), value).to.equal(undefined);
    }
  });

  it('resolves relative addresses against a base', () => {
    expect(safeHttpUrl('/finder.html', 'https://example.org/quiz/')?.href).to.equal('https://example.org/finder.html');
    expect(safeHttpUrl('results', new URL('https://example.org/quiz/'))?.href).to.equal('https://example.org/quiz/results');
    expect(safeHttpUrl('javascript:alert(1)', 'https://example.org/')).to.equal(undefined);
    // Without a base, a relative address is not one.
    expect(safeHttpUrl('/finder.html')).to.equal(undefined);
  });
});
