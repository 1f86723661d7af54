/**
 * `export { renderOnFirstRequest as generateStaticParams }` in a public dynamic
 * route: nothing is rendered at build time (the build's database is not the one
 * served); each page renders on its first request and is then cached (ISR).
 */
export async function renderOnFirstRequest(): Promise<never[]> {
  return [];
}
