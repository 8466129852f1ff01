/**
 * A client's `Cache-Control: max-age=0` ("Invalidate an API Gateway cache entry"): the response
 * comes from the integration and replaces the cached entry, if the client is authorized to
 * invalidate. AWS authorizes that with an IAM policy granting execute-api:InvalidateCache;
 * Archway has no IAM policies, so no request can hold that permission: with
 * requireAuthorizationForCacheControl (AWS's default) every max-age=0 is unauthorized and
 * unauthorizedCacheControlHeaderStrategy decides (FAIL_WITH_403, or serve as usual with or
 * without the Warning header). With requireAuthorizationForCacheControl off, any client may
 * invalidate, as AWS documents ("If you don't impose an InvalidateCache policy ... any client can
 * invalidate the API cache").
 */
import type { CachePlan } from "./cache-plan";

/** AWS's Warning header for an ignored Cache-Control (SUCCEED_WITH_RESPONSE_HEADER). */
export const IGNORED_CACHE_CONTROL_WARNING = "199 Cache-control headers were ignored because the caller was unauthorized.";

export function asksForFreshResponse(cacheControl: string[] | undefined): boolean {
  if (!cacheControl) return false;
  for (const value of cacheControl) {
    for (const directive of value.split(",")) if (directive.trim().toLowerCase() === "max-age=0") return true;
  }
  return false;
}

export function mayInvalidateCache(plan: CachePlan): boolean {
  return !plan.requireAuthorization;
}
