import * as echarts from 'echarts';
import type { ChartOption } from './charts/distribution-chart.ts';

/** Renders an ECharts option to an SVG string on the server (no DOM). */
export function chartSvg(option: ChartOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
