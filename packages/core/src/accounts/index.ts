export { createAuth, AUTH_BASE_PATH, CLIENT_IP_HEADER, type AuthOptions, type SpejlAuth } from './auth.ts';
export { beginSignIn, settleSignIn, accountKey, addressKey, SIGN_IN_LIMITS, type SignInAttempt, type SignInRefusal, type ThrottleLimits } from './sign-in-throttle.ts';
export { passwordSchema, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './password.ts';
export { createUser, setPassword, findUserByEmail, setUserLocale, emailSchema, nameSchema, newUserSchema, type NewUserInput, type UserSummary } from './users.ts';
export { loadAuthSecret } from './secret.ts';
export { SessionReader, type SessionUserRow, type SessionRow, type SignedSession } from './session-reader.ts';
export { resetTwoFactor } from './two-factor-reset.ts';
