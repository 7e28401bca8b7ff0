// The dashboard is served by the gateway under /dashboard/ (gateway/endpoints/dashboard.py);
// the build goes to dist/, committed so the gateway and the wheel need no Node at run time.
import { defineConfig } from "vite";

export default defineConfig({
  base: "/dashboard/",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    // Everything is served by the gateway under `default-src 'self'`: no inlined data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
