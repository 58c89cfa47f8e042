import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `pnpm --filter @spejl/admin dev` talks to a Spejl server started separately (`pnpm start`); start
// that server with TRUSTED_ORIGINS=http://localhost:5173 so it accepts the dev server's requests.
const apiTarget = process.env.SPEJL_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [vue()],
  define: {
    // Composition API only: lets the bundler drop vue-i18n's legacy API and devtools hooks.
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    proxy: {
      '/trpc': { target: apiTarget, changeOrigin: false },
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    chunkSizeWarningLimit: 700,
  },
});
