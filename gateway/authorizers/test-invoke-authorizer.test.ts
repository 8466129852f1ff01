/**
 * TestInvokeAuthorizer against real functions: AWS's response members and execution-log lines
 * for an allow, a deny (returned, not evaluated), a missing token, a crash, a REQUEST authorizer
 * fed from headers / query / stage variables, and a Cognito authorizer that cannot run here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Authorizer } from "../model/api-types";
import { lambdaAuthorizer, startAuthorizerHarness, type AuthorizerHarness } from "./test-support";
import { testInvokeAuthorizer } from "./test-invoke-authorizer";

const TOKEN_FN = `export const handler = async (event) => {
  if (event.authorizationToken === "crash") throw new Error("boom");
  return {
    principalId: "principal-" + event.authorizationToken,
    policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: event.authorizationToken === "deny" ? "Deny" : "Allow", Resource: event.methodArn }] },
    context: { tier: "gold", n: 3 },
  };
};`;
const REQUEST_FN = `export const handler = async (event) => ({
  principalId: event.headers.Who + "@" + event.queryStringParameters.org + "@" + event.stageVariables.env,
  policyDocument: { Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: event.methodArn }] },
});`;

let t: AuthorizerHarness;
beforeAll(async () => {
  t = await startAuthorizerHarness({ tokenfn: TOKEN_FN, requestfn: REQUEST_FN });
});
afterAll(async () => {
  await t?.close();
});

const token = lambdaAuthorizer("tok123", "tokenfn");
const ARN = "arn:aws:execute-api:us-east-1:000000000000:testapi001/ESTestInvoke-stage/GET/";

describe("TestInvokeAuthorizer", () => {
  it("returns the principal, the policy, the context and AWS's log lines for an allow", async () => {
    const r = await testInvokeAuthorizer("testapi001", token, { headers: { Authorization: "allow-me-please" } });
    expect(r.clientStatus).toBe(0);
    expect(r.principalId).toBe("principal-allow-me-please");
    expect(JSON.parse(r.policy!)).toEqual({ Version: "2012-10-17", Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: ARN }] });
    expect(r.authorization).toEqual({ tier: ["gold"], n: ["3"] });
    expect(typeof r.latency).toBe("number");
    const lines = r.log.split("\n").map((l) => l.replace(/^.* UTC \d{4} : /, ""));
    expect(lines[0]).toMatch(/^Execution log for request [0-9a-f-]{36}$/);
    expect(lines[1]).toMatch(/^Starting authorizer: tok123 for request: [0-9a-f-]{36}$/);
    expect(lines).toContain("Incoming identity: *********please");
    expect(lines).toContain(`Endpoint request body after transformations: {"type":"TOKEN","methodArn":"${ARN}","authorizationToken":"allow-me-please"}`);
    expect(lines.some((l) => l.startsWith('Authorizer result body before parsing: {"principalId":"principal-allow-me-please"'))).toBe(true);
    expect(lines).toContain(`Using valid authorizer policy for principal: ${"*".repeat("principal-allow-me-please".length - 6)}please`);
    expect(lines).toContain("Successfully completed authorizer execution");
  });

  it("returns a Deny policy as it is (the method is not known here)", async () => {
    const r = await testInvokeAuthorizer("testapi001", token, { headers: { Authorization: "deny" } });
    expect(r.clientStatus).toBe(0);
    expect(JSON.parse(r.policy!).Statement[0].Effect).toBe("Deny");
  });

  it("reports 401 for a missing token", async () => {
    const r = await testInvokeAuthorizer("testapi001", token, {});
    expect(r.clientStatus).toBe(401);
    expect(r.principalId).toBeUndefined();
    expect(r.log).toMatch(/Unauthorized request: [0-9a-f-]{36}/);
  });

  it("reports 500 for a function error, with AWS's reason in the log", async () => {
    const r = await testInvokeAuthorizer("testapi001", token, { headers: { Authorization: "crash" } });
    expect(r.clientStatus).toBe(500);
    expect(r.log).toContain('Authorizer result body before parsing: {"errorType":"Error","errorMessage":"boom"');
    expect(r.log).toContain('Execution failed due to configuration error: Invalid JSON in response: Unrecognized field "errorType" , not marked as ignorable');
    expect(r.log).toContain("AuthorizerConfigurationException");
  });

  it("feeds a REQUEST authorizer from headers, the query string and stage variables", async () => {
    const request = lambdaAuthorizer("req456", "requestfn", {
      type: "REQUEST",
      identitySource: "method.request.header.Who,method.request.querystring.org,stageVariables.env",
    });
    const r = await testInvokeAuthorizer("testapi001", request, {
      headers: { Who: "ada" },
      pathWithQueryString: "/reports?org=acme",
      stageVariables: { env: "prod" },
    });
    expect(r.clientStatus).toBe(0);
    expect(r.principalId).toBe("ada@acme@prod");
    expect(JSON.parse(r.policy!).Statement[0].Resource).toBe(`${ARN}reports`);
    expect(r.log).toContain("Incoming identity: {method.request.header.Who=***, method.request.querystring.org=****, stageVariables.env=****}");
  });

  it("explains why a Cognito user pool authorizer cannot run", async () => {
    const cognito: Authorizer = { id: "cog789", name: "pool", type: "COGNITO_USER_POOLS", providerARNs: ["arn:aws:cognito-idp:us-east-1:000000000000:userpool/p"], identitySource: "method.request.header.Authorization" };
    const r = await testInvokeAuthorizer("testapi001", cognito, { headers: { Authorization: "eyJ..." } });
    expect(r.clientStatus).toBe(500);
    expect(r.log).toContain("Archway has no Amazon Cognito user pools");
  });
});
