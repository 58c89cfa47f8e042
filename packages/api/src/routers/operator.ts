import { z } from 'zod';
import { closedRoundsByTenant, sectorOverview, sectorSchema } from '@spejl/core';
import { themes as platformThemes } from '@spejl/plugin-registry';
import { operatorProcedure, router } from '../trpc.ts';

const locale = z.enum(['da', 'en']).default('da');

/** What only operators see across tenants: every tenant's closed rounds and the sector benchmark. */
export const operatorRouter = router({
  /** Every tenant with its closed rounds, for the operator's results page without a chosen tenant. */
  closedRounds: operatorProcedure.query(({ ctx }) => closedRoundsByTenant(ctx.db)),
  /**
   * One sector's benchmark: which organisations contribute, each one's published figures and the
   * sector's mean where at least three contribute. Names organisations beside figures: operators only.
   */
  benchmark: operatorProcedure.input(z.object({ sector: sectorSchema, locale })).query(({ ctx, input }) => sectorOverview(ctx.db, input.sector, platformThemes, input.locale)),
});
