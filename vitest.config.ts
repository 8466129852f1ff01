import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["gateway/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // Load tests (canary split, live reload) send thousands of requests; CI has 2 cores.
          testTimeout: 60_000,
        },
      },
      "tests/control-api/vitest.config.ts",
      "tests/functions/vitest.config.ts",
    ],
  },
});
