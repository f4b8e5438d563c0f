// How an integrator would draw structures with Leaflet + markercluster: a map of metropolitan
// France without tiles (no network), one marker a structure (its name as title) in a
// markerClusterGroup filled with addLayers, chunked loading off. Animations are off so that a zoom
// step measures the work, not a 250 ms transition (the finder's "+" does not animate either).
window.drawLeafletMap = (element, structures) => {
  // maxZoom: a tile layer would set it; markercluster needs it.
  const map = L.map(element, { maxZoom: 18, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
  map.fitBounds([
    [41.3, -5.2],
    [51.1, 9.6],
  ]);
  const group = L.markerClusterGroup({ chunkedLoading: false, animate: false });
  group.addLayers(structures.map((s) => L.marker([s.lat, s.lon], { title: s.name })));
  map.addLayer(group);
  return map;
};
