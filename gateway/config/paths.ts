import { loadSettings } from "./settings";

/** The SQLite URL both processes and the Prisma CLI use. */
export function databaseUrl(): string {
  return loadSettings().databaseUrl;
}
