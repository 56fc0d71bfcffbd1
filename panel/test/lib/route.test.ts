import { expect } from 'chai';
import { parseRoute, routePath, type PanelRoute } from '../../src/lib/route.js';

describe('route', () => {
  it('reads the panel routes from route.path and the query', () => {
    expect(parseRoute('')).to.deep.equal({ view: 'sessions' });
    expect(parseRoute('/sessions')).to.deep.equal({ view: 'sessions' });
    expect(parseRoute('/session/abc%20d')).to.deep.equal({ view: 'session', id: 'abc d' });
    expect(parseRoute('/compare', '?ids=a,b,a')).to.deep.equal({
      view: 'compare',
      ids: ['a', 'b'],
    });
    expect(parseRoute('/compare?ids=x,y')).to.deep.equal({ view: 'compare', ids: ['x', 'y'] });
    expect(parseRoute('/live')).to.deep.equal({ view: 'live' });
    expect(parseRoute('/nonsense')).to.deep.equal({ view: 'sessions' });
  });

  it('round-trips every route', () => {
    const routes: PanelRoute[] = [
      { view: 'sessions' },
      { view: 'session', id: 'a/b' },
      { view: 'compare', ids: ['1', '2'] },
      { view: 'live' },
      { view: 'devices' },
      { view: 'hydrometers' },
      { view: 'alerts' },
      { view: 'fermentation' },
    ];
    for (const r of routes) {
      const p = routePath(r);
      const [path, q] = p.split('?');
      expect(parseRoute(path, q ? `?${q}` : '')).to.deep.equal(r);
    }
  });
});
