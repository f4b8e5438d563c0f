/**
 * Parses a JSON document while it downloads. The elements of its lists — the top-level list, or the
 * lists held by the top-level object ("structures", "features"…) — are parsed in batches as their
 * text arrives, so that little is left to do when the last byte comes: for a 12 MB file of 20,000
 * structures, `JSON.parse` of the whole text would take 50–100 ms after the download.
 *
 * `finish()` gives the parsed value, or `undefined` when the text is not a JSON object or list, or
 * not valid JSON: the caller then parses the whole text as before, for the same messages. Where it
 * gives a value, that value is what `JSON.parse` of the whole text gives.
 */
export class JsonSplitter {
  /** Pieces of the text outside the split lists, each list replaced by a marker string. */
  private readonly skeleton: string[] = [];
  /** Text of the current list since its last batch. */
  private pending: string[] = [];
  private readonly lists: unknown[][] = [];
  private readonly marker = `\u0000cap-list-${Math.random().toString(36).slice(2)}-`;
  private depth = 0;
  private inString = false;
  /** A backslash ended the last piece inside a string: the next character is escaped. */
  private escaped = false;
  /** 'start' until the first character that is not white space. */
  private state: 'start' | 'skeleton' | 'list' | 'off' = 'start';
  /** Depth of the current split list's elements. */
  private elementDepth = 0;
  /** The current list has had a comma between elements (so its last element must not be blank). */
  private cut = false;
  /**
   * In a list, whether the fields above describe the end of the text fed so far. When false, the
   * text fed since the last batch is in `pending` and starts between two elements of the list:
   * the next batch is found without reading every character (see `guess`).
   */
  private known = true;
  /** Length of the text in `pending`. */
  private pendingLength = 0;

  /**
   * Feed the next piece of text (as decoded, in order). Returns false once the text is known not to
   * be a JSON object or list, or not to be valid JSON: the caller then keeps the text itself.
   */
  feed(piece: string): boolean {
    if (this.state !== 'off' && piece.length > 0) {
      if (this.state === 'list' && !this.known) this.guess(piece);
      else this.scan(piece);
    }
    return this.state !== 'off';
  }

  /**
   * Cut the list after the last "}," of the piece and parse up to there. When that parses, the cut
   * was between two elements: `[` + text + `]` can only be a whole list if the text ends outside
   * any string and between elements. Otherwise (the cut was inside an element or a string, or the
   * list ended in this piece) the text since the last batch is read character by character.
   */
  private guess(piece: string): void {
    const comma = lastElementEnd(piece);
    if (comma >= 0) {
      const text = this.pending.join('') + piece.slice(0, comma);
      if (text.trim() !== '') {
        const items = parseList(text);
        if (items) {
          this.append(items);
          this.cut = true;
          this.pending = [piece.slice(comma + 1)];
          this.pendingLength = piece.length - comma - 1;
          return;
        }
      }
    } else if (this.pendingLength + piece.length < 1 << 22) {
      // No element ends in this piece (a long element): wait for the next one.
      this.pending.push(piece);
      this.pendingLength += piece.length;
      return;
    }
    this.scanPending(piece);
  }

  /** Read the text since the last batch (and `piece`) character by character. */
  private scanPending(piece = ''): void {
    const text = this.pending.join('') + piece;
    this.pending = [];
    this.pendingLength = 0;
    this.known = true;
    this.scan(text);
  }

  /** Read a piece character by character, from the state the fields describe. */
  private scan(piece: string): void {
    let i = 0;
    if (this.state === 'start') {
      while (i < piece.length && /[\s\uFEFF]/.test(piece[i]!)) i++;
      if (i === piece.length) return;
      if (piece[i] !== '{' && piece[i] !== '[') return this.stop();
      this.state = 'skeleton';
    }
    // Start of the text not yet stored (in the skeleton or in the current list).
    let from = i;
    // In a list: the last comma between two of its elements in this piece.
    let lastCut = -1;
    let backslash = -2;
    const n = piece.length;
    while (i < n) {
      if (this.inString) {
        if (this.escaped) {
          this.escaped = false;
          i++;
          continue;
        }
        const quote = piece.indexOf('"', i);
        // The next backslash, looked for again only once passed (-1: none left in this piece).
        if (backslash === -2 || (backslash !== -1 && backslash < i)) backslash = piece.indexOf('\\', i);
        if (backslash !== -1 && (quote === -1 || backslash < quote)) {
          i = backslash + 2;
          if (i > n) this.escaped = true;
          continue;
        }
        if (quote === -1) break;
        this.inString = false;
        i = quote + 1;
        continue;
      }
      const c = piece.charCodeAt(i);
      if (c === 34 /* " */) {
        this.inString = true;
      } else if (c === 123 /* { */) {
        this.depth++;
      } else if (c === 91 /* [ */) {
        if (this.state === 'skeleton' && this.depth <= 1) {
          // A list at the top, or held by the top-level object: its elements are parsed in batches.
          this.skeleton.push(piece.slice(from, i), JSON.stringify(this.marker + this.lists.length));
          this.lists.push([]);
          this.state = 'list';
          this.elementDepth = this.depth + 1;
          this.cut = false;
          this.pending = [];
          this.pendingLength = 0;
          from = i + 1;
          lastCut = -1;
        }
        this.depth++;
      } else if (c === 125 /* } */ || c === 93 /* ] */) {
        if (this.state === 'list' && this.depth === this.elementDepth) {
          // The end of the split list: its last batch.
          if (!this.batch(piece.slice(from, i), true)) return this.stop();
          this.state = 'skeleton';
          from = i + 1;
          lastCut = -1;
        }
        if (--this.depth < 0) return this.stop();
      } else if (c === 44 /* , */ && this.state === 'list' && this.depth === this.elementDepth) {
        lastCut = i;
      }
      i++;
    }
    if (this.state === 'list') {
      if (lastCut >= 0) {
        if (!this.batch(piece.slice(from, lastCut), false)) return this.stop();
        this.cut = true;
        from = lastCut + 1;
        // The text left starts between two elements: the next pieces can be guessed.
        this.known = false;
        this.depth = this.elementDepth;
        this.inString = false;
        this.escaped = false;
      }
      this.pending.push(piece.slice(from));
      this.pendingLength += piece.length - from;
    } else {
      this.skeleton.push(piece.slice(from));
    }
  }

  /** The parsed document, or undefined (see the class). */
  finish(): { value: unknown } | undefined {
    if (this.state === 'list' && !this.known) this.scanPending();
    if (this.state !== 'skeleton' || this.depth !== 0 || this.inString) return undefined;
    try {
      const top: unknown = JSON.parse(this.skeleton.join(''));
      const list = (value: unknown) =>
        typeof value === 'string' && value.startsWith(this.marker) ? this.lists[Number(value.slice(this.marker.length))] : undefined;
      if (typeof top === 'string') return list(top) ? { value: list(top) } : undefined;
      if (top !== null && typeof top === 'object' && !Array.isArray(top)) {
        for (const key of Object.keys(top)) {
          const found = list((top as Record<string, unknown>)[key]);
          // defineProperty: a "__proto__" key stays a plain property, as JSON.parse makes it.
          if (found) Object.defineProperty(top, key, { value: found, writable: true, enumerable: true, configurable: true });
        }
      }
      return { value: top };
    } catch {
      return undefined;
    }
  }

  /** Parse the elements in `text` (and the pending text before it) into the current list. */
  private batch(text: string, last: boolean): boolean {
    this.pending.push(text);
    const joined = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    // "[1,]" is not JSON: after a comma the next element must be there.
    if (joined.trim() === '') return last && !this.cut;
    const items = parseList(joined);
    if (items) this.append(items);
    return items !== undefined;
  }

  private append(items: unknown[]): void {
    const list = this.lists[this.lists.length - 1]!;
    for (const item of items) list.push(item);
  }

  private stop(): void {
    this.state = 'off';
    this.pending = [];
    this.skeleton.length = 0;
    this.lists.length = 0;
  }
}

/** The elements of `[text]`, or undefined when that is not JSON. */
function parseList(text: string): unknown[] | undefined {
  try {
    return JSON.parse(`[${text}]`) as unknown[];
  } catch {
    return undefined;
  }
}

/** Index of the comma of the last "}," (white space allowed between) in the text, or -1. */
function lastElementEnd(text: string): number {
  let before = text.length;
  for (let tries = 0; tries < 4; tries++) {
    const close = text.lastIndexOf('}', before - 1);
    if (close < 0) return -1;
    let j = close + 1;
    while (j < text.length && (text.charCodeAt(j) <= 32)) j++;
    if (text.charCodeAt(j) === 44 /* , */) return j;
    before = close;
  }
  return -1;
}

