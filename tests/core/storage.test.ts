import { expect } from '@open-wc/testing';
import { createStorage } from '../../src/core/storage.js';

function fakeStorage(behaviour: 'ok' | 'full' | 'throws'): Storage {
  const data = new Map<string, string>();
  const guard = () => {
    if (behaviour === 'throws') throw new DOMException('denied', 'SecurityError');
  };
  return {
    get length() {
      guard();
      return data.size;
    },
    key: (i) => (guard(), [...data.keys()][i] ?? null),
    getItem: (k) => (guard(), data.get(k) ?? null),
    setItem: (k, v) => {
      guard();
      if (behaviour === 'full') throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => (guard(), void data.delete(k)),
    clear: () => data.clear(),
  };
}

describe('storage', () => {
  it('stores JSON values in localStorage when it works', () => {
    const backend = fakeStorage('ok');
    const store = createStorage(() => backend);
    expect(store.set('cap-numerique:a', { n: 1 })).to.equal(true);
    expect(JSON.parse(backend.getItem('cap-numerique:a')!)).to.deep.equal({ n: 1 });
    expect(store.get('cap-numerique:a')).to.deep.equal({ n: 1 });
    expect(store.keys('cap-numerique:')).to.deep.equal(['cap-numerique:a']);
    store.remove('cap-numerique:a');
    expect(store.get('cap-numerique:a')).to.equal(undefined);
  });

  it('keeps values in memory when localStorage is full', () => {
    const store = createStorage(() => fakeStorage('full'));
    expect(store.set('k', [1, 2])).to.equal(false);
    expect(store.get('k')).to.deep.equal([1, 2]);
    expect(store.persistent).to.equal(false);
  });

  it('keeps working when every localStorage call throws (storage disabled)', () => {
    const store = createStorage(() => fakeStorage('throws'));
    expect(() => store.set('k', 'v')).to.not.throw();
    expect(store.get('k')).to.equal('v');
    expect(store.keys('')).to.deep.equal(['k']);
    expect(() => store.remove('k')).to.not.throw();
  });

  it('keeps working when accessing localStorage itself throws or it is absent', () => {
    const throwing = createStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    throwing.set('k', 1);
    expect(throwing.get('k')).to.equal(1);
    const absent = createStorage(() => undefined);
    absent.set('k', 2);
    expect(absent.get('k')).to.equal(2);
  });

  it('returns undefined for a corrupted value instead of throwing', () => {
    const backend = fakeStorage('ok');
    backend.setItem('k', '{not json');
    expect(createStorage(() => backend).get('k')).to.equal(undefined);
  });
});
