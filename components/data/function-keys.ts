/** react-query keys of the Functions section. */
export const functionKeys = {
  all: ["functions"] as const,
  fn: (name: string) => ["functions", name] as const,
  files: (name: string, qualifier: string) => ["functions", name, "files", qualifier] as const,
  versions: (name: string) => ["functions", name, "versions"] as const,
  aliases: (name: string) => ["functions", name, "aliases"] as const,
  logs: (name: string, q: string) => ["functions", name, "logs", q] as const,
  metrics: (name: string, minutes: number) => ["functions", name, "metrics", minutes] as const,
  testEvents: (name: string) => ["functions", name, "test-events"] as const,
};

/** Lambda API paths. */
export const fnPath = (name: string) => `/2015-03-31/functions/${encodeURIComponent(name)}`;
export const consolePath = (name: string) => `/api/functions/${encodeURIComponent(name)}`;
