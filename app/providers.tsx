"use client";
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { Toaster } from "sonner";
import { ThemeProvider, useTheme } from "@/components/shell/theme";
import { TooltipProvider } from "@/components/ui/tooltip";
import { isAuthError, isControlApiError } from "@/components/data/control-api";

function onAuthLost(err: unknown) {
  if (isAuthError(err) && typeof window !== "undefined" && !window.location.pathname.startsWith("/sign-in")) {
    const next = window.location.pathname + window.location.search;
    window.location.assign(`/sign-in?next=${encodeURIComponent(next)}`);
  }
}

function makeClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: onAuthLost }),
    // Each form or action shows its own failure (inline or as a toast) with the server's message.
    mutationCache: new MutationCache({ onError: onAuthLost }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: true,
        retry: (count, err) => {
          if (isControlApiError(err) && err.status > 0 && err.status < 500) return false;
          return count < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}

function ThemedToaster() {
  const { theme } = useTheme();
  return <Toaster theme={theme} position="bottom-left" richColors closeButton toastOptions={{ duration: 4000 }} />;
}

export function Providers({ children }: { children: React.ReactNode }) {
  const [client] = useState(makeClient);
  return (
    <ThemeProvider>
      <QueryClientProvider client={client}>
        <TooltipProvider delayDuration={300}>
          {children}
          <ThemedToaster />
        </TooltipProvider>
      </QueryClientProvider>
    </ThemeProvider>
  );
}
