import { describe, expect, it } from 'vitest';
import { banner } from '../src/banner.ts';

const credentials = {
  operator: { email: 'operator@spejl.example', password: 'o'.repeat(16) },
  admin: { email: 'admin@egeskov.example', password: 'a'.repeat(16) },
  leader: { email: 'leder@egeskov.example', password: 'l'.repeat(16) },
};

describe('the start banner', () => {
  it('says which person the demo leader is, so a newcomer knows whose report they will see', () => {
    const text = banner('http://127.0.0.1:3000', { seeded: true, credentials, leader: { name: 'Ole Kjærgaard', personId: '100002', unitName: 'Børn og Unge', directReports: 6, leadersBelow: 4 } });
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('leder@egeskov.example'));
    expect(lines[at + 1]).toBe('                           is Ole Kjærgaard (person id 100002), who leads Børn og Unge: 6 direct reports, 4 of them leaders; their report and those below are what the leader sees');
  });

  it('says one report in the singular, leaves out a unit it does not know, and prints no person for an unbound leader', () => {
    const one = banner('http://x', { seeded: false, credentials, leader: { name: 'Bo', personId: '7', unitName: null, directReports: 1, leadersBelow: 0 } });
    expect(one).toContain('is Bo (person id 7): 1 direct report; their report');
    expect(banner('http://x', { seeded: false, credentials })).not.toContain('person id');
  });
});
