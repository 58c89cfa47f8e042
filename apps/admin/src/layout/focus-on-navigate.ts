import { nextTick } from 'vue';
import type { Router } from 'vue-router';

/**
 * After an in-app navigation, moves focus to the new page's heading so keyboard and screen-reader
 * users start at the top of the new content instead of somewhere in the old one.
 */
export function focusHeadingOnNavigate(router: Router): void {
  router.afterEach((to, from, failure) => {
    if (failure || from.matched.length === 0 || to.path === from.path) return;
    void nextTick(() => {
      const heading = document.querySelector<HTMLElement>('main h1, [data-page-heading]');
      heading?.focus({ preventScroll: false });
    });
  });
}
