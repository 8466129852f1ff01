/**
 * Stages in the browser (issue 5): deploy v1 and v2 of a MOCK method, see what changed in the
 * Deploy dialog, roll back to v1 from the deployment timeline and watch the invoke URL answer
 * v1, read the diff between the two deployments, run a 50 % canary with a stage-variable
 * override and see both versions answer (and both sides in the canary metrics), promote it and
 * see only the canary's version, then edit a stage variable and see it in `$stageVariables`.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, ok, putMockMethod, test, uniqueName } from "../fixtures";

/** The MOCK response template of each version: multi-line, so the diff shows line changes. */
const template = (version: string) => `{\n  "version": "${version}",\n  "color": "$stageVariables.color"\n}`;

interface Answer {
  version: string;
  color: string;
}

/** /version GET → MOCK 200 with the template of `version`. */
async function mockApi(api: APIRequestContext, restApiId: string, rootId: string) {
  const resource = await ok(await api.post(`/restapis/${restApiId}/resources/${rootId}`, { data: { pathPart: "version" } }));
  const m = `/restapis/${restApiId}/resources/${resource.id}/methods/GET`;
  await putMockMethod(api, m, template("v1"));
  const setVersion = async (version: string) =>
    ok(await api.put(`${m}/integration/responses/200`, { data: { responseTemplates: { "application/json": template(version) } } }));
  return { setVersion };
}

async function call(url: string): Promise<Answer> {
  const res = await fetch(url);
  const body = await res.text();
  if (res.status !== 200) return { version: `status ${res.status}`, color: body };
  return JSON.parse(body) as Answer;
}

/** `n` calls, as the distinct "version/color" answers seen, sorted. */
async function answers(url: string, n: number): Promise<string[]> {
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const a = await call(url);
    seen.add(`${a.version}/${a.color}`);
  }
  return [...seen].sort();
}

async function openView(page: Page, view: string) {
  await page.getByTestId(`stage-view-${view}`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]view=${view}`));
}

test("stages: deploy, roll back, diff, canary with promotion, stage variables", async ({ signedInPage: page, api, createApi, archway }) => {
  test.setTimeout(240_000);
  const restApi = await createApi(uniqueName("stages"));
  const { setVersion } = await mockApi(api, restApi.id, restApi.rootResourceId);
  const v1 = await ok(await api.post(`/restapis/${restApi.id}/deployments`, { data: { stageName: "prod", description: "v1", variables: { color: "blue" } } }));
  const url = `${archway.gatewayUrl}/restapis/${restApi.id}/prod/_user_request_/version`;
  await expect.poll(async () => (await call(url)).version, { timeout: 15_000 }).toBe("v1");

  // v2 through the Deploy dialog, which lists what changed since prod's deployment.
  await setVersion("v2");
  await page.goto(`/apis/${restApi.id}/stages/prod`);
  await expect(page.getByTestId("stage-name")).toHaveText("prod");
  await expect(page.getByTestId("invoke-url-path")).toHaveText(`${archway.gatewayUrl}/restapis/${restApi.id}/prod/_user_request_`);
  await expect(page.getByTestId("undeployed-changes")).toContainText("1 method changed");
  await page.getByRole("button", { name: "Deploy to prod" }).click();
  const deploy = page.getByRole("dialog", { name: "Deploy API" });
  await expect(deploy.getByRole("combobox", { name: "Stage" })).toHaveText("prod");
  const change = deploy.getByTestId("deploy-change");
  await expect(change).toHaveCount(1);
  await expect(change).toContainText("changed");
  await expect(change).toContainText("/version");
  await expect(change).toContainText("response template application/json");
  await deploy.getByLabel("Deployment description").fill("v2");
  await deploy.getByRole("button", { name: "Deploy", exact: true }).click();
  const done = page.getByRole("dialog", { name: "Deployed" });
  await expect(done).toContainText("is live on stage prod");
  await done.getByRole("button", { name: "Done" }).click();
  await expect.poll(async () => (await call(url)).version, { timeout: 15_000 }).toBe("v2");
  const history = (await ok(await api.get(`/api/restapis/${restApi.id}/deployments`))).items as { id: string; description?: string }[];
  const v2 = history.find((d) => d.description === "v2")!;
  expect(history.map((d) => d.id)).toEqual([v2.id, v1.id]);

  // Roll back to v1 from the timeline.
  await openView(page, "deployments");
  const timeline = page.getByTestId("deployment-timeline");
  await expect(timeline.getByTestId(`deployment-row-${v2.id}`)).toContainText("current");
  await timeline.getByRole("button", { name: `Make ${v1.id} current` }).click();
  const confirm = page.getByRole("dialog", { name: `Make ${v1.id} current on prod?` });
  await confirm.getByRole("button", { name: "Make current" }).click();
  await expect(confirm).toBeHidden();
  await expect(timeline.getByTestId(`deployment-row-${v1.id}`)).toContainText("current");
  await expect(timeline.getByTestId(`deployment-row-${v1.id}`)).toContainText("Serving");
  await expect.poll(async () => (await call(url)).version, { timeout: 15_000 }).toBe("v1");

  // The diff between the two deployments: v1 (now current) → v2, with the template's lines.
  await timeline.getByRole("button", { name: `Compare ${v2.id} with the current deployment` }).click();
  await expect(page).toHaveURL(new RegExp(`from=${v1.id}&to=${v2.id}`));
  const diff = page.getByTestId("diff-panel");
  await expect(diff.getByTestId("diff-summary")).toHaveText("1 method changed");
  await expect(diff.getByTestId("diff-method")).toContainText("/version");
  await expect(diff.locator('[data-diff="del"]')).toHaveText(['-  "version": "v1",']);
  await expect(diff.locator('[data-diff="add"]')).toHaveText(['+  "version": "v2",']);
  // Selections live in the URL: a reload shows the same diff.
  await page.reload();
  await expect(page.getByTestId("diff-panel").locator('[data-diff="add"]')).toHaveText(['+  "version": "v2",']);
  // A deployment against the current API: nothing undeployed.
  await page.getByTestId("deployment-timeline").getByRole("button", { name: `Compare ${v1.id} with the current API` }).click();
  await expect(page).toHaveURL(new RegExp(`from=${v1.id}&to=current`));
  await expect(page.getByRole("combobox", { name: "Compare to" })).toHaveText("Current API (not deployed)");
  await expect(page.getByTestId("diff-panel").getByTestId("diff-summary")).toHaveText("1 method changed");
  await page.getByRole("combobox", { name: "Compare from" }).click();
  await page.getByRole("option", { name: new RegExp(v2.id) }).click();
  await expect(page).toHaveURL(new RegExp(`from=${v2.id}&to=current`));
  await expect(page.getByTestId("diff-identical")).toBeVisible();

  // A canary at 50 % serving v2 with an override.
  await openView(page, "canary");
  await page.getByRole("button", { name: "Create canary" }).click();
  const form = page.getByRole("form", { name: "Create canary" });
  await form.getByRole("combobox", { name: "Canary deployment" }).click();
  await page.getByRole("option", { name: new RegExp(v2.id) }).click();
  await form.getByLabel("Canary traffic percentage (number)").fill("50");
  await expect(form.getByRole("slider", { name: "Canary traffic percentage" })).toHaveValue("50");
  await form.getByRole("button", { name: "Add override" }).click();
  await form.getByLabel("Canary override 1 name").fill("color");
  await form.getByLabel("Canary override 1 value").fill("bad;value");
  await expect(form.getByText(/Not allowed: ";"/)).toBeVisible();
  await form.getByLabel("Canary override 1 value").fill("green");
  await form.getByRole("button", { name: "Create canary" }).click();
  const card = page.getByTestId("canary-card");
  await expect(card.getByTestId("canary-percent")).toHaveText("50 %");
  await expect(card.getByTestId("canary-overrides")).toContainText("color = green");
  // ~200 calls land on both sides: the stage's v1 with its variables, the canary's v2 with the override.
  await expect.poll(() => answers(url, 200), { timeout: 30_000 }).toEqual(["v1/blue", "v2/green"]);
  // The metrics panel shows both sides once the gateway has flushed (every 5 s; the panel refreshes itself).
  await expect(page.getByTestId("canary-requests-canary")).toHaveText(/^[1-9][\d,]*$/, { timeout: 30_000 });
  await expect(page.getByTestId("canary-requests-base")).toHaveText(/^[1-9][\d,]*$/);

  // Promote: prod serves v2 with the override as its variable.
  await card.getByRole("button", { name: "Promote" }).click();
  const promote = page.getByRole("dialog", { name: "Promote the canary of prod?" });
  await expect(promote).toContainText(`${v1.id} → ${v2.id}`);
  await promote.getByRole("button", { name: "Promote canary" }).click();
  await expect(promote).toBeHidden();
  await expect(card.getByTestId("canary-percent")).toHaveText("0 %");
  await expect.poll(() => answers(url, 50), { timeout: 15_000 }).toEqual(["v2/green"]);

  // Edit a stage variable: client-side rules first, then one UpdateStage.
  await openView(page, "variables");
  const vars = page.getByRole("form", { name: "Stage variables" });
  await expect(vars.getByLabel("Stage variable 1 name")).toHaveValue("color");
  await expect(vars.getByLabel("Stage variable 1 value")).toHaveValue("green");
  await vars.getByLabel("Stage variable 1 value").fill("purple");
  await vars.getByRole("button", { name: "Add variable" }).click();
  await vars.getByLabel("Stage variable 2 name").fill("bad-name");
  await vars.getByLabel("Stage variable 2 value").fill("x");
  await expect(vars.getByText("Use only letters, digits and underscores.")).toBeVisible();
  await vars.getByRole("button", { name: "Delete stage variable bad-name" }).click();
  await expect(vars.getByTestId("variables-status")).toHaveText("1 unsaved change");
  await vars.getByRole("button", { name: "Save variables" }).click();
  await expect(vars.getByTestId("variables-status")).toHaveText("No unsaved changes");
  await expect.poll(async () => (await call(url)).color, { timeout: 15_000 }).toBe("purple");
  const stage = await ok(await api.get(`/restapis/${restApi.id}/stages/prod`));
  expect(stage.variables).toEqual({ color: "purple" });
  expect(stage.deploymentId).toBe(v2.id);
});

test("stage settings: description, method settings with a per-method override, tags", async ({ signedInPage: page, api, createApi }) => {
  const restApi = await createApi(uniqueName("stage-settings"));
  await mockApi(api, restApi.id, restApi.rootResourceId);
  await ok(await api.post(`/restapis/${restApi.id}/deployments`, { data: { stageName: "dev" } }));
  await page.goto(`/apis/${restApi.id}/stages/dev?view=settings`);

  const general = page.getByRole("form", { name: "General settings" });
  await general.getByLabel("Stage description").fill("Development");
  await general.getByRole("switch", { name: "Tracing" }).click();
  await general.getByRole("button", { name: "Save" }).click();
  await expect(general.getByText("No unsaved changes")).toBeVisible();

  const stageWide = page.getByRole("form", { name: "Stage-wide method settings" });
  await stageWide.getByLabel("Rate (requests/s)").fill("fast");
  await expect(stageWide.getByText("A number of requests per second, 0 or more.")).toBeVisible();
  await stageWide.getByLabel("Rate (requests/s)").fill("250.5");
  await stageWide.getByRole("switch", { name: "Detailed metrics" }).click();
  await stageWide.getByRole("button", { name: "Save settings" }).click();
  await expect(stageWide.getByText("No unsaved changes")).toBeVisible();

  await page.getByRole("button", { name: "Add override" }).click();
  const pick = page.getByRole("dialog", { name: "Override a method" });
  await expect(pick.getByRole("combobox", { name: "Method" })).toContainText("/version");
  await pick.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/method=(~|%7E)1version(\/|%2F)GET/);
  const override = page.getByTestId("override-editor");
  await override.getByRole("switch", { name: "Cache responses" }).click();
  await override.getByLabel("TTL (seconds)").fill("60");
  await override.getByRole("button", { name: "Create override" }).click();
  await expect(page.getByTestId("override-row-~1version/GET")).toContainText("on, 60 s");

  const tags = page.getByRole("form", { name: "Tags" });
  await tags.getByRole("button", { name: "Add tag" }).click();
  await tags.getByLabel("Tag 1 name").fill("team");
  await tags.getByLabel("Tag 1 value").fill("payments");
  await tags.getByRole("button", { name: "Save tags" }).click();
  await expect(tags.getByText("No unsaved changes")).toBeVisible();

  const stage = await ok(await api.get(`/restapis/${restApi.id}/stages/dev`));
  expect(stage).toMatchObject({ description: "Development", tracingEnabled: true, tags: { team: "payments" } });
  expect(stage.methodSettings["*/*"]).toMatchObject({ throttlingRateLimit: 250.5, metricsEnabled: true });
  // A new per-method entry starts from the stage-wide one, as AWS does it.
  expect(stage.methodSettings["~1version/GET"]).toMatchObject({ throttlingRateLimit: 250.5, metricsEnabled: true, cachingEnabled: true, cacheTtlInSeconds: 60 });
  await page.getByText("methodSettings as GetStage returns it").click();
  await expect(page.getByTestId("method-settings-json")).toContainText('"~1version/GET"');

  await page.getByRole("button", { name: "Remove override ~1version/GET" }).click();
  await page.getByRole("dialog", { name: "Remove this override?" }).getByRole("button", { name: "Remove override" }).click();
  await expect(page.getByTestId("override-row-~1version/GET")).toHaveCount(0);
  expect(Object.keys((await ok(await api.get(`/restapis/${restApi.id}/stages/dev`))).methodSettings)).toEqual(["*/*"]);
});
