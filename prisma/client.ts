/**
 * The one PrismaClient of the console process (JS engine + better-sqlite3 adapter). Cached on
 * globalThis so Next's dev reloads do not open a new connection per edit.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../generated/prisma/client";
import { loadSettings } from "../gateway/config/settings";

const globalForPrisma = globalThis as unknown as { archwayPrisma?: PrismaClient };

function create(): PrismaClient {
  const adapter = new PrismaBetterSQLite3({ url: loadSettings().databaseUrl });
  return new PrismaClient({ adapter });
}

export const prisma: PrismaClient = globalForPrisma.archwayPrisma ?? create();
globalForPrisma.archwayPrisma = prisma;
export type { PrismaClient };
