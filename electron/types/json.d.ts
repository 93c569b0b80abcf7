// The dataset files are megabytes of JSON: typing them by inference would slow tsc to a crawl,
// and they are validated with zod when seeded anyway.
declare module '*.json' {
  const value: unknown;
  export default value;
}
