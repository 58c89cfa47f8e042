// Chart options shared by the console (vue-echarts) and the server-side renderers: one look everywhere.
export { distributionBars, distributionChartOption, distributionChartHeight, ANSWER_COLOURS, type ChartOption, type DistributionBar } from './distribution-chart.ts';
export { trendChartOption, trendChartHeight, trendStyle, trendChange, trendRoundLabel, drawsTrendChart, TREND_STYLES } from './trend-chart.ts';
export { renderLabels, firstColumnLabel, formatMean, formatGap, formatRate, cellText, heatColour, type RenderLabels } from '../labels.ts';
