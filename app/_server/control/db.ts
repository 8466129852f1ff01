/**
 * Database access for the control API: one type for "the client or a transaction", a helper that
 * runs a write in one transaction, and the gateway revision bump every gateway-visible write makes.
 */
import "server-only";
import { prisma } from "@/prisma/client";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";

export type Db = PrismaClient | Prisma.TransactionClient;

/** Runs `fn` in one SQLite transaction: either all of it is written or none of it. */
export function write<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma.$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
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
