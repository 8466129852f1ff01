/**
 * Integration handlers keyed by AWS integration type. Types not registered yet (AWS,
 * AWS_PROXY arrive with later capabilities) fail the way a misconfigured integration does.
 */
import type { IntegrationType } from "../model/api-types";
import type { IntegrationHandler } from "./types";
import { mockIntegration } from "./mock";
import { httpProxyIntegration } from "./http-proxy";
import { httpIntegration } from "./http";
import { awsProxyIntegration } from "./aws-proxy";
import { awsIntegration } from "./aws";

export const integrationRegistry: Partial<Record<IntegrationType, IntegrationHandler<any>>> = {
  MOCK: mockIntegration,
  HTTP: httpIntegration,
  HTTP_PROXY: httpProxyIntegration,
  AWS_PROXY: awsProxyIntegration,
  AWS: awsIntegration,
};
