export { seedDemo, DEMO_TENANT_SLUG, DEMO_OPERATOR_EMAIL, DEMO_ADMIN_EMAIL, type Credentials, type DemoPasswords, type DemoSeedResult } from './seed.ts';
export { DEMO_LEADER_EMAIL } from './leader-account.ts';
export { demoSteps, type DemoContext, type DemoStep } from './steps.ts';
export { demoPasswords, readDemoPasswords, randomPassword } from './credentials.ts';
export { demoOnStart, type DemoStartup } from './startup.ts';
export { demoLeaderIdentity, demoLeaderSummary, type DemoLeaderIdentity } from './leader-identity.ts';
export { seededRandom } from './seeded-random.ts';
export { seedSectorMunicipality, SECTOR_MUNICIPALITIES, type SectorMunicipality } from './sector-municipalities.ts';
