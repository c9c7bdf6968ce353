/** A small API client for test set-up from Node: keeps the session cookie and the CSRF token. */
export class ApiSession {
  private cookie = '';
  private csrf = '';

  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(method: string, url: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { origin: this.baseUrl, 'accept-language': 'es' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    const response = await fetch(this.baseUrl + url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const line of response.headers.getSetCookie()) this.cookie = line.split(';')[0] ?? '';
    const text = await response.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new Error(`${method} ${url} → ${response.status} ${text}`);
    if (data && typeof data.csrfToken === 'string') this.csrf = data.csrfToken;
    return data as T;
  }

  /** Signs in; `totp` is asked for a code only when the account has a second factor. */
  async signIn(username: string, password: string, totp?: () => Promise<string>): Promise<string> {
    const login = await this.request<{ state: string }>('POST', '/api/auth/login', { username, password });
    if (login.state !== 'totp_required') return login.state;
    if (!totp) throw new Error('this account needs a TOTP code');
    const second = await this.request<{ state: string }>('POST', '/api/auth/totp', { code: await totp() });
    return second.state;
  }
}
