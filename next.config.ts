import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Native modules stay in node_modules; the console reads SQLite through them at run time.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "esbuild"],
  // The control API lives at AWS's paths (/restapis/...), so no trailing-slash redirects there.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1"],
};

export default nextConfig;
