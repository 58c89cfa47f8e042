/** Single sign-on through a tenant's own OpenID Connect provider (issue 16). */
export const ssoTexts = {
  'sso.secretRequired': {
    en: 'enter the client secret the identity provider gave you',
    da: 'Skriv den klienthemmelighed (client secret), identitetsudbyderen har givet jer.',
  },
  'sso.notConfigured': {
    en: 'the organisation has no single sign-on set up',
    da: 'Organisationen har ikke sat single sign-on op.',
  },
  'sso.issuerNotHttps': {
    en: 'the issuer must be an https address',
    da: 'Udstederen (issuer) skal være en https-adresse.',
  },
  'sso.domainInvalid': {
    en: '"{domain}" is not an e-mail domain; write one domain a line, such as kommune.dk',
    da: '"{domain}" er ikke et e-maildomæne. Skriv ét domæne pr. linje, fx kommune.dk.',
  },
} as const;
