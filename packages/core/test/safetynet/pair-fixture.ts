import { readFileSync } from 'node:fs';
import type { SafetyNetPair } from '../../src/safetynet/safetynet-pair.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

/** The Egeskov pair: 6 units, 15 employees of whom 1014 left in 2020 and 1015 leaves at the end of 2099. */
export const PAIR: SafetyNetPair = {
  units: { fileName: 'enheder.csv', bytes: fixture('enheder.csv') },
  employees: { fileName: 'medarbejdere.csv', bytes: fixture('medarbejdere.csv') },
};
