/**
 * Authentication of the control API: SigV4 with the SDK, the console's session cookie, and AWS's
 * 403 errors for unsigned requests, bad signatures and unknown access keys.
 */
import { GetRestApisCommand } from "@aws-sdk/client-api-gateway";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE, createSessionValue } from "../../app/_server/auth/session";
import { client, expectAwsError, raw } from "./helpers";

describe("authentication", () => {
  it("accepts requests the SDK signs with a known key", async () => {
    const list = await client().send(new GetRestApisCommand({}));
    expect(Array.isArray(list.items ?? [])).toBe(true);
  });

  it("answers an unsigned request with 403 MissingAuthenticationTokenException", async () => {
    const res = await raw("GET", "/restapis", undefined, { sign: false });
    expect(res.status).toBe(403);
    expect(res.errorType).toBe("MissingAuthenticationTokenException");
    expect(res.json).toEqual({ message: "Missing Authentication Token" });
  });

  it("answers a wrong secret with 403 InvalidSignatureException", async () => {
    const sdk = client({ accessKeyId: globalThis.controlApi.accessKeyId, secretAccessKey: "not-the-secret" });
    const e = await expectAwsError(() => sdk.send(new GetRestApisCommand({})), "InvalidSignatureException", 403);
    expect(e.message).toMatch(/^The request signature we calculated does not match the signature you provided/);
  });

  it("answers an unknown access key with 403 UnrecognizedClientException", async () => {
    const sdk = client({ accessKeyId: "AKIAUNKNOWNKEY000000", secretAccessKey: "whatever" });
    const e = await expectAwsError(() => sdk.send(new GetRestApisCommand({})), "UnrecognizedClientException", 403);
    expect(e.message).toBe("The security token included in the request is invalid.");
  });

  it("refuses a body that differs from the one that was signed (InvalidSignatureException)", async () => {
    // Signed like the SDK signs (x-amz-content-sha256 among the signed headers), then a different
    // body of the same length is sent with those headers.
    const res = await raw("POST", "/restapis", JSON.stringify({ name: "original" }), {
      sendBody: JSON.stringify({ name: "tampered" }),
    });
    expect(res.status).toBe(403);
    expect(res.errorType).toBe("InvalidSignatureException");
    const list = await client().send(new GetRestApisCommand({}));
    expect(list.items?.some((a) => a.name === "tampered")).toBe(false);
  });

  it("accepts the console's session cookie and refuses a forged one", async () => {
    const cookie = `${SESSION_COOKIE}=${createSessionValue(globalThis.controlApi.accessKeyId)}`;
    const ok = await raw("GET", "/restapis", undefined, { sign: false, headers: { cookie } });
    expect(ok.status).toBe(200);
    expect(ok.json).toHaveProperty("item");

    const forged = await raw("GET", "/restapis", undefined, { sign: false, headers: { cookie: `${cookie.slice(0, -2)}xx` } });
    expect(forged.status).toBe(403);
    expect(forged.errorType).toBe("MissingAuthenticationTokenException");
  });
});
