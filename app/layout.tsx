import type { Metadata, Viewport } from "next";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "Archway", template: "%s · Archway" },
  description: "Amazon API Gateway that you run yourself.",
  icons: {
    icon:
      "data:image/svg+xml," +
      encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="#4f46e5"/><path d="M8 24V15a8 8 0 0 1 16 0v9" fill="none" stroke="white" stroke-width="2.6" stroke-linecap="round"/><path d="M12.5 24v-8.5a3.5 3.5 0 0 1 7 0V24" fill="none" stroke="white" stroke-opacity="0.55" stroke-width="2.2" stroke-linecap="round"/></svg>',
      ),
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0b0f" },
  ],
};

/** Applies the saved (or system) theme before first paint, so there is no flash. */
const themeScript = `(function(){try{var t=localStorage.getItem("archway-theme");var d=t?t==="dark":matchMedia("(prefers-color-scheme: dark)").matches;document.documentElement.classList.toggle("dark",d);}catch(e){}})();`;

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
