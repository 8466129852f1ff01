/**
 * The stores in Redis (REDIS_URL), shared by every gateway process that points at it: token
 * buckets as one atomic Lua script (all buckets of a request checked and taken together, with
 * Redis's own clock so gateways on several machines agree), and byte caches as plain keys with
 * `SET ... PX`. Keys live under `archway:`.
 *
 * Redis trouble never fails a request: commands are not queued while disconnected and time out
 * quickly; a limiter that cannot ask lets the request pass and a cache that cannot answer misses.
 * Warnings about it are printed at most every ten seconds.
 */
import { Redis } from "ioredis";
import { PASSED, type Clock, type GatewayStores, type KeyValueCache, type RateLimiter, type TokenBucket } from "./types";

/**
 * KEYS: the buckets. ARGV[1]: now in ms ("" = Redis TIME), then rate and burst per bucket.
 * Returns -1 when every bucket had a token (and takes one from each), else the 0-based index of
 * the first empty bucket (and takes nothing). A bucket's hash holds its tokens `t` and the time
 * `ts` they were counted at; it expires once it would be full again (a missing bucket is full),
 * except with rate 0, which never refills.
 */
const TAKE_SCRIPT = `
local now
if ARGV[1] == '' then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
else
  now = tonumber(ARGV[1])
end
local tokens, stamps = {}, {}
for i = 1, #KEYS do
  local rate, burst = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
  local s = redis.call('HMGET', KEYS[i], 't', 'ts')
  local t, ts = tonumber(s[1]), tonumber(s[2])
  if t == nil then t, ts = burst, now end
  if now > ts then t, ts = t + (now - ts) * rate / 1000, now end
  if t > burst then t = burst end
  if t < 1 then return i - 1 end
  tokens[i], stamps[i] = t, ts
end
for i = 1, #KEYS do
  local rate, burst = tonumber(ARGV[2 * i]), tonumber(ARGV[2 * i + 1])
  redis.call('HSET', KEYS[i], 't', tostring(tokens[i] - 1), 'ts', tostring(stamps[i]))
  if rate > 0 then
    redis.call('PEXPIRE', KEYS[i], math.ceil(burst * 1000 / rate) + 1000)
  else
    redis.call('PERSIST', KEYS[i])
  end
end
return -1
`;

type TakeCommand = (numKeys: number, ...args: (string | number)[]) => Promise<number>;

export interface RedisStoreOptions {
  url: string;
  /** Prefix of every key (default "archway:"); tests use one per run. */
  keyPrefix?: string;
  /** Epoch-ms clock for the token buckets; by default Redis's own TIME. */
  clock?: Clock;
  /** Per-command timeout; past it the command counts as failed (fail open). */
  commandTimeoutMs?: number;
}

export interface RedisStores extends GatewayStores {
  readonly kind: "redis";
  readonly client: Redis;
}

const WARN_EVERY_MS = 10_000;

export function createRedisStores({ url, keyPrefix = "archway:", clock, commandTimeoutMs = 1000 }: RedisStoreOptions): RedisStores {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: commandTimeoutMs,
    connectTimeout: 5000,
  });
  client.defineCommand("archwayTake", { lua: TAKE_SCRIPT });
  const take = (client as unknown as { archwayTake: TakeCommand }).archwayTake.bind(client);

  let lastWarning = 0;
  const warn = (what: string, err: unknown) => {
    const now = Date.now();
    if (now - lastWarning < WARN_EVERY_MS) return;
    lastWarning = now;
    console.warn(`[gateway] redis ${what} failed (requests pass, caches miss): ${(err as Error)?.message ?? err}`);
  };
  client.on("error", (err) => warn("connection", err));
  const connected = client.connect().catch((err) => warn("connect", err));

  const limiter: RateLimiter = {
    async take(buckets: readonly TokenBucket[]): Promise<number> {
      if (buckets.length === 0) return PASSED;
      const args: (string | number)[] = buckets.map((b) => keyPrefix + "tb:" + b.key);
      args.push(clock ? clock() : "");
      for (const b of buckets) args.push(b.ratePerSecond, b.burst);
      try {
        return Number(await take(buckets.length, ...args));
      } catch (err) {
        warn("throttle", err);
        return PASSED;
      }
    },
  };

  const caches = new Map<string, KeyValueCache>();
  const cacheFor = (namespace: string): KeyValueCache => {
    const prefix = `${keyPrefix}cache:${namespace}:`;
    return {
      async get(key) {
        try {
          return await client.getBuffer(prefix + key);
        } catch (err) {
          warn("cache read", err);
          return null;
        }
      },
      async set(key, value, ttlSeconds) {
        if (ttlSeconds <= 0) return;
        try {
          await client.set(prefix + key, value, "PX", Math.round(ttlSeconds * 1000));
        } catch (err) {
          warn("cache write", err);
        }
      },
      async delete(key) {
        try {
          await client.del(prefix + key);
        } catch (err) {
          warn("cache delete", err);
        }
      },
    };
  };

  return {
    kind: "redis",
    client,
    limiter,
    cache(namespace) {
      let cache = caches.get(namespace);
      if (!cache) caches.set(namespace, (cache = cacheFor(namespace)));
      return cache;
    },
    ready: () => connected.then(() => undefined),
    async close() {
      await connected;
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
