/**
 * The control-API integration suite: the real @aws-sdk/client-api-gateway over HTTP against the
 * control API's route handler on a fresh SQLite database per test file (see server.ts).
 *
 *   npx vitest run --config tests/control-api/vitest.config.ts
 *
 * or as a project of the root config: `projects: [..., "tests/control-api/vitest.config.ts"]`.
 */
import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineProject({
  root,
  resolve: {
    alias: {
      "@": root,
      "server-only": fileURLToPath(new URL("./server-only.ts", import.meta.url)),
    },
  },
  test: {
    name: "control-api",
    root,
    dir: root,
    include: ["tests/control-api/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/control-api/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
