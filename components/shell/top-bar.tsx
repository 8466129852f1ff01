"use client";
import { ChevronDown, CircleUser, Globe, LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { errorMessage } from "@/components/data/control-api";
import { useSession } from "@/components/data/use-session";
import { useSignOut } from "@/components/data/use-sign-out";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { Breadcrumbs } from "./breadcrumbs";
import { CommandPalette } from "./command-palette";
import { ThemeToggle } from "./theme-toggle";

export function TopBar({ accessKeyId }: { accessKeyId: string }) {
  const router = useRouter();
  const session = useSession();
  const signOut = useSignOut();
  const keyId = session.data?.accessKeyId ?? accessKeyId;

  function doSignOut() {
    signOut.mutate(undefined, {
      onSuccess: () => {
        router.replace("/sign-in");
        router.refresh();
      },
      onError: (err) => toast.error(`Could not sign out: ${errorMessage(err)}`),
    });
  }

  return (
    <header className="flex h-12 shrink-0 items-center justify-between gap-4 border-b border-border bg-background px-4">
      <Breadcrumbs />
      <div className="flex items-center gap-1.5">
        <CommandPalette />
        {session.data?.region ? (
          <Badge tone="outline" className="mr-1 gap-1" title="Region">
            <Globe className="size-3" />
            {session.data.region}
          </Badge>
        ) : null}
        <ThemeToggle />
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button variant="ghost" className="gap-1.5 px-2" aria-label="Account menu">
              <CircleUser className="text-muted-foreground" />
              <span className="max-w-48 truncate font-mono text-xs" data-testid="signed-in-key">
                {keyId}
              </span>
              <ChevronDown className="text-muted-foreground" />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent>
            <DropdownMenuLabel>
              Signed in as <span className="font-medium text-foreground">{session.data?.userName ?? "…"}</span>
              <div className="mt-0.5 font-mono text-[11px]">{keyId}</div>
            </DropdownMenuLabel>
            <DropdownMenuSeparator />
            <DropdownMenuItem onSelect={doSignOut}>
              <LogOut /> Sign out
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
    </header>
  );
}
