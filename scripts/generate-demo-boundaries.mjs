// Draws the demo city's approximate boundaries (libs/database/src/seed/city-boundaries.ts): a rough convex outline of
// Hà Nội, and for each ward and commune the Voronoi cell of an approximate centre, clipped to the outline, a ward's
// cell also to a box around its centre (the demo has 26 of the city's 126 units: the rest of the city belongs to no
// listed unit), then shrunk slightly towards its centroid, so no two cells overlap and every cell lies inside the city.
// Run: node scripts/generate-demo-boundaries.mjs > libs/database/src/seed/city-boundaries.ts
const CITY = [
  [105.285, 21.02],
  [105.38, 20.72],
  [105.6, 20.56],
  [105.87, 20.58],
  [106.02, 20.93],
  [106.02, 21.16],
  [105.86, 21.39],
  [105.62, 21.4],
  [105.37, 21.25],
];
/** Approximate centres [lng, lat]. */
const CENTRES = {
  'HN-HOANKIEM': [105.8542, 21.0285],
  'HN-CUANAM': [105.8435, 21.0235],
  'HN-BADINH': [105.8342, 21.0368],
  'HN-NGOCHA': [105.8205, 21.039],
  'HN-GIANGVO': [105.8195, 21.0265],
  'HN-HAIBATRUNG': [105.8555, 21.012],
  'HN-VINHTUY': [105.872, 20.999],
  'HN-BACHMAI': [105.849, 21.0],
  'HN-DONGDA': [105.8215, 21.009],
  'HN-KIMLIEN': [105.836, 21.006],
  'HN-VANMIEU': [105.8355, 21.0265],
  'HN-LANG': [105.806, 21.0165],
  'HN-OCHODUA': [105.8275, 21.0185],
  'HN-HONGHA': [105.862, 21.046],
  'HN-LINHNAM': [105.878, 20.978],
  'HN-HOANGMAI': [105.851, 20.976],
  'HN-TAYHO': [105.818, 21.068],
  'HN-CAUGIAY': [105.795, 21.03],
  'HN-NGHIADO': [105.8, 21.048],
  'HN-THANHXUAN': [105.81, 20.995],
  'HN-LONGBIEN': [105.895, 21.04],
  'HN-HADONG': [105.77, 20.965],
  'HN-SOCSON': [105.85, 21.26],
  'HN-BAVI': [105.4, 21.15],
  'HN-DONGANH': [105.85, 21.14],
  'HN-GIALAM': [105.95, 21.02],
};
const COMMUNES = new Set(['HN-SOCSON', 'HN-BAVI', 'HN-DONGANH', 'HN-GIALAM']);
const WARD_REACH = 0.03; // degrees of latitude around a ward's centre
const KX = Math.cos((21 * Math.PI) / 180); // a degree of longitude in degrees of latitude, at Hà Nội

const toXY = ([lng, lat]) => [lng * KX, lat];
const toLngLat = ([x, y]) => [x / KX, y];

/** Keeps the part of a convex polygon where a·p <= b (Sutherland–Hodgman against one half-plane). */
function clip(poly, a, b) {
  const out = [];
  const inside = (p) => a[0] * p[0] + a[1] * p[1] <= b;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i];
    const q = poly[(i + 1) % poly.length];
    if (inside(p)) out.push(p);
    if (inside(p) !== inside(q)) {
      const fp = a[0] * p[0] + a[1] * p[1] - b;
      const fq = a[0] * q[0] + a[1] * q[1] - b;
      const t = fp / (fp - fq);
      out.push([p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])]);
    }
  }
  return out;
}

const centroid = (poly) => [poly.reduce((s, p) => s + p[0], 0) / poly.length, poly.reduce((s, p) => s + p[1], 0) / poly.length];
const shrink = (poly, factor) => {
  const c = centroid(poly);
  return poly.map((p) => [c[0] + (p[0] - c[0]) * factor, c[1] + (p[1] - c[1]) * factor]);
};
const area2 = (poly) => poly.reduce((s, p, i) => s + p[0] * poly[(i + 1) % poly.length][1] - poly[(i + 1) % poly.length][0] * p[1], 0);

function ring(poly) {
  const ll = poly.map(toLngLat).map(([lng, lat]) => [Number(lng.toFixed(6)), Number(lat.toFixed(6))]);
  if (area2(ll) < 0) ll.reverse(); // exterior rings counterclockwise (RFC 7946 §3.1.6)
  return [...ll, ll[0]];
}

const city = CITY.map(toXY);
for (let i = 0; i < city.length; i++) {
  const [a, b, c] = [city[i], city[(i + 1) % city.length], city[(i + 2) % city.length]];
  if ((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]) <= 0)
    throw new Error('the outline must be convex and counterclockwise');
}
const inner = shrink(city, 0.999);
const sites = Object.entries(CENTRES).map(([code, c]) => [code, toXY(c)]);
const cells = {};
for (const [code, s] of sites) {
  let cell = inner;
  for (const [other, t] of sites) {
    if (other === code) continue;
    cell = clip(cell, [t[0] - s[0], t[1] - s[1]], (t[0] ** 2 + t[1] ** 2 - s[0] ** 2 - s[1] ** 2) / 2);
  }
  if (!COMMUNES.has(code)) {
    cell = clip(cell, [1, 0], s[0] + WARD_REACH);
    cell = clip(cell, [-1, 0], -(s[0] - WARD_REACH));
    cell = clip(cell, [0, 1], s[1] + WARD_REACH);
    cell = clip(cell, [0, -1], -(s[1] - WARD_REACH));
  }
  cells[code] = ring(shrink(cell, 0.998));
}

const lines = [
  '/**',
  " * The demo city's approximate boundaries (GeoJSON Polygons, [lng, lat]), drawn by scripts/generate-demo-boundaries.mjs",
  ' * from approximate centres: not survey data, and marked `boundary_approximate` when seeded. Pure data only.',
  ' */',
  "export const APPROXIMATE_BOUNDARIES: Readonly<Record<string, { type: 'Polygon'; coordinates: number[][][] }>> = {",
  `  HN: { type: 'Polygon', coordinates: [${JSON.stringify(ring(city))}] },`,
  ...Object.entries(cells).map(([code, r]) => `  '${code}': { type: 'Polygon', coordinates: [${JSON.stringify(r)}] },`),
  '};',
];
process.stdout.write(lines.join('\n') + '\n');
