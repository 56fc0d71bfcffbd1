// Dev page: mounts <brewpit-panel> with a fake hass the way Home Assistant does, including
// route updates on `location-changed`. Query: ?dark=1 &f=1 (°F) &narrow=1 &lang=de.
import '../src/brewpit-panel.js';
import { FakeBackend } from './fake-backend.js';
import { fakeHass } from './fake-hass.js';
import { seed } from './fixtures.js';
import { THEME_DARK, THEME_LIGHT } from './theme.js';

const params = new URLSearchParams(location.search);
const dark = params.get('dark') === '1';
const backend = new FakeBackend();
seed(backend);
const hass = fakeHass(backend, {
  dark,
  temperature: params.get('f') === '1' ? '°F' : '°C',
  language: params.get('lang') ?? 'en',
  areas: { 'smoker-pi': 'Backyard', 'fermenter-pi': 'Basement' },
});
for (const [k, v] of Object.entries(dark ? THEME_DARK : THEME_LIGHT)) {
  document.documentElement.style.setProperty(k, v);
}

const panel = document.createElement('brewpit-panel');
const route = () => ({ prefix: '/brewpit', path: location.pathname.replace(/^\/brewpit/, '') });
panel.hass = hass;
panel.narrow = params.get('narrow') === '1' || window.innerWidth < 870;
panel.route = route();
panel.panel = { url_path: 'brewpit', title: 'Brewpit', config: {} };
window.addEventListener('location-changed', () => (panel.route = route()));
window.addEventListener('popstate', () => (panel.route = route()));
document.body.append(panel);

// Active sessions keep cooking: a reading every 2 s on each of their channels.
setInterval(() => {
  const now = Date.now();
  for (const s of backend.sessions.filter((x) => x.status === 'active')) {
    for (const c of s.channels) {
      const pts = backend.series.get(c.series_id)!.points;
      const last = pts[pts.length - 1]?.[1] ?? 20;
      backend.push(c.series_id, now, last + (Math.random() - 0.45) * 0.2);
    }
  }
}, 2000);
(window as unknown as { brewpitDev: unknown }).brewpitDev = { backend, hass, panel };
