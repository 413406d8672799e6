import type { Plugin } from 'vite';

/** The site's Content Security Policy, one list for the build (Astro's `security.csp`) and `npm run dev`. */
export const cspDirectives: (`${'default' | 'img' | 'font' | 'connect' | 'object' | 'worker'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`)[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "worker-src 'self' blob:",
];
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"];
export const styleResources = ["'self'"];

/**
 * The policy `npm run dev` sends with every response. Scripts are held to the build's rule: only the
 * site's own files run, no inline script, no `javascript:` URL, no event handler, so what content might
 * smuggle in runs in dev no more than on the published site. The build adds hashes of the inline module
 * scripts it writes; dev serves those scripts as files, so it needs none. Styles also allow inline
 * `<style>`, which Vite injects in dev for every stylesheet (styles cannot run code).
 */
export function devPolicy(): string {
  return [...cspDirectives, `script-src ${scriptResources.join(' ')}`, `style-src ${[...styleResources, "'unsafe-inline'"].join(' ')}`].join('; ');
}

/** Vite plugin for `npm run dev`: sends devPolicy() as a Content-Security-Policy header. */
export function devCsp(): Plugin {
  const policy = devPolicy();
  return {
    name: 'dev-content-security-policy',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((_request, response, next) => {
        response.setHeader('Content-Security-Policy', policy);
        next();
      });
    },
  };
}
