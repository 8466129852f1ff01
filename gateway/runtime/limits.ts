/** API Gateway's fixed REST limits (AWS developer guide, "Quotas for REST APIs"). */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_INTEGRATION_TIMEOUT_MS = 29_000;
export const MIN_INTEGRATION_TIMEOUT_MS = 50;
export const MAX_FOREACH_ITERATIONS = 1_000;
/** "URL length in characters" for regional APIs; edge-optimized ones allow 8192. */
export const MAX_URL_LENGTH = 10_240;
