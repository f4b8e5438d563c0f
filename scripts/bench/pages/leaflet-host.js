// The Leaflet map of the host page: fetch the structures, then draw them (leaflet-map.js).
fetch('/data/structures-1000.json')
  .then((response) => response.json())
  .then((data) => {
    window.benchMap = window.drawLeafletMap(document.getElementById('map'), data.structures);
  });
