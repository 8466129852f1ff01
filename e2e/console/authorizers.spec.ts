/**
 * Lambda authorizers in the browser: write an authorizer function, create a TOKEN authorizer
 * from the Authorizers tab, try it in the Test panel (a policy, then 401), attach it to a method
 * under Method request → Authorization, deploy, and call the gateway without and with the token.
 */
import { expect, setEditorText, test, uniqueName } from "../fixtures";

const AUTHORIZER_CODE =
  'export const handler = async (event) => { if (event.authorizationToken === "unauthorized") throw new Error("Unauthorized"); return { principalId: "user-" + event.authorizationToken, policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: event.authorizationToken === "deny" ? "Deny" : "Allow", Resource: event.methodArn.split("/")[0] + "/*" }] }, context: { plan: "pro" } }; };';

test("create an authorizer, test it, protect a method with it and call the gateway", async ({ signedInPage: page, api, archway, createApi }) => {
  const fn = uniqueName("authfn");
  const authorizerName = uniqueName("tokens");
  const created = await createApi(uniqueName("authz"));
  const apiId = created.id;
  const root = created.rootResourceId;
  // The method to protect: GET / answering from a mock, whose template shows the principal.
  const method = `/restapis/${apiId}/resources/${root}/methods/GET`;
  expect((await api.put(method, { data: { authorizationType: "NONE" } })).status()).toBe(201);
  expect((await api.put(`${method}/responses/200`, { data: {} })).status()).toBe(201);
  expect((await api.put(`${method}/integration`, { data: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } } })).status()).toBe(201);
  const integrationResponse = await api.put(`${method}/integration/responses/200`, {
    data: { responseTemplates: { "application/json": '{"principal": "$context.authorizer.principalId", "plan": "$context.authorizer.plan"}' } },
  });
  expect(integrationResponse.status()).toBe(201);

  try {
    // The authorizer's function, written in the console.
    await page.goto("/functions");
    await page.getByRole("button", { name: "Create function" }).first().click();
    const fnDialog = page.getByRole("dialog", { name: "Create function" });
    await fnDialog.getByLabel("Function name").fill(fn);
    await fnDialog.getByRole("button", { name: "Create function" }).click();
    await expect(page).toHaveURL(new RegExp(`/functions/${fn}$`));
    await setEditorText(page, "function-code-editor", AUTHORIZER_CODE);
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByText("Unsaved changes")).toBeHidden();

    // The Authorizers tab: empty at first, then a TOKEN authorizer on that function.
    await page.goto(`/apis/${apiId}/resources`);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Authorizers" }).click();
    await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/authorizers$`));
    await expect(page.getByText("No authorizers yet")).toBeVisible();
    await page.getByRole("button", { name: "Create authorizer" }).first().click();
    const dialog = page.getByRole("dialog", { name: "Create authorizer" });
    await dialog.getByRole("button", { name: "Create authorizer" }).click();
    await expect(dialog.getByText("Give the authorizer a name.")).toBeVisible();
    await dialog.getByLabel("Authorizer name").fill(authorizerName);
    await dialog.getByLabel("Lambda function").selectOption(fn);
    await expect(dialog.getByLabel("Token source header")).toHaveValue("Authorization");
    await dialog.getByRole("switch", { name: "Authorization caching" }).click();
    await dialog.getByRole("button", { name: "Create authorizer" }).click();
    await expect(dialog).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/apis/${apiId}/authorizers/[a-z0-9]{6}$`));
    await expect(page.getByTestId("authorizer-title")).toContainText(authorizerName);
    await expect(page.getByTestId(`authorizer-row-${authorizerName}`)).toContainText("no cache");

    // The Test panel: a policy for a good token, 401 for "unauthorized".
    const testPanel = page.getByRole("form", { name: "Test authorizer" });
    await testPanel.getByLabel("Authorization").fill("alice");
    await page.getByTestId("run-authorizer-test").click();
    await expect(page.getByTestId("authorizer-test-status")).toHaveText("Policy returned");
    await expect(page.getByTestId("authorizer-test-principal")).toHaveText("user-alice");
    await expect(page.getByTestId("authorizer-test-effect")).toHaveText("Allow");
    await expect(page.getByTestId("authorizer-test-policy")).toContainText('"Effect": "Allow"');
    await expect(page.getByTestId("authorizer-test-result")).toContainText("plan");
    await expect(page.getByTestId("authorizer-test-log")).toContainText("Successfully completed authorizer execution");
    await testPanel.getByLabel("Authorization").fill("unauthorized");
    await page.getByTestId("run-authorizer-test").click();
    await expect(page.getByTestId("authorizer-test-status")).toHaveText("401 Unauthorized");
    await expect(page.getByTestId("authorizer-test-log")).toContainText("Unauthorized request:");

    // Method request → Authorization: pick the authorizer by name.
    await page.goto(`/apis/${apiId}/resources/${root}/methods/GET?panel=method-request`);
    const auth = page.getByRole("combobox", { name: "Authorization" });
    await expect(auth).toHaveValue("NONE");
    await auth.selectOption({ label: `${authorizerName} (Lambda token)` });
    await expect(page.getByText(`Authorizer ${authorizerName} set`)).toBeVisible();
    await expect(page.getByTestId("flow-method-request")).toContainText(`CUSTOM · ${authorizerName}`);
    await page.getByRole("link", { name: "Open authorizer" }).click();
    await expect(page.getByTestId("authorizer-used-by")).toContainText("GET");

    // Deploy, then call the gateway: 401 without the token, 200 with it, 403 for a Deny.
    await page.getByRole("button", { name: "Deploy" }).first().click();
    const deploy = page.getByRole("dialog", { name: "Deploy API" });
    await deploy.getByLabel("Stage name").fill("dev");
    await deploy.getByRole("button", { name: "Deploy" }).click();
    const deployed = page.getByRole("dialog", { name: "Deployed" });
    await expect(deployed).toBeVisible();
    await deployed.getByRole("button", { name: "Done" }).click();
    await expect(deployed).toBeHidden();
    const url = `${archway.gatewayUrl}/restapis/${apiId}/dev/_user_request_/`;
    await expect.poll(async () => (await fetch(url)).status, { timeout: 15_000 }).toBe(401);
    const denied = await fetch(url);
    expect(await denied.json()).toEqual({ message: "Unauthorized" });
    const allowed = await fetch(url, { headers: { Authorization: "bob" } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ principal: "user-bob", plan: "pro" });
    const deny = await fetch(url, { headers: { Authorization: "deny" } });
    expect(deny.status).toBe(403);
    expect(await deny.json()).toEqual({ Message: "User is not authorized to access this resource with an explicit deny" });

    // Deleting an authorizer a method uses is refused with AWS's message, shown in the dialog.
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.getByLabel(`Type ${authorizerName} to confirm`).fill(authorizerName);
    await confirm.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(confirm.getByRole("alert")).toContainText(`Cannot delete authorizer '${authorizerName}', is referenced in method: GET//`);
    await confirm.getByRole("button", { name: "Cancel" }).click();
  } finally {
    await api.delete(`/2015-03-31/functions/${fn}`);
  }
});
