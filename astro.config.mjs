// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { dataDir } from './src/lib/input/dataDir.ts';
import { cspDirectives, devCsp, scriptResources, styleResources } from './src/integrations/csp.ts';
import { publishing } from './src/integrations/publishing.ts';
import { siteAddress } from './src/lib/urls/address.ts';
import { normalizeBasePath } from './src/lib/urls/basePath.ts';

/** Sub-path the site is served under, e.g. `BASE_PATH=/profiles/`. */
const base = (() => {
  try {
    return normalizeBasePath(process.env.BASE_PATH);
  } catch (error) {
    // `npm run build` says this before Astro starts; `astro dev` and `astro preview` say it here, without a stack.
    console.error(`\n${/** @type {Error} */ (error).message}.`);
    process.exit(1);
  }
})();
/** Where the site is published, e.g. `SITE_URL=https://profiles.example.org/`: canonical links, sitemap, previews. */
const address = siteAddress(process.env.SITE_URL, base);
const data = dataDir();

/** In `npm run dev`, reload the page when a file in the data folder changes. */
const reloadOnDataChange = {
  name: 'reload-on-data-change',
  /** @param {import('vite').ViteDevServer} server */
  configureServer(server) {
    server.watcher.add(data);
    server.watcher.on('all', (_event, file) => {
      if (!file.startsWith(data)) return;
      // The browser reloads, and so do the server's modules: route props from getStaticPaths are cached per module.
      for (const environment of Object.values(server.environments)) environment.hot.send({ type: 'full-reload' });
    });
  },
};

export default defineConfig({
  ...(address ? { site: `${address.origin}${address.base}` } : {}),
  base,
  trailingSlash: 'always',
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No code blocks in the content: Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  integrations: [mdx({ syntaxHighlight: false }), publishing(address)],
  vite: {
    plugins: [reloadOnDataChange, devCsp()],
    ssr: { external: ['@resvg/resvg-js'] },
    build: {
      rollupOptions: {
        // One stylesheet for the whole site, named for what it is rather than for whichever module Vite met first.
        output: { assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? '_astro/site.[hash][extname]' : '_astro/[name].[hash][extname]') },
        // MDX modules carry Astro's own "use astro:head-inject" directive, which Astro handles; the bundler's
        // notice about it (one boxed warning per MDX file) is noise an editor cannot act on.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  security: {
    csp: {
      algorithm: 'SHA-256',
      // One list for the build and `npm run dev` (src/integrations/csp.ts).
      directives: cspDirectives,
      scriptDirective: { resources: scriptResources },
      styleDirective: { resources: styleResources },
    },
  },
});
