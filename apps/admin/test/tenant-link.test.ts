import { describe, expect, it } from 'vitest';
import { tenantSwitchFromLink } from '../src/stores/tenant-link.ts';
import { i18n } from '../src/i18n/index.ts';

const EGESKOV = '6f1c2a0e-0000-4000-8000-000000000001';
const FJORDVIG = '6f1c2a0e-0000-4000-8000-000000000002';
const choices = [{ id: EGESKOV }, { id: FJORDVIG }];

describe('a link that names an organisation (?tenant=)', () => {
  it('switches only to another organisation the person may work in', () => {
    expect(tenantSwitchFromLink(FJORDVIG, EGESKOV, choices)).toBe(FJORDVIG);
    expect(tenantSwitchFromLink(FJORDVIG, null, choices)).toBe(FJORDVIG);
    expect(tenantSwitchFromLink(EGESKOV, EGESKOV, choices)).toBeNull();
    expect(tenantSwitchFromLink('6f1c2a0e-0000-4000-8000-00000000dead', EGESKOV, choices)).toBeNull();
    expect(tenantSwitchFromLink([FJORDVIG], EGESKOV, choices)).toBeNull();
    expect(tenantSwitchFromLink(undefined, EGESKOV, choices)).toBeNull();
  });

  it('is said in Danish and English: where the console works now and where it worked before', () => {
    const { t } = i18n.global;
    i18n.global.locale.value = 'da';
    expect(`${t('layout.linkedTenant.now', { name: 'Fjordvig Kommune' })} ${t('layout.linkedTenant.before', { previous: 'Egeskov Kommune' })}`).toBe(
      'Du arbejder nu i Fjordvig Kommune. Linket, du åbnede, hører til den organisation. Før arbejdede du i Egeskov Kommune.',
    );
    i18n.global.locale.value = 'en';
    expect(t('layout.linkedTenant.now', { name: 'Fjordvig Kommune' })).toBe('You are now working in Fjordvig Kommune.');
    i18n.global.locale.value = 'da';
  });
});
