// A minimal score gauge with ECharts (full build, global `echarts`): one gauge series, 0–100.
// Counted in the weight comparison only; shown by gauge-peers.html.
echarts.init(document.getElementById('gauge-echarts')).setOption({
  series: [{ type: 'gauge', min: 0, max: 100, progress: { show: true }, detail: { formatter: '{value} / 100' }, data: [{ value: 62, name: 'Score' }] }],
});
