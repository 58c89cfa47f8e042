// The heatmap as every renderer draws it (console, PDF, HTML): one cell colour, one legend.
export { heatCellView, formatDifference, formatCellNumber, type HeatCellView } from './heatmap-cells.ts';
export { heatLegendView, centreLine, type HeatLegendView, type LegendWords } from './heatmap-legend.ts';
