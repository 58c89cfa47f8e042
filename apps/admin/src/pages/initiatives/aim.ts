/** Which leaders an initiative is aimed at, as the console sends it (the server's initiativeTargetSchema). */
export type Aim =
  | { kind: 'chain'; leaderId: string }
  | { kind: 'levels'; levels: number[] }
  | { kind: 'all' }
  | { kind: 'below'; roundId: string; themeId: string; value: number };
