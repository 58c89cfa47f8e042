/** Two-factor sign-in (issue 16): why a request was refused for want of a second factor. */
export const twoFactorTexts = {
  'access.twoFactorRequired': {
    en: 'this organisation requires two-factor sign-in of its administrators: turn on two-factor for your account first',
    da: 'Organisationen kræver to-faktor-login for administratorer. Slå to-faktor til for din konto først.',
  },
  'access.operatorTwoFactorRequired': {
    en: 'operators must sign in with two-factor on this installation: turn on two-factor for your account first',
    da: 'Operatører skal logge ind med to-faktor på denne installation. Slå to-faktor til for din konto først.',
  },
  'tenant.twoFactorYourselfFirst': {
    en: 'turn on two-factor for your own account before you require it of the administrators',
    da: 'Slå to-faktor til for din egen konto, før du kræver det af administratorerne.',
  },
} as const;
