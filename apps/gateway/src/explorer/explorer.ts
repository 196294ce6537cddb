import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteHandler } from '@erqi/shared/util-http-server';

/**
 * The GraphiQL explorer, served entirely from our own node_modules: government networks are often
 * closed, and Apollo's Sandbox loads from the internet.
 */
const assets: Record<string, { packageName: string; file: string; contentType: string }> = {
  '/explorer/react.js': {
    packageName: 'react',
    file: 'umd/react.production.min.js',
    contentType: 'text/javascript',
  },
  '/explorer/react-dom.js': {
    packageName: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    contentType: 'text/javascript',
  },
  '/explorer/graphiql.js': {
    packageName: 'graphiql',
    file: 'graphiql.min.js',
    contentType: 'text/javascript',
  },
  '/explorer/graphiql.css': {
    packageName: 'graphiql',
    file: 'graphiql.min.css',
    contentType: 'text/css',
  },
};

/** A file inside an installed package; their `exports` maps do not list the UMD builds, so go by folder. */
function packageFile(packageName: string, file: string): string {
  for (const folder of require.resolve.paths(packageName) ?? []) {
    const candidate = join(folder, packageName, file);
    if (existsSync(candidate)) return candidate;
  }
  throw new RangeError(`${packageName}/${file} is not installed; run npm ci`);
}

const EXAMPLE_QUERY = `# 企业专属网格: an enterprise-exclusive grid cell with its enterprises, their appeals and the volunteer teams.
# Enterprises and appeals need a signed-in caller: run \`npm run token -- --role GRID_WORKER\` and put
# {"authorization": "Bearer <token>"} under Headers below. Without one you see the public grid map only.
query ExclusiveCells {
  gridCells(kind: ENTERPRISE_EXCLUSIVE, first: 3) {
    nodes {
      code
      name
      enterprises { name creditCode appeals { title status handlingMode dueAt } }
      volunteerTeams { name }
    }
  }
}
`;

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>二七区网格治理 GraphQL Explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'apollo-require-preflight': 'true' } });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} }),
    );
  </script>
</body>
</html>
`;

export function explorerRoutes(): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {
    '/explorer': async () => ({ status: 200, body: PAGE, contentType: 'text/html; charset=utf-8' }),
  };
  for (const [path, asset] of Object.entries(assets)) {
    // Read once, on first request: the bundle is 3.5 MB and most gateway processes never serve it.
    let cached: string | undefined;
    routes[path] = async () => {
      cached ??= readFileSync(packageFile(asset.packageName, asset.file), 'utf8');
      return { status: 200, body: cached, contentType: `${asset.contentType}; charset=utf-8` };
    };
  }
  return routes;
}
