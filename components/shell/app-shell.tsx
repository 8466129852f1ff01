import { Sidebar } from "./sidebar";
import { TopBar } from "./top-bar";

/** Sidebar on the left, top bar, and a scrolling main area. */
export function AppShell({ accessKeyId, children }: { accessKeyId: string; children: React.ReactNode }) {
  return (
    <div className="flex h-screen overflow-hidden">
      <Sidebar />
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar accessKeyId={accessKeyId} />
        <main id="main" className="min-h-0 flex-1 overflow-y-auto overflow-x-hidden">
          {children}
        </main>
      </div>
    </div>
  );
}
