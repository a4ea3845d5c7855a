// Memory-lean building blocks for checks over hundreds of thousands of examples. A JS Map costs
// roughly 40–100 bytes per entry and a plain number array doubles its backing store as it grows; these
// keep the same information in typed arrays (a 512 MB file has ~750k examples, so it adds up).

const CHUNK = 1 << 16;

/** An append-only list of 32-bit integers in fixed-size chunks: no copy and no 2× slack when growing. */
export class IntList {
  private readonly chunks: Int32Array[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    const offset = this.count % CHUNK;
    if (offset === 0) this.chunks.push(new Int32Array(CHUNK));
    (this.chunks[this.chunks.length - 1] as Int32Array)[offset] = value;
    this.count++;
  }

  get(index: number): number {
    return (this.chunks[Math.floor(index / CHUNK)] as Int32Array)[index % CHUNK] as number;
  }

  toArray(): number[] {
    const out = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.get(i);
    return out;
  }
}

/**
 * An append-only list of non-negative integers that are almost always small (token counts, messages
 * per example): 2 bytes each instead of 4. The rare value at or above 65,535 is kept exactly in a side
 * map, so nothing is clamped.
 */
export class SmallUintList {
  private readonly chunks: Uint16Array[] = [];
  private readonly large = new Map<number, number>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    const offset = this.count % CHUNK;
    if (offset === 0) this.chunks.push(new Uint16Array(CHUNK));
    const chunk = this.chunks[this.chunks.length - 1] as Uint16Array;
    if (value >= LARGE) {
      chunk[offset] = LARGE;
      this.large.set(this.count, value);
    } else chunk[offset] = value;
    this.count++;
  }

  get(index: number): number {
    const v = (this.chunks[Math.floor(index / CHUNK)] as Uint16Array)[index % CHUNK] as number;
    return v === LARGE ? (this.large.get(index) as number) : v;
  }

  toArray(): number[] {
    const out = new Array<number>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.get(i);
    return out;
  }
}

/** Marks a SmallUintList entry whose real value is in the side map. */
const LARGE = 0xffff;

function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A hash table from non-negative integer keys below 2^53 (our 53-bit hashes) to non-negative int32
 * values, with open addressing in two typed arrays: 12 bytes per slot, kept at most 75 % full.
 */
export class IntKeyTable {
  private keys: Float64Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.keys = new Float64Array(capacity);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  private slot(key: number): number {
    return (mix32((key >>> 0) ^ mix32(Math.floor(key / 4294967296))) & this.mask) >>> 0;
  }

  /** The value stored under `key`, or -1. */
  get(key: number): number {
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      const v = this.values[i] as number;
      if (v === -1 || this.keys[i] === key) return v;
    }
  }

  set(key: number, value: number): void {
    if ((this.count + 1) * 4 > this.values.length * 3) this.grow();
    for (let i = this.slot(key); ; i = (i + 1) & this.mask) {
      if (this.values[i] === -1) {
        this.keys[i] = key;
        this.values[i] = value;
        this.count++;
        return;
      }
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
  }

  /** Entries in slot order (callers that need file order sort by value). */
  *entries(): Generator<[number, number]> {
    for (let i = 0; i < this.values.length; i++) {
      const v = this.values[i] as number;
      if (v !== -1) yield [this.keys[i] as number, v];
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    this.mask = this.values.length - 1;
    this.count = 0;
    for (let i = 0; i < values.length; i++)
      if (values[i] !== -1) this.set(keys[i] as number, values[i] as number);
  }
}

/**
 * A set of ids found by a 32-bit key that is not stored: the caller recomputes an id's key on demand
 * (`keyOf`), so each slot is one Int32 (4 bytes). Used for near-duplicate band keys, the largest table
 * of a check (eight per example), whose keys can be rebuilt from the stored sketches. The slot's top
 * 7 bits hold 7 bits of the key, so a probe recomputes a key only when those agree (1 in 128 for a
 * different key); ids therefore stay below 2^24 (16.7 million examples, far above any 512 MB file).
 */
export class RecomputedKeyTable {
  private slots = new Int32Array(1024).fill(-1);
  private count = 0;

  constructor(private readonly keyOf: (id: number) => number) {}

  /** The id already stored under `key`, or -1 after storing `id` under it. */
  findOrInsert(key: number, id: number): number {
    if (id > MAX_RECOMPUTED_ID) throw new RangeError('RecomputedKeyTable: id above 2^24 - 1');
    if ((this.count + 1) * 4 > this.slots.length * 3) this.grow();
    const mask = this.slots.length - 1;
    const tag = keyTag(key);
    for (let i = mix32(key) & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i] as number;
      if (slot === -1) {
        this.slots[i] = (tag << 24) | id;
        this.count++;
        return -1;
      }
      if (slot >>> 24 !== tag) continue;
      const other = slot & MAX_RECOMPUTED_ID;
      if (this.keyOf(other) === key) return other;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (const slot of old) {
      if (slot === -1) continue;
      let i = mix32(this.keyOf(slot & MAX_RECOMPUTED_ID)) & mask;
      while (this.slots[i] !== -1) i = (i + 1) & mask;
      this.slots[i] = slot;
    }
  }
}

const MAX_RECOMPUTED_ID = 0xffffff;

/** 7 bits of a key for its slot, taken from the top of the key (the slot index uses mix32's low bits). */
function keyTag(key: number): number {
  return (key >>> 25) & 0x7f;
}
