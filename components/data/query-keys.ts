/** Every react-query key the console uses, in one place so mutations invalidate the right ones. */
export const queryKeys = {
  session: ["session"] as const,
  restApis: ["restapis"] as const,
  restApi: (apiId: string) => ["restapis", apiId] as const,
  resources: (apiId: string) => ["restapis", apiId, "resources"] as const,
  method: (apiId: string, resourceId: string, verb: string) =>
    ["restapis", apiId, "resources", resourceId, "methods", verb] as const,
  stages: (apiId: string) => ["restapis", apiId, "stages"] as const,
  stage: (apiId: string, stageName: string) => ["restapis", apiId, "stages", stageName] as const,
  deployments: (apiId: string) => ["restapis", apiId, "deployments"] as const,
  authorizers: (apiId: string) => ["restapis", apiId, "authorizers"] as const,
};
