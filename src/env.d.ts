declare namespace App {
  interface Locals {
    /** The page context of the route being rendered (src/middleware.ts). */
    page: import('./lib/pages/context.ts').PageContext;
  }
}
