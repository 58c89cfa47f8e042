import { describe, expect, it } from 'vitest';
import { NAV_ITEMS, visibleNav, type ConsoleRole } from '../src/layout/nav.ts';
import { linkify } from '../src/pages/outbox/linkify.ts';

const labels = (role: ConsoleRole | null, hasTenant: boolean) => visibleNav(NAV_ITEMS, role, hasTenant).map((i) => i.label);

describe('side navigation', () => {
  it('shows operators the tenant list, the sector benchmark and every tenant\'s results, and tenant pages once a tenant is chosen', () => {
    expect(labels('operator', false)).toEqual(['layout.nav.tenants', 'benchmark.nav', 'layout.nav.outbox', 'reports.nav', 'audit.operatorNav']);
    expect(labels('operator', true)).toContain('layout.nav.members');
  });

  it('never shows a tenant admin the operator pages', () => {
    const admin = labels('admin', true);
    expect(admin).not.toContain('layout.nav.tenants');
    expect(admin).toEqual(expect.arrayContaining(['layout.nav.overview', 'layout.nav.members', 'layout.nav.outbox', 'layout.nav.settings']));
  });

  it('shows leaders and analysts only what they may use, and nobody anything without a role', () => {
    expect(labels('leader', true)).toEqual(['reports.mine.nav', 'peers.nominations.nav', 'initiatives.nav', 'followUp.nav']);
    expect(labels('leader', false)).toEqual([]);
    expect(labels('analyst', true)).toEqual(['layout.nav.overview', 'people.nav', 'themes.nav', 'reports.nav', 'followUp.nav', 'reports.settingsNav']);
    expect(labels(null, true)).toEqual([]);
  });
});

describe('links in stored mail', () => {
  it('turns http(s) addresses into links and leaves the rest as text', () => {
    const parts = linkify('Åbn linket:\n\nhttp://127.0.0.1:3000/invite?tenant=a&token=b_c-d\n\nHilsen Spejl');
    expect(parts).toEqual([
      { kind: 'text', text: 'Åbn linket:\n\n' },
      { kind: 'link', href: 'http://127.0.0.1:3000/invite?tenant=a&token=b_c-d' },
      { kind: 'text', text: '\n\nHilsen Spejl' },
    ]);
  });

  it('keeps a sentence’s full stop out of the link', () => {
    expect(linkify('Se https://spejl.example/x.')).toEqual([
      { kind: 'text', text: 'Se ' },
      { kind: 'link', href: 'https://spejl.example/x' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('does not link other schemes', () => {
    expect(linkify('javascript:alert(1)')).toEqual([{ kind: 'text', text: 'javascript:alert(1)' }]);
  });
});
