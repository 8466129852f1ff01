/**
 * End-to-end tests in Debian's Chromium against a real Archway (`node scripts/start.mjs`) that
 * e2e/global-setup.ts starts in a fresh temp data dir on free ports. Two projects:
 *   api      e2e/api      the control API over HTTP (Playwright's request fixture)
 *   console  e2e/console  the browser console
 * Set ARCHWAY_E2E_BASE_URL (and ARCHWAY_E2E_GATEWAY_URL, ARCHWAY_E2E_ACCESS_KEY_ID,
 * ARCHWAY_E2E_SECRET_ACCESS_KEY) to run against an Archway that is already running.
 */
import { defineConfig } from "@playwright/test";

const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: ".test-output/playwright-artifacts",
  fullyParallel: false,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: ".test-output/playwright.json" }]],
  use: {
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: "/usr/bin/chromium", args: chromiumArgs },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "api", testDir: "./e2e/api" },
    { name: "console", testDir: "./e2e/console" },
  ],
});
