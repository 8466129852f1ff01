"use client";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { useResources } from "@/components/data/use-resources";
import { useRestApi } from "@/components/data/use-rest-api";

function ResourceCrumb({ apiId, resourceId }: { apiId: string; resourceId: string }) {
  const resources = useResources(apiId);
  return <>{resources.data?.find((r) => r.id === resourceId)?.path ?? resourceId}</>;
}

function ApiCrumb({ apiId }: { apiId: string }) {
  const api = useRestApi(apiId);
  return <>{api.data?.name ?? apiId}</>;
}

/** Where you are: APIs › petstore › Resources › /pets › GET. Each crumb is a link. */
export function Breadcrumbs() {
  const pathname = usePathname();
  const params = useParams<{ apiId?: string; resourceId?: string; verb?: string; stageName?: string; type?: string }>();
  const crumbs: { href: string; label: React.ReactNode }[] = [];
  if (pathname.startsWith("/apis")) {
    crumbs.push({ href: "/apis", label: "APIs" });
    if (params.apiId) {
      const base = `/apis/${params.apiId}`;
      crumbs.push({ href: `${base}/resources`, label: <ApiCrumb apiId={params.apiId} /> });
      if (pathname.startsWith(`${base}/resources`)) {
        crumbs.push({ href: `${base}/resources`, label: "Resources" });
        if (params.resourceId) {
          crumbs.push({
            href: `${base}/resources/${params.resourceId}`,
            label: <ResourceCrumb apiId={params.apiId} resourceId={params.resourceId} />,
          });
          if (params.verb) {
            crumbs.push({
              href: `${base}/resources/${params.resourceId}/methods/${params.verb}`,
              label: params.verb.toUpperCase(),
            });
          }
        }
      } else if (pathname.startsWith(`${base}/stages`)) {
        crumbs.push({ href: `${base}/stages`, label: "Stages" });
        if (params.stageName) {
          const name = decodeURIComponent(params.stageName);
          crumbs.push({ href: `${base}/stages/${params.stageName}`, label: name });
        }
      } else if (pathname.startsWith(`${base}/gateway-responses`)) {
        crumbs.push({ href: `${base}/gateway-responses`, label: "Gateway responses" });
        if (params.type) crumbs.push({ href: `${base}/gateway-responses/${params.type}`, label: params.type.toUpperCase() });
      } else if (pathname.startsWith(`${base}/settings`)) {
        crumbs.push({ href: `${base}/settings`, label: "Settings" });
      }
    }
  }
  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol className="flex min-w-0 items-center gap-1 text-sm">
        {crumbs.map((c, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={i} className="flex min-w-0 items-center gap-1">
              {i > 0 ? <ChevronRight className="size-3.5 shrink-0 text-muted-foreground/60" aria-hidden /> : null}
              {last ? (
                <span aria-current="page" className="truncate font-medium">
                  {c.label}
                </span>
              ) : (
                <Link href={c.href} className="truncate text-muted-foreground hover:text-foreground">
                  {c.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
