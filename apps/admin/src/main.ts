// First: gives Naive UI's runtime <style> elements the page's CSP nonce before any can be made.
import './csp-nonce.ts';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { sessionExpiryCaches } from './auth/session-expiry.ts';
import { i18n } from './i18n/index.ts';
import { applyLocale, initialLocale } from './i18n/locale.ts';
import { focusHeadingOnNavigate } from './layout/focus-on-navigate.ts';
import { router } from './router.ts';
import './layout/base.css';

const queryClient = new QueryClient({
  ...sessionExpiryCaches(router),
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

applyLocale(initialLocale());
focusHeadingOnNavigate(router);

createApp(App).use(createPinia()).use(i18n).use(VueQueryPlugin, { queryClient }).use(router).mount('#app');
