// Stand-in for the "server-only" marker package (Next.js provides it; the suite runs outside Next).
export {};
