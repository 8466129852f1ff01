/**
 * The Lambda API suite: the real @aws-sdk/client-lambda (and client-api-gateway) over HTTP against
 * the console's route handlers, with an in-process gateway serving what they deploy, over one
 * fresh SQLite database per test file (see server.ts).
 *
 *   npx vitest run --config tests/functions/vitest.config.ts
 */
import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineProject({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": fileURLToPath(new URL("../control-api/server-only.ts", import.meta.url)),
    },
  },
  test: {
    name: "functions-api",
    root,
    dir: root,
    include: ["tests/functions/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
