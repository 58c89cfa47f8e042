import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// `pnpm --filter @spejl/survey dev` talks to a Spejl server started separately (`pnpm start`).
const apiTarget = process.env.SPEJL_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  base: '/s/',
  plugins: [vue()],
  define: {
    // Composition API only and no runtime message compiler: keeps the respondent's download small.
    __VUE_I18N_LEGACY_API__: false,
    __VUE_I18N_FULL_INSTALL__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_JIT_COMPILATION__: true,
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  server: { proxy: { '/s/api': { target: apiTarget, changeOrigin: false } } },
  build: { outDir: 'dist', target: 'es2020', sourcemap: false },
});
