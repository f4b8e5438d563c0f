// A minimal score gauge with Chart.js (UMD build, global `Chart`): a half doughnut, score and rest.
// Counted in the weight comparison only; shown by gauge-peers.html.
new Chart(document.getElementById('gauge-chartjs'), {
  type: 'doughnut',
  data: { labels: ['Score', ''], datasets: [{ data: [62, 38], backgroundColor: ['#2b6cb0', '#e2e8f0'] }] },
  options: { rotation: -90, circumference: 180, cutout: '70%', plugins: { legend: { display: false }, tooltip: { enabled: false } } },
});
