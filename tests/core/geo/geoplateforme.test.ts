import { expect } from '@open-wc/testing';
import { geocodeUrl, parseGeoplateforme, searchPlaces } from '../../../src/core/geo/geoplateforme.js';

// The stand-in route in web-test-runner.config.mjs answers like https://data.geopf.fr/geocodage/search.
const STAND_IN = '/__fixtures/geoplateforme/search?q={query}&type=municipality&limit=5';

describe('geo/geoplateforme', () => {
  it('builds the Géoplateforme municipality search URL or fills a template', () => {
    expect(geocodeUrl('geoplateforme', 'Saint-Denis')).to.equal(
      'https://data.geopf.fr/geocodage/search?q=Saint-Denis&type=municipality&limit=5',
    );
    expect(geocodeUrl('geoplateforme', " L'Isle & co ")).to.equal(
      "https://data.geopf.fr/geocodage/search?q=L'Isle%20%26%20co&type=municipality&limit=5",
    );
    expect(geocodeUrl('https://geo.example/find?text={query}&x={query}', 'a b')).to.equal('https://geo.example/find?text=a%20b&x=a%20b');
    expect(geocodeUrl('https://geo.example/find', 'é')).to.equal('https://geo.example/find?q=%C3%A9');
    expect(geocodeUrl('https://geo.example/find?lang=fr', 'x')).to.equal('https://geo.example/find?lang=fr&q=x');
  });

  it('reads [lon, lat] coordinates, never the Lambert-93 x/y', () => {
    const places = parseGeoplateforme({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [4.835, 45.758] },
          properties: { label: 'Lyon', postcode: '69001', citycode: '69123', context: '69, Rhône, Auvergne-Rhône-Alpes', x: 842667.42, y: 6519924.37 },
        },
      ],
    });
    expect(places).to.deep.equal([{ label: 'Lyon', lat: 45.758, lon: 4.835, postcode: '69001', insee: '69123', department: '69' }]);
  });

  it('takes the department from the context, else from the INSEE code', () => {
    const feature = (properties: object) => ({ geometry: { coordinates: [9, 42] }, properties: { label: 'X', ...properties } });
    const [a, b, c, d] = parseGeoplateforme({
      features: [
        feature({ context: '2A, Corse-du-Sud, Corse' }),
        feature({ citycode: '97411' }),
        feature({ citycode: '2B033', context: 'Haute-Corse' }),
        feature({}),
      ],
    });
    expect(a!.department).to.equal('2A');
    expect(b!.department).to.equal('974');
    expect(c!.department).to.equal('2B');
    expect(d).to.deep.equal({ label: 'X', lat: 42, lon: 9 });
  });

  it('returns [] for wrong shapes and skips bad features, without throwing', () => {
    for (const bad of [undefined, null, 42, 'text', [], {}, { features: 'no' }, { features: {} }]) {
      expect(parseGeoplateforme(bad)).to.deep.equal([]);
    }
    const places = parseGeoplateforme({
      features: [
        null,
        { geometry: null, properties: { label: 'no geometry' } },
        { geometry: { coordinates: [842667, 6519924] }, properties: { label: 'Lambert metres' } },
        { geometry: { coordinates: ['4.8', '45.7'] }, properties: { label: 'strings' } },
        { geometry: { coordinates: [4.8] }, properties: { label: 'one number' } },
        { geometry: { coordinates: [4.8, 45.7] }, properties: { label: '' } },
        { geometry: { coordinates: [4.8, 45.7] }, properties: { name: 'Named', postcode: 69001, citycode: null } },
      ],
    });
    expect(places).to.deep.equal([{ label: 'Named', lat: 45.7, lon: 4.8 }]);
  });

  it('searches through the stand-in server', async () => {
    const result = await searchPlaces(geocodeUrl(STAND_IN, 'lyon'));
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.places[0]).to.deep.equal({ label: 'Lyon', lat: 45.758, lon: 4.835, postcode: '69001', insee: '69123', department: '69' });
    expect(result.places.map((p) => p.label)).to.deep.equal(['Lyon', 'Lyons-la-Forêt']);
  });

  it('tells the homonyms apart by department', async () => {
    const result = await searchPlaces(geocodeUrl(STAND_IN, 'Saint-Denis'));
    expect(result.ok && result.places.map((p) => `${p.label} ${p.department} ${p.insee}`)).to.deep.equal([
      'Saint-Denis 974 97411',
      'Saint-Denis 93 93066',
    ]);
    if (result.ok) expect(result.places[0]!.lat).to.be.lessThan(0);
  });

  it('reports no match, bad requests and rate limiting', async () => {
    expect(await searchPlaces(geocodeUrl(STAND_IN, 'Nowhere-sur-Rien'))).to.deep.equal({ ok: false, reason: 'no-match' });
    expect(await searchPlaces(geocodeUrl(STAND_IN, 'ly'))).to.deep.equal({
      ok: false,
      reason: 'bad-request',
      detail: 'Failed parsing query — q: must contain between 3 and 200 chars and start with a number or a letter',
    });
    const limited = await searchPlaces(geocodeUrl(STAND_IN, 'ratelimit'));
    expect(limited).to.include({ ok: false, reason: 'rate-limited', retryAfter: 1 });
  });

  it('reports network failures and non-JSON answers', async () => {
    const failing: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await searchPlaces('https://geo.example/x', failing)).to.deep.equal({ ok: false, reason: 'network', detail: 'Failed to fetch' });
    expect(await searchPlaces('/__fixtures/status/503')).to.deep.equal({ ok: false, reason: 'network', detail: 'HTTP 503' });
    const html: typeof fetch = () => Promise.resolve(new Response('<html>', { status: 200 }));
    expect(await searchPlaces('https://geo.example/x', html)).to.include({ ok: false, reason: 'network' });
    const dated: typeof fetch = () =>
      Promise.resolve(new Response('', { status: 429, headers: { 'retry-after': new Date(Date.now() + 30_000).toUTCString() } }));
    const limited = await searchPlaces('https://geo.example/x', dated);
    expect(limited.ok === false && limited.retryAfter).to.be.within(28, 31);
  });

  it('says "aborted" when the caller cancels', async () => {
    const controller = new AbortController();
    const pending = searchPlaces('/__fixtures/hang', fetch, controller.signal);
    controller.abort();
    expect(await pending).to.deep.equal({ ok: false, reason: 'aborted' });
  });
});
