import { expect, test, uniqueName } from "../fixtures";

test.describe("REST APIs over the control API", () => {
  test("create, get, list, rename and delete an API in AWS's shapes", async ({ api }) => {
    const name = uniqueName("api-spec");
    const created = await api.post("/restapis", { data: { name, description: "made by e2e" } });
    expect(created.status()).toBe(201);
    const restApi = await created.json();
    expect(restApi).toMatchObject({ name, description: "made by e2e", id: expect.any(String), rootResourceId: expect.any(String) });
    // AWS sends timestamps as epoch seconds.
    expect(typeof restApi.createdDate).toBe("number");
    expect(restApi.createdDate).toBeLessThan(1e11);
    expect(Math.abs(restApi.createdDate - Date.now() / 1000)).toBeLessThan(600);

    const got = await api.get(`/restapis/${restApi.id}`);
    expect(got.status()).toBe(200);
    expect((await got.json()).id).toBe(restApi.id);

    const list = await api.get("/restapis");
    expect(list.status()).toBe(200);
    const body = await list.json();
    expect(Array.isArray(body.item)).toBe(true);
    expect(body.item.map((a: { id: string }) => a.id)).toContain(restApi.id);

    const renamed = await api.patch(`/restapis/${restApi.id}`, {
      data: { patchOperations: [{ op: "replace", path: "/name", value: `${name}-renamed` }] },
    });
    expect(renamed.status()).toBe(200);
    expect((await renamed.json()).name).toBe(`${name}-renamed`);

    const del = await api.delete(`/restapis/${restApi.id}`);
    expect(del.ok()).toBe(true);
    const gone = await api.get(`/restapis/${restApi.id}`);
    expect(gone.status()).toBe(404);
    expect(gone.headers()["x-amzn-errortype"]).toMatch(/^NotFoundException/);
    expect((await gone.json()).message).toBeTruthy();
  });

  test("a new API has the root resource; resources reject duplicates and invalid path parts", async ({ api, createApi }) => {
    const restApi = await createApi();
    const resources = await api.get(`/restapis/${restApi.id}/resources`);
    expect(resources.status()).toBe(200);
    const items = (await resources.json()).item;
    expect(items).toEqual([expect.objectContaining({ id: restApi.rootResourceId, path: "/" })]);

    const pets = await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "pets" } });
    expect(pets.status()).toBe(201);
    const petsRes = await pets.json();
    expect(petsRes).toMatchObject({ path: "/pets", pathPart: "pets", parentId: restApi.rootResourceId });

    const param = await api.post(`/restapis/${restApi.id}/resources/${petsRes.id}`, { data: { pathPart: "{petId}" } });
    expect(param.status()).toBe(201);
    expect((await param.json()).path).toBe("/pets/{petId}");

    const dup = await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "pets" } });
    expect(dup.status()).toBe(409);
    expect(dup.headers()["x-amzn-errortype"]).toMatch(/^ConflictException/);

    const bad = await api.post(`/restapis/${restApi.id}/resources/${restApi.rootResourceId}`, { data: { pathPart: "a/b" } });
    expect(bad.status()).toBe(400);
    expect(bad.headers()["x-amzn-errortype"]).toMatch(/^BadRequestException/);
    expect((await bad.json()).message).toBeTruthy();
  });

  test("a MOCK method answers a test invocation", async ({ api, createApi }) => {
    const restApi = await createApi();
    const base = `/restapis/${restApi.id}/resources/${restApi.rootResourceId}/methods/GET`;
    expect((await api.put(base, { data: { authorizationType: "NONE" } })).status()).toBe(201);
    expect(
      (
        await api.put(`${base}/integration`, {
          data: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
        })
      ).status(),
    ).toBe(201);
    expect((await api.put(`${base}/responses/200`, { data: {} })).status()).toBe(201);
    expect(
      (
        await api.put(`${base}/integration/responses/200`, {
          data: { responseTemplates: { "application/json": '{"hello": "mock"}' } },
        })
      ).status(),
    ).toBe(201);

    const method = await api.get(`${base}`);
    expect(await method.json()).toMatchObject({
      httpMethod: "GET",
      authorizationType: "NONE",
      methodIntegration: { type: "MOCK", integrationResponses: { "200": expect.objectContaining({ statusCode: "200" }) } },
      methodResponses: { "200": expect.objectContaining({ statusCode: "200" }) },
    });

    const invoked = await api.post(base, { data: { pathWithQueryString: "/" } });
    expect(invoked.status()).toBe(200);
    const result = await invoked.json();
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ hello: "mock" });
    expect(typeof result.latency).toBe("number");
    expect(typeof result.log).toBe("string");
  });
});
