/**
 * A key-value store over localStorage that never throws: when localStorage is absent, disabled
 * (it throws on access), or full (setItem throws QuotaExceededError), values live in memory for
 * the page's lifetime instead, so the quiz still completes.
 */
export interface SafeStorage {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): boolean;
  remove(key: string): void;
  keys(prefix: string): string[];
  /** Whether values survive a reload (false once localStorage has failed). */
  readonly persistent: boolean;
}

export const STORAGE_PREFIX = 'cap-numerique:';

export function createStorage(getBackend: () => Storage | undefined = defaultBackend): SafeStorage {
  const memory = new Map<string, string>();
  let backend: Storage | undefined;
  try {
    backend = getBackend();
  } catch {
    backend = undefined;
  }
  const fail = () => {
    backend = undefined;
  };
  return {
    get persistent() {
      return backend !== undefined;
    },
    get<T>(key: string): T | undefined {
      let raw: string | null | undefined = memory.get(key);
      if (raw === undefined && backend) {
        try {
          raw = backend.getItem(key);
        } catch {
          fail();
        }
      }
      if (raw === undefined || raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      const raw = JSON.stringify(value);
      if (backend) {
        try {
          backend.setItem(key, raw);
          memory.delete(key);
          return true;
        } catch {
          fail();
        }
      }
      memory.set(key, raw);
      return false;
    },
    remove(key) {
      memory.delete(key);
      try {
        backend?.removeItem(key);
      } catch {
        fail();
      }
    },
    keys(prefix) {
      const found = new Set<string>([...memory.keys()].filter((k) => k.startsWith(prefix)));
      try {
        if (backend) {
          for (let i = 0; i < backend.length; i++) {
            const key = backend.key(i);
            if (key?.startsWith(prefix)) found.add(key);
          }
        }
      } catch {
        fail();
      }
      return [...found];
    },
  };
}

function defaultBackend(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage;
}
