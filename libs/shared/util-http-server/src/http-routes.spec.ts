import { findRoute, type RouteHandler } from './http-routes';

const answer: RouteHandler = async () => ({ status: 200, body: {} });

describe('which route answers a path', () => {
  const routes = { '/health': answer, '/photos': answer, '/photos/*': answer };

  it('answers a path by its exact key first, then by the `/*` key one segment up', () => {
    expect(findRoute(routes, '/health')?.key).toBe('/health');
    expect(findRoute(routes, '/photos')?.key).toBe('/photos');
    expect(findRoute(routes, '/photos/0b6f…')?.key).toBe('/photos/*');
  });

  it('answers nothing deeper than one segment, nothing under a trailing slash, nothing unknown', () => {
    expect(findRoute(routes, '/photos/a/b')).toBeUndefined();
    expect(findRoute(routes, '/photos/')).toBeUndefined();
    expect(findRoute(routes, '/health/x')).toBeUndefined();
    expect(findRoute(routes, '/')).toBeUndefined();
  });
});
