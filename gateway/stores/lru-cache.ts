/**
 * A byte cache in process memory: entries expire after their TTL, and the least recently used
 * ones are evicted once the cache holds more than `maxBytes` (values, keys and a fixed overhead
 * per entry are counted). The local implementation of KeyValueCache.
 */
import type { Clock, KeyValueCache } from "./types";

interface Entry {
  value: Buffer;
  expiresAt: number;
  size: number;
}

/** Map entry, key string and bookkeeping, roughly, per cached item. */
const ENTRY_OVERHEAD = 96;

export class LocalByteCache implements KeyValueCache {
  // A Map iterates in insertion order: re-inserting on every hit keeps the oldest use first.
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    private readonly now: Clock = () => performance.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  async get(key: string): Promise<Buffer | null> {
    return this.getNow(key);
  }

  /** The synchronous read behind `get`. */
  getNow(key: string): Buffer | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expiresAt <= this.now()) {
      this.remove(key, e);
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, e);
    return e.value;
  }

  async set(key: string, value: Buffer, ttlSeconds: number): Promise<void> {
    this.setNow(key, value, ttlSeconds);
  }

  setNow(key: string, value: Buffer, ttlSeconds: number): void {
    const old = this.entries.get(key);
    if (old) this.remove(key, old);
    const size = value.length + key.length * 2 + ENTRY_OVERHEAD;
    if (ttlSeconds <= 0 || size > this.maxBytes) return;
    this.entries.set(key, { value, expiresAt: this.now() + ttlSeconds * 1000, size });
    this.bytes += size;
    if (this.bytes > this.maxBytes) this.evict();
  }

  async delete(key: string): Promise<void> {
    const e = this.entries.get(key);
    if (e) this.remove(key, e);
  }

  /** Drops the least recently used entries (expired or not) until the cache fits again. */
  private evict() {
    for (const [key, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.remove(key, e);
    }
  }

  private remove(key: string, e: Entry) {
    this.entries.delete(key);
    this.bytes -= e.size;
  }
}
