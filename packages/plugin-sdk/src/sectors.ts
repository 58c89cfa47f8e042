/** The public sectors Spejl serves; a theme ships framing defaults per sector. */
export const SECTORS = ['kommune', 'region', 'stat'] as const;
/** One of the public sectors. */
export type Sector = (typeof SECTORS)[number];
