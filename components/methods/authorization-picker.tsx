"use client";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useAuthorizers } from "@/components/data/use-authorizers";
import { useUpdateMethod } from "@/components/data/use-update-method";
import type { Method, PatchOperation } from "@/components/data/types";
import { NativeSelect } from "@/components/ui/select";

const NONE = "NONE";
const IAM = "AWS_IAM";

/** Method request → Authorization: None, AWS IAM, or one of the API's authorizers by name. */
export function AuthorizationPicker({ apiId, resourceId, verb, method }: { apiId: string; resourceId: string; verb: string; method: Method }) {
  const authorizers = useAuthorizers(apiId);
  const update = useUpdateMethod(apiId, resourceId, verb);
  // The pick shows at once; it goes back (with a toast) if the server refuses it.
  const [picked, setPicked] = useState<string | null>(null);
  const usesAuthorizer = method.authorizationType === "CUSTOM" || method.authorizationType === "COGNITO_USER_POOLS";
  const saved = usesAuthorizer ? `authorizer:${method.authorizerId ?? ""}` : method.authorizationType;
  const value = picked ?? saved;
  const current = value.startsWith("authorizer:") ? authorizers.data?.find((a) => `authorizer:${a.id}` === value) : undefined;

  function pick(next: string) {
    let ops: PatchOperation[];
    let label: string;
    if (next === NONE || next === IAM) {
      ops = [{ op: "replace", path: "/authorizationType", value: next }];
      label = next === NONE ? "No authorization" : "AWS IAM authorization";
    } else {
      const a = authorizers.data?.find((x) => `authorizer:${x.id}` === next);
      if (!a) return;
      ops = [
        { op: "replace", path: "/authorizationType", value: a.type === "COGNITO_USER_POOLS" ? "COGNITO_USER_POOLS" : "CUSTOM" },
        { op: "replace", path: "/authorizerId", value: a.id },
      ];
      label = `Authorizer ${a.name}`;
    }
    setPicked(next);
    update.mutate(ops, {
      onSuccess: () => toast.success(`${label} set`, { description: "Deploy the API to apply it." }),
      onError: (err) => toast.error("Could not change the authorization", { description: errorMessage(err) }),
      onSettled: () => setPicked(null),
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {/* Not disabled while saving: a disabled select drops keyboard focus. */}
      <NativeSelect aria-label="Authorization" aria-busy={update.isPending} value={value} onChange={(e) => pick(e.target.value)} className="min-w-56">
        <option value={NONE}>None</option>
        <option value={IAM}>AWS IAM</option>
        {authorizers.data?.length ? (
          <optgroup label="Authorizers">
            {authorizers.data.map((a) => (
              <option key={a.id} value={`authorizer:${a.id}`}>
                {a.name} ({a.type === "COGNITO_USER_POOLS" ? "Cognito" : `Lambda ${a.type.toLowerCase()}`})
              </option>
            ))}
          </optgroup>
        ) : null}
        {value.startsWith("authorizer:") && !current ? (
          <option value={value}>{authorizers.data ? `${method.authorizerId ?? "unknown"} (not found)` : "Loading authorizers…"}</option>
        ) : null}
      </NativeSelect>
      {current ? (
        <Link className="text-xs text-primary hover:underline" href={`/apis/${apiId}/authorizers/${current.id}`}>
          Open authorizer
        </Link>
      ) : authorizers.data && authorizers.data.length === 0 ? (
        <Link className="text-xs text-primary hover:underline" href={`/apis/${apiId}/authorizers`}>
          Create an authorizer
        </Link>
      ) : null}
      {method.authorizationType === IAM ? <span className="text-xs text-muted-foreground">Stored; the gateway does not check SigV4 callers yet.</span> : null}
    </span>
  );
}
