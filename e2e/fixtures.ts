/**
 * Typed fixtures for Archway's e2e specs: where Archway runs, a signed-in control-API client,
 * a signed-in browser page, and a real upstream HTTP server on 127.0.0.1 (ephemeral port).
 */
import { test as base, expect, request as playwrightRequest, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { createServer, type IncomingMessage, type Server } from "node:http";

export interface ArchwayEnv {
  baseURL: string;
  gatewayUrl: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export interface Upstream {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** Requests the upstream has received, oldest first. */
  requests: { method: string; url: string; headers: IncomingMessage["headers"]; body: string }[];
}

export interface RestApiShape {
  id: string;
  name: string;
  description?: string;
  createdDate: number;
  rootResourceId: string;
}

function env(): ArchwayEnv {
  const baseURL = process.env.ARCHWAY_E2E_BASE_URL;
  if (!baseURL) throw new Error("ARCHWAY_E2E_BASE_URL is not set: did e2e/global-setup.ts run?");
  return {
    baseURL,
    gatewayUrl: process.env.ARCHWAY_E2E_GATEWAY_URL ?? "http://127.0.0.1:8080",
    accessKeyId: process.env.ARCHWAY_E2E_ACCESS_KEY_ID ?? "",
    secretAccessKey: process.env.ARCHWAY_E2E_SECRET_ACCESS_KEY ?? "",
  };
}

/** A name unique to this test run, so parallel workers never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** Expects a 2XX answer (the failure names the URL, status and body); returns its JSON, or undefined when empty. */
export async function ok(res: APIResponse) {
  expect(res.ok(), `${res.url()} → ${res.status()} ${await res.text()}`).toBeTruthy();
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

/**
 * A MOCK method at `method` (`/restapis/{id}/resources/{id}/methods/{verb}`) through the control
 * API: no authorization, `requestTemplate` as its integration request, and a 200 method and
 * integration response answering `responseTemplate`.
 */
export async function putMockMethod(api: APIRequestContext, method: string, responseTemplate: string, requestTemplate = '{"statusCode": 200}') {
  await ok(await api.put(method, { data: { authorizationType: "NONE" } }));
  await ok(await api.put(`${method}/integration`, { data: { type: "MOCK", requestTemplates: { "application/json": requestTemplate } } }));
  await ok(await api.put(`${method}/responses/200`, { data: {} }));
  await ok(await api.put(`${method}/integration/responses/200`, { data: { responseTemplates: { "application/json": responseTemplate } } }));
}

/**
 * Replaces the text of the Monaco editor whose wrapper has `data-testid=frameTestId`. Keep `text`
 * on one line: Monaco auto-indents typed newlines. Checks that the editor shows exactly `text`.
 */
export async function setEditorText(page: Page, frameTestId: string, text: string) {
  const editor = page.getByTestId(frameTestId).locator(".monaco-editor");
  await expect(editor).toBeVisible();
  await editor.locator(".view-lines").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText(text);
  await expect
    .poll(async () => ((await editor.locator(".view-lines").innerText()) ?? "").replace(/\u00a0/g, " ").replace(/\n/g, "").trim())
    .toBe(text);
}

type Fixtures = {
  archway: ArchwayEnv;
  /** A control-API client signed in with the root key (session cookie). */
  api: APIRequestContext;
  /** A browser page whose context is signed in (cookie set through /api/session). */
  signedInPage: Page;
  upstream: Upstream;
  /** Creates a REST API through the control API; deleted again after the test. */
  createApi: (name?: string, description?: string) => Promise<RestApiShape>;
};

export const test = base.extend<Fixtures>({
  archway: async ({}, use) => {
    await use(env());
  },
  baseURL: async ({}, use) => {
    await use(env().baseURL);
  },
  api: async ({}, use) => {
    const e = env();
    const ctx = await playwrightRequest.newContext({ baseURL: e.baseURL });
    const res = await ctx.post("/api/session", {
      data: { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey },
    });
    expect(res.status(), await res.text()).toBe(200);
    await use(ctx);
    await ctx.dispose();
  },
  signedInPage: async ({ page }, use) => {
    const e = env();
    const res = await page.request.post(`${e.baseURL}/api/session`, {
      data: { accessKeyId: e.accessKeyId, secretAccessKey: e.secretAccessKey },
    });
    expect(res.status(), await res.text()).toBe(200);
    await use(page);
  },
  upstream: async ({}, use) => {
    const requests: Upstream["requests"] = [];
    const server: Server = createServer((req, res) => {
      let body = "";
      req.on("data", (c) => (body += c));
      req.on("end", () => {
        requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
        const url = new URL(req.url ?? "/", "http://upstream");
        const pet = /^\/pets\/([^/]+)$/.exec(url.pathname);
        const payload = pet
          ? { upstream: true, pet: { id: decodeURIComponent(pet[1]), name: `pet-${decodeURIComponent(pet[1])}` } }
          : { upstream: true, method: req.method, path: url.pathname, query: url.search };
        res.writeHead(200, { "content-type": "application/json", "x-upstream": "archway-e2e" });
        res.end(JSON.stringify(payload));
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as { port: number };
    await use({ url: `http://127.0.0.1:${port}`, port, requests });
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  },
  createApi: async ({ api }, use) => {
    const created: string[] = [];
    await use(async (name = uniqueName("api"), description) => {
      const res = await api.post("/restapis", { data: { name, ...(description ? { description } : {}) } });
      expect(res.ok(), await res.text()).toBeTruthy();
      const body = (await res.json()) as RestApiShape;
      created.push(body.id);
      return body;
    });
    for (const id of created) await api.delete(`/restapis/${id}`);
  },
});

export { expect };
