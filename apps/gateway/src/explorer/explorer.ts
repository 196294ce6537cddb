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

/** The example the explorer opens with: the README's query across all four subgraphs. */
export const EXAMPLE_QUERY = `query ExclusiveCells {
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

const SIGN_IN_HINT = `# 企业专属网格: an enterprise-exclusive grid cell with its enterprises, their appeals and the volunteer teams.
# Enterprises and appeals need a signed-in caller: run \`npm run token -- --role GRID_WORKER\` and put
# {"authorization": "Bearer <token>"} under Headers below. Without one you see the public grid map only.
`;

/** The explorer's text as a production explorer (no development sign-in) opens with it. */
export const SIGNED_OUT_EXAMPLE = SIGN_IN_HINT + EXAMPLE_QUERY;

/** A development token already under Headers: the explorer answers as that seed user at once. */
export interface ExplorerDevelopmentSignIn {
  /** Who the token is for, named in the example's comment. */
  name: string;
  role: string;
  /** A fresh token per page load (they expire). */
  token: () => Promise<string>;
}

function page(defaultQuery: string, defaultHeaders?: string): string {
  const props = {
    fetcher: '__FETCHER__',
    defaultQuery,
    ...(defaultHeaders ? { defaultHeaders } : {}),
  };
  // JSON inside a script element: `<` escaped so no value can close the element.
  const propsScript = JSON.stringify(props)
    .replace('"__FETCHER__"', 'fetcher')
    .replace(/</g, '\\u003c');
  return `<!doctype html>
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
      React.createElement(GraphiQL, ${propsScript}),
    );
  </script>
</body>
</html>
`;
}

/**
 * `/explorer` and its assets. With `developmentSignIn` (development only, never production) the page
 * opens with that seed user's token under Headers.
 */
export function explorerRoutes(
  developmentSignIn?: ExplorerDevelopmentSignIn,
): Record<string, RouteHandler> {
  const html = 'text/html; charset=utf-8';
  const staticPage = page(SIGNED_OUT_EXAMPLE);
  const routes: Record<string, RouteHandler> = {
    '/explorer': async () => {
      if (!developmentSignIn) return { status: 200, body: staticPage, contentType: html };
      const hint = `# 企业专属网格: an enterprise-exclusive grid cell with its enterprises, their appeals and the volunteer teams.
# Development only: you are signed in as ${developmentSignIn.name} (${developmentSignIn.role}); the token is under Headers
# below (another role: npm run token -- --role LEADER). Production serves no token.
`;
      const headers = JSON.stringify(
        { authorization: `Bearer ${await developmentSignIn.token()}` },
        null,
        2,
      );
      return {
        status: 200,
        body: page(hint + EXAMPLE_QUERY, headers),
        contentType: html,
        // The page carries a credential.
        headers: { 'cache-control': 'no-store' },
      };
    },
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
