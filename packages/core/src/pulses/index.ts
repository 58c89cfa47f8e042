export { pulseRequestSchema, MAX_PULSE_DAYS, MAX_PULSE_ITEMS, type PulseRequest, type PulseRequestInput } from './pulse-input.ts';
export { planPulse, type PulsePlan, type PulseTeam } from './pulse-plan.ts';
export { startPulse, type PulseStarted } from './pulse-start.ts';
export { listPulses, leaderPulses, getPulse, type PulseSummary } from './pulse-store.ts';
export { pulseResult, type PulseResult } from './pulse-result.ts';
export { pulseChanges, type PulseChangeRow, type PulseFigure } from './pulse-change.ts';
export type { PulseCaller } from './pulse-starter.ts';
