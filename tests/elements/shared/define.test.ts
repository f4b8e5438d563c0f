import { expect } from '@open-wc/testing';
import { define } from '../../../src/elements/shared/define.js';

describe('define guard', () => {
  it('defines an element once and stays silent when the same version defines it again', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      define('cap-test-same', A);
      expect(customElements.get('cap-test-same')).to.equal(A);
      (B as unknown as { capVersion: string }).capVersion = 'x';
      define('cap-test-same', B);
      expect(customElements.get('cap-test-same')).to.equal(A);
      expect(warnings).to.deep.equal([]);
    } finally {
      console.warn = original;
    }
  });

  it('warns once, never throws, when another version already defined the tag', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      class Other1 extends HTMLElement {
        static capVersion = '0.0.1';
      }
      class Other2 extends HTMLElement {
        static capVersion = '0.0.1';
      }
      customElements.define('cap-test-other-1', Other1);
      customElements.define('cap-test-other-2', Other2);
      expect(() => define('cap-test-other-1', class extends HTMLElement {})).to.not.throw();
      expect(() => define('cap-test-other-2', class extends HTMLElement {})).to.not.throw();
      expect(() => define('not a valid name', class extends HTMLElement {})).to.not.throw();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('already defined by version 0.0.1');
    } finally {
      console.warn = original;
    }
  });
});
