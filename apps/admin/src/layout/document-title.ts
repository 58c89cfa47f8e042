import { watchEffect } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute } from 'vue-router';

/** Keeps `document.title` on the current page's title in the current language (screen readers announce it). */
export function useDocumentTitle(): void {
  const route = useRoute();
  const { t } = useI18n();
  watchEffect(() => {
    const page = route.meta.title ? t(route.meta.title) : null;
    document.title = page ? `${page} · ${t('common.appName')}` : t('common.appName');
  });
}
