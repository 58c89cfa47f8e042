import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { authClient } from '../auth/auth-client.ts';

/** The signed-in person as the console needs them. */
export interface ConsoleUser {
  id: string;
  name: string;
  email: string;
  operator: boolean;
  locale: string;
  /** Signs in with a code from an authenticator app after the password. */
  twoFactorEnabled: boolean;
}

/** How a sign-in step went: a refusal's better-auth code and status, or whether the second step is still to come. */
export interface SignInOutcome {
  code: string | null;
  status: number | null;
  retryAfter: number | null;
  /** The password was right; the account asks for its code next. */
  twoFactor?: boolean;
}

/** The session could not be read (not: there is none); `status` is the server's answer, 0 without one. */
export class SessionUnavailable extends Error {
  constructor(readonly status: number) {
    super(`the session could not be read (HTTP ${status})`);
  }
}

/** Who is signed in; loaded once per page load and after signing in or out. */
export const useSessionStore = defineStore('session', () => {
  const user = ref<ConsoleUser | null>(null);
  let loading: Promise<void> | null = null;

  /**
   * Reads the session. A refusal that is not "no session" (throttled, server trouble) is thrown with
   * its status: treating it as "signed out" would drop a person who just signed in on the login page.
   */
  async function refresh(): Promise<void> {
    const { data, error } = await authClient.getSession({ query: { disableCookieCache: true } });
    if (error && error.status !== 401) throw new SessionUnavailable(error.status);
    const u = data?.user;
    user.value = u
      ? { id: u.id, name: u.name, email: u.email, operator: u.operator === true, locale: u.locale ?? 'da', twoFactorEnabled: u.twoFactorEnabled === true }
      : null;
  }

  /** Loads the session the first time it is needed; later calls reuse that answer. */
  function ensureLoaded(): Promise<void> {
    loading ??= refresh().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  }

  /**
   * Signs in; returns the better-auth error code (or null on success) so the form can explain it,
   * and for a throttled attempt how many seconds to wait (when the server said).
   */
  async function signIn(email: string, password: string): Promise<SignInOutcome> {
    const { data, error } = await authClient.signIn.email({ email, password });
    if (error) return refusal(error);
    if (data && 'twoFactorRedirect' in data && data.twoFactorRedirect) return { code: null, status: null, retryAfter: null, twoFactor: true };
    return settled();
  }

  /** The second step of a sign-in: the app's six digits, or one of the recovery codes. */
  async function verifyCode(code: string, recovery: boolean): Promise<SignInOutcome> {
    const { error } = recovery
      ? await authClient.twoFactor.verifyBackupCode({ code })
      : await authClient.twoFactor.verifyTotp({ code });
    return error ? refusal(error) : settled();
  }

  function refusal(error: { code?: string | undefined; status: number }): SignInOutcome {
    const wait = (error as { retryAfter?: unknown }).retryAfter;
    return { code: error.code ?? null, status: error.status, retryAfter: typeof wait === 'number' && wait > 0 ? wait : null };
  }

  /** Reads the session a successful sign-in made. */
  async function settled(): Promise<SignInOutcome> {
    try {
      await refresh();
    } catch (failure) {
      if (failure instanceof SessionUnavailable) return { code: 'SESSION_UNAVAILABLE', status: failure.status, retryAfter: null };
      throw failure;
    }
    loading = Promise.resolve();
    return { code: null, status: null, retryAfter: null };
  }

  async function signOut(): Promise<void> {
    await authClient.signOut();
    user.value = null;
    loading = Promise.resolve();
  }

  const isOperator = computed(() => user.value?.operator === true);

  return { user, isOperator, ensureLoaded, refresh, signIn, verifyCode, signOut };
});
