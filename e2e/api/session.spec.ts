import { request } from "@playwright/test";
import { expect, test } from "../fixtures";

test.describe("console session", () => {
  test("the control API refuses requests without a session or signature", async ({ archway }) => {
    const anon = await request.newContext({ baseURL: archway.baseURL });
    const res = await anon.get("/restapis");
    expect(res.status()).toBe(403);
    expect(res.headers()["x-amzn-errortype"]).toMatch(/^MissingAuthenticationTokenException/);
    expect(await res.json()).toEqual({ message: expect.any(String) });
    await anon.dispose();
  });

  test("wrong keys get 401 with a message", async ({ archway }) => {
    const anon = await request.newContext({ baseURL: archway.baseURL });
    const res = await anon.post("/api/session", {
      data: { accessKeyId: archway.accessKeyId, secretAccessKey: "not-the-secret" },
    });
    expect(res.status()).toBe(401);
    const body = await res.json();
    expect(body.message).toBeTruthy();
    expect(res.headers()["set-cookie"]).toBeUndefined();
    await anon.dispose();
  });

  test("sign in, read the session, sign out", async ({ archway }) => {
    const ctx = await request.newContext({ baseURL: archway.baseURL });
    const signIn = await ctx.post("/api/session", {
      data: { accessKeyId: archway.accessKeyId, secretAccessKey: archway.secretAccessKey },
    });
    expect(signIn.status()).toBe(200);
    expect(await signIn.json()).toMatchObject({ accessKeyId: archway.accessKeyId, userName: expect.any(String) });
    expect(signIn.headers()["set-cookie"]).toMatch(/HttpOnly/i);

    const session = await ctx.get("/api/session");
    expect(session.status()).toBe(200);
    const s = await session.json();
    expect(s).toMatchObject({ accessKeyId: archway.accessKeyId, region: expect.any(String) });
    expect(s.gatewayUrl).toMatch(/^https?:\/\//);

    expect((await ctx.get("/restapis")).status()).toBe(200);

    const out = await ctx.delete("/api/session");
    expect(out.status()).toBe(204);
    expect((await ctx.get("/api/session")).status()).toBe(401);
    expect((await ctx.get("/restapis")).status()).toBe(403);
    await ctx.dispose();
  });
});
