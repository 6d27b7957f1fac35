import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** The web front end lives in web/; the server serves the built files from dist/web. */
export default defineConfig({
  root: here('./web'),
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // antd and ProComponents are large by nature; they are split into their own long-cached chunks below.
    chunkSizeWarningLimit: 1400,
    rollupOptions: {
      onwarn(warning, warn) {
        // zod ships explanatory comments next to its @__PURE__ marks; Rollup drops them and says so.
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules/zod/')) return;
        warn(warning);
      },
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/@ant-design\/pro-/.test(id)) return 'pro-components';
          if (/node_modules\/(antd|@ant-design|rc-[^/]+|@rc-component)\//.test(id)) return 'antd';
          if (/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom|@tanstack)\//.test(id))
            return 'react';
          return 'vendor';
        },
      },
    },
  },
  server: {
    // The API server in development (`npm run dev`); API_TARGET points elsewhere when it runs on another port.
    // The Host header is kept: the server's CSRF check compares it with the browser's Origin.
    proxy: { '/api': { target: process.env.API_TARGET ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
