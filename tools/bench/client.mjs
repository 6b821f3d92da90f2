// A session for benchmarks: keeps cookies and echoes the CSRF cookie, like the web app.
export async function session(baseUrl, email, password) {
  const cookies = new Map();
  async function request(method, path, body, extra = {}) {
    const headers = { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...extra };
    if (method !== 'GET') headers['x-xsrf-token'] = cookies.get('XSRF-TOKEN') ?? '';
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json';
    const response = await fetch(baseUrl + path, { method, headers, body: body === undefined || body instanceof FormData ? body : JSON.stringify(body) });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair.split('=');
      cookies.set(name.trim(), value.join('='));
    }
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
    return text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  }
  await request('GET', '/api/health');
  if (email) await request('POST', '/api/auth/login', { email, password });
  return { request, cookie: (name) => cookies.get(name) };
}
