/** Texts of the console frame: skip link, header, side navigation, tenant switcher, user menu. */
const da = {
  skipToContent: 'Spring til hovedindhold',
  mainNavigation: 'Hovedmenu',
  home: 'Spejl – forsiden',
  nav: {
    overview: 'Oversigt',
    tenants: 'Organisationer',
    settings: 'Indstillinger',
    members: 'Brugere og invitationer',
    outbox: 'Udbakke',
  },
  tenantSwitcher: {
    label: 'Organisation',
    placeholder: 'Vælg organisation',
    switched: 'Du arbejder nu i {name}.',
  },
  linkedTenant: {
    now: 'Du arbejder nu i {name}.',
    before: 'Linket, du åbnede, hører til den organisation. Før arbejdede du i {previous}.',
    why: 'Linket, du åbnede, hører til den organisation.',
    dismiss: 'Forstået',
  },
  language: {
    label: 'Sprog',
  },
  userMenu: {
    signedInAs: 'Logget ind som {email}',
    signOut: 'Log ud',
  },
  noTenant: {
    title: 'Vælg en organisation',
    body: 'Denne side hører til en organisation. Vælg en i feltet Organisation øverst.',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Adressen passer ikke til nogen side i Spejl.',
    home: 'Gå til forsiden',
  },
};

const en: typeof da = {
  skipToContent: 'Skip to main content',
  mainNavigation: 'Main menu',
  home: 'Spejl – home',
  nav: {
    overview: 'Overview',
    tenants: 'Organisations',
    settings: 'Settings',
    members: 'Users and invitations',
    outbox: 'Outbox',
  },
  tenantSwitcher: {
    label: 'Organisation',
    placeholder: 'Choose organisation',
    switched: 'You are now working in {name}.',
  },
  linkedTenant: {
    now: 'You are now working in {name}.',
    before: 'The link you opened belongs to that organisation. Before, you were working in {previous}.',
    why: 'The link you opened belongs to that organisation.',
    dismiss: 'Got it',
  },
  language: {
    label: 'Language',
  },
  userMenu: {
    signedInAs: 'Signed in as {email}',
    signOut: 'Sign out',
  },
  noTenant: {
    title: 'Choose an organisation',
    body: 'This page belongs to an organisation. Choose one in the Organisation field at the top.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The address does not match any page in Spejl.',
    home: 'Go to the home page',
  },
};

export default { da, en };
