/** Function names, ARNs and qualifiers as Lambda accepts them; Lambda integration URIs. */
import { describe, expect, it } from "vitest";
import { functionArn, parseFunctionName, parseIntegrationUri } from "./arn";
import { LambdaError } from "./errors";

describe("parseFunctionName", () => {
  it.each([
    ["my-function", { name: "my-function", qualifier: undefined }],
    ["my-function:7", { name: "my-function", qualifier: "7" }],
    ["my-function:$LATEST", { name: "my-function", qualifier: "$LATEST" }],
    ["123456789012:function:my-function", { name: "my-function", qualifier: undefined }],
    ["123456789012:function:my-function:prod", { name: "my-function", qualifier: "prod" }],
    ["arn:aws:lambda:us-east-1:123456789012:function:my-function", { name: "my-function", qualifier: undefined }],
    ["arn:aws:lambda:eu-west-3:123456789012:function:my_function:live", { name: "my_function", qualifier: "live" }],
  ])("%s", (input, expected) => {
    expect(parseFunctionName(input)).toEqual(expected);
  });

  it("takes the Qualifier parameter, and refuses one that contradicts the name", () => {
    expect(parseFunctionName("fn", "3")).toEqual({ name: "fn", qualifier: "3" });
    expect(parseFunctionName("fn:3", "3")).toEqual({ name: "fn", qualifier: "3" });
    expect(() => parseFunctionName("fn:3", "4")).toThrow(LambdaError);
  });

  it("refuses names Lambda refuses", () => {
    for (const bad of ["has space", "a/b", "x".repeat(65), "arn:aws:s3:::bucket"]) {
      expect(() => parseFunctionName(bad), bad).toThrow(LambdaError);
    }
  });
});

describe("ARNs and integration URIs", () => {
  it("builds function ARNs with and without a qualifier", () => {
    expect(functionArn("us-east-1", "000000000000", "fn")).toBe("arn:aws:lambda:us-east-1:000000000000:function:fn");
    expect(functionArn("us-east-1", "000000000000", "fn", "prod")).toBe("arn:aws:lambda:us-east-1:000000000000:function:fn:prod");
  });

  it("reads the function from API Gateway's Lambda invocation URI", () => {
    const uri = (fn: string) => `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fn}/invocations`;
    expect(parseIntegrationUri(uri("arn:aws:lambda:us-east-1:123456789012:function:pets"))).toEqual({ name: "pets", qualifier: undefined });
    expect(parseIntegrationUri(uri("arn:aws:lambda:us-east-1:123456789012:function:pets:prod"))).toEqual({ name: "pets", qualifier: "prod" });
    expect(parseIntegrationUri(uri("arn%3Aaws%3Alambda%3Aus-east-1%3A123456789012%3Afunction%3Apets%3A2"))).toEqual({ name: "pets", qualifier: "2" });
    expect(parseIntegrationUri("arn:aws:apigateway:us-east-1:s3:path/bucket/key")).toBeNull();
    expect(parseIntegrationUri(uri("arn:aws:lambda:us-east-1:123456789012:function:"))).toBeNull();
  });
});
