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
          include: ["gateway/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
        },
      },
      "tests/control-api/vitest.config.ts",
    ],
  },
});
