// The panel's own routes below its sidebar prefix (`/brewpit`).

/** What the panel shows. */
export type PanelRoute =
  | { view: 'sessions' }
  | { view: 'session'; id: string }
  | { view: 'compare'; ids: string[] }
  | { view: 'live' }
  | { view: 'devices' }
  | { view: 'hydrometers' }
  | { view: 'alerts' }
  | { view: 'fermentation' };

/**
 * Reads `route.path` (HA passes the path below the panel prefix, without the query) and
 * `location.search` (compare keeps its ids there so a comparison can be bookmarked).
 */
export function parseRoute(path: string | undefined, search = ''): PanelRoute {
  const parts = (path ?? '').split('?')[0]!.split('/').filter(Boolean);
  const query = new URLSearchParams((path ?? '').includes('?') ? path!.split('?')[1] : search);
  switch (parts[0]) {
    case 'session':
      return parts[1]
        ? { view: 'session', id: decodeURIComponent(parts[1]) }
        : { view: 'sessions' };
    case 'compare': {
      const ids = (query.get('ids') ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return { view: 'compare', ids: [...new Set(ids)] };
    }
    case 'live':
    case 'devices':
    case 'hydrometers':
    case 'alerts':
    case 'fermentation':
      return { view: parts[0] };
    default:
      return { view: 'sessions' };
  }
}

/** The path (below the prefix) that shows `r`. */
export function routePath(r: PanelRoute): string {
  switch (r.view) {
    case 'session':
      return `/session/${encodeURIComponent(r.id)}`;
    case 'compare':
      return `/compare?ids=${r.ids.map(encodeURIComponent).join(',')}`;
    case 'live':
    case 'devices':
    case 'hydrometers':
    case 'alerts':
    case 'fermentation':
      return `/${r.view}`;
    default:
      return '/sessions';
  }
}
