"use client";
import { MethodView } from "@/components/methods/method-view";

export function MethodPageClient({ apiId, resourceId, verb }: { apiId: string; resourceId: string; verb: string }) {
  return <MethodView apiId={apiId} resourceId={resourceId} verb={verb} />;
}
