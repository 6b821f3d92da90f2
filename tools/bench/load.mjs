import autocannon from 'autocannon';

/** Runs one HTTP load scenario; returns requests per second and latency percentiles in milliseconds. */
export async function load(name, url, { connections = 20, duration = 5, headers = {} } = {}) {
  const result = await autocannon({ url, connections, duration, headers });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return {
    name,
    connections,
    seconds: duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
  };
}
