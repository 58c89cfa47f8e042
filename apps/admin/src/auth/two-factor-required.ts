import { TRPCClientError } from '@trpc/client';

/** The API's refusals for want of two-factor, and who required it. */
const REQUIREMENTS: Record<string, 'tenant' | 'operator'> = {
  'access.twoFactorRequired': 'tenant',
  'access.operatorTwoFactorRequired': 'operator',
};

/** Whether a failed call was refused because the account has no second factor: by the tenant or the installation. */
export function twoFactorRequirementOf(error: unknown): 'tenant' | 'operator' | null {
  if (!(error instanceof TRPCClientError)) return null;
  const data: unknown = error.data;
  const code = typeof data === 'object' && data !== null && 'errorCode' in data ? data.errorCode : null;
  return typeof code === 'string' ? (REQUIREMENTS[code] ?? null) : null;
}
