/** Why a group (one leader, scope and role) is or is not shown; stored as these codes in typed arrays. */
export const GROUP_STATUS = {
  shown: 0,
  /** fewer than k forms (DESIGN.md rule 2) */
  tooFewForms: 1,
  /** ≥ k forms, but showing it would let a smaller group be computed by subtraction (rule 3) */
  derivable: 2,
  noForms: 3,
} as const;

/** Why an item or theme mean inside a group is or is not shown. */
export const CELL_STATUS = {
  shown: 0,
  /** the whole group is withheld */
  groupHidden: 1,
  /** fewer than k forms answered it with 1–5 (rule 2) */
  tooFewAnswers: 2,
  /** ≥ k answers, but its answers could be computed from other shown means (rule 3) */
  derivable: 3,
} as const;

/** A group status by name. */
export type GroupStatus = keyof typeof GROUP_STATUS;
/** A cell status by name. */
export type CellStatus = keyof typeof CELL_STATUS;

const GROUP_NAMES = Object.keys(GROUP_STATUS) as GroupStatus[];
const CELL_NAMES = Object.keys(CELL_STATUS) as CellStatus[];

/** The name of a stored group status code. */
export function groupStatusName(code: number): GroupStatus {
  return GROUP_NAMES[code] ?? 'noForms';
}

/** The name of a stored cell status code. */
export function cellStatusName(code: number): CellStatus {
  return CELL_NAMES[code] ?? 'groupHidden';
}
