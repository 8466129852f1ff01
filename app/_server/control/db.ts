/**
 * Database access for the control API: one type for "the client or a transaction", a helper that
 * runs a write in one transaction, and the gateway revision bump every gateway-visible write makes.
 */
import "server-only";
import { prisma } from "@/prisma/client";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient | Prisma.TransactionClient;

/**
 * True for SQLite's "someone else wrote first" failures. A transaction reads before it writes;
 * when another process (the gateway flushing metrics, a function runtime) commits in between,
 * WAL mode refuses the upgrade to a write lock with SQLITE_BUSY_SNAPSHOT at once — busy_timeout
 * does not wait for that one. The whole transaction was rolled back, so running it again is safe.
 */
function isBusy(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown; meta?: { code?: unknown } } | null;
  const code = String(e?.code ?? e?.meta?.code ?? "");
  return code.startsWith("SQLITE_BUSY") || /database is locked/i.test(String(e?.message ?? ""));
}

/** Runs `fn` in one SQLite transaction: either all of it is written or none of it (retried when SQLite is busy). */
export async function write<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await prisma.$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
    } catch (err) {
      if (attempt >= 8 || !isBusy(err)) throw err;
      await new Promise((r) => setTimeout(r, 5 * 2 ** attempt + Math.random() * 10));
    }
  }
}

/**
 * Bumps `Meta.gateway_revision`; the gateway polls this one row to notice new deployments and
 * stage changes. Call it inside the transaction that makes the change.
 */
export async function bumpGatewayRevision(tx: Db): Promise<void> {
  await tx.$executeRawUnsafe(
    "INSERT INTO Meta(key, value) VALUES('gateway_revision', '1') " +
      "ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
  );
}

/** The current gateway revision (0 before the first gateway-visible write). */
export async function gatewayRevision(db: Db = prisma): Promise<number> {
  const row = await db.meta.findUnique({ where: { key: "gateway_revision" } });
  return row ? Number(row.value) : 0;
}

export { prisma };

/**
 * Flushes one of a stage's gateway caches ("stage" responses or "authorizer" results): bumps the
 * stage's epoch for that cache in Meta, which the gateway folds into its cache keys on the next
 * reload, so every earlier entry (in memory or in Redis) stops being found and ages out. Call it
 * inside the transaction, with bumpGatewayRevision.
 */
export async function bumpCacheEpoch(tx: Db, kind: "stage" | "authorizer", restApiId: string, stageName: string): Promise<void> {
  await tx.$executeRawUnsafe(
    "INSERT INTO Meta(key, value) VALUES(?, '1') ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)",
    `cache_epoch:${kind}:${restApiId}/${stageName}`,
  );
  await bumpGatewayRevision(tx);
}
