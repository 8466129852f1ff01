"use client";
import { KeyRound, LogIn } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Logo } from "@/components/shell/logo";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/error-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useSignIn } from "@/components/data/use-sign-in";

export function SignInPageClient({ next }: { next: string }) {
  const router = useRouter();
  const signIn = useSignIn();
  const [accessKeyId, setAccessKeyId] = useState("");
  const [secretAccessKey, setSecretAccessKey] = useState("");
  const [touched, setTouched] = useState(false);

  const missingId = touched && !accessKeyId.trim();
  const missingSecret = touched && !secretAccessKey;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (!accessKeyId.trim() || !secretAccessKey) return;
    signIn.mutate(
      { accessKeyId: accessKeyId.trim(), secretAccessKey },
      {
        onSuccess: () => {
          router.replace(next);
          router.refresh();
        },
      },
    );
  }

  return (
    <main className="relative flex min-h-screen items-center justify-center bg-subtle px-4">
      <div className="absolute right-4 top-4">
        <ThemeToggle />
      </div>
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-3 text-center">
          <Logo className="size-10" />
          <div>
            <h1 className="text-xl font-semibold">Sign in to Archway</h1>
            <p className="mt-1 text-sm text-muted-foreground">Use an access key: the root key from the first start, or one created in the console.</p>
          </div>
        </div>
        <form onSubmit={submit} noValidate className="flex flex-col gap-4 rounded-xl border border-border bg-card p-5 shadow-sm">
          <Field label="Access key ID" htmlFor="accessKeyId" error={missingId ? "Enter your access key ID." : undefined}>
            <Input
              id="accessKeyId"
              name="accessKeyId"
              autoFocus
              autoComplete="username"
              spellCheck={false}
              placeholder="AKIA…"
              className="font-mono"
              value={accessKeyId}
              aria-invalid={missingId}
              onChange={(e) => setAccessKeyId(e.target.value)}
            />
          </Field>
          <Field
            label="Secret access key"
            htmlFor="secretAccessKey"
            error={missingSecret ? "Enter your secret access key." : undefined}
          >
            <Input
              id="secretAccessKey"
              name="secretAccessKey"
              type="password"
              autoComplete="current-password"
              className="font-mono"
              value={secretAccessKey}
              aria-invalid={missingSecret}
              onChange={(e) => setSecretAccessKey(e.target.value)}
            />
          </Field>
          <FormError error={signIn.error} />
          <Button type="submit" variant="primary" size="lg" loading={signIn.isPending || signIn.isSuccess}>
            {signIn.isPending || signIn.isSuccess ? null : <LogIn />}
            Sign in
          </Button>
        </form>
        <p className="mt-4 flex items-start gap-2 text-xs text-muted-foreground">
          <KeyRound className="mt-0.5 size-3.5 shrink-0" />
          <span>
            Lost the root key? It is in <code className="font-mono">credentials.json</code> in Archway&apos;s data directory,
            or set <code className="font-mono">ARCHWAY_ROOT_ACCESS_KEY_ID</code> and{" "}
            <code className="font-mono">ARCHWAY_ROOT_SECRET_ACCESS_KEY</code>.
          </span>
        </p>
      </div>
    </main>
  );
}
