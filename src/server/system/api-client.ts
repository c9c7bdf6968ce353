/** A browser-like HTTP client for a real Colectiva process: session cookie plus CSRF token on writes. */

export interface ApiResponse {
  status: number;
  body: unknown;
}

export const DEMO_COORDINATOR = { username: 'coordinadora.demo', password: 'demo-colectiva-lluvia' };

export class ApiClient {
  private cookie: string | null = null;
  private csrfToken: string | null = null;

  constructor(readonly baseUrl: string) {}

  async request(method: string, url: string, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = { 'accept-language': 'es' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      if (pair) this.cookie = pair;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: response.status, body: parsed };
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, body: unknown) => this.request('POST', url, body);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  /** Password-only sign-in (an account without a second factor); returns the first organization's id. */
  async signIn(account: { username: string; password: string }): Promise<string> {
    const login = await this.post('/api/auth/login', account);
    const result = login.body as { state?: string; csrfToken?: string };
    if (login.status !== 200 || result.state !== 'active' || !result.csrfToken)
      throw new Error(`sign-in failed: ${login.status} ${JSON.stringify(login.body)}`);
    this.csrfToken = result.csrfToken;
    const me = await this.get('/api/me');
    const orgId = (me.body as { memberships?: { orgId: string }[] }).memberships?.[0]?.orgId;
    if (!orgId) throw new Error(`no membership: ${JSON.stringify(me.body)}`);
    return orgId;
  }
}
