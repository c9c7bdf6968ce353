import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { totpCode, totpStep } from '../platform/auth/totp';
import type { BuiltUser } from './factories';
import type { TestApp } from './test-app';

export interface AgentRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A browser-like client: keeps the session cookie and sends the CSRF token on writes. */
export class TestAgent {
  cookie: string | null = null;
  csrfToken: string | null = null;

  constructor(
    readonly t: TestApp,
    readonly ip = '127.0.0.1',
  ) {}

  async request(req: AgentRequest): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { 'accept-language': 'es', ...req.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && req.method !== 'GET' && !('x-csrf-token' in headers))
      headers['x-csrf-token'] = this.csrfToken;
    const options: InjectOptions = { method: req.method, url: req.url, headers, remoteAddress: this.ip };
    if (req.body !== undefined) options.payload = req.body as InjectOptions['payload'];
    const response = await this.t.app.inject(options);
    const setCookie = response.headers['set-cookie'];
    for (const line of Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []) {
      const [pair] = line.split(';');
      if (!pair) continue;
      this.cookie = /=$/.test(pair) || /Expires=Thu, 01 Jan 1970/i.test(line) ? null : pair;
    }
    const body = safeJson(response);
    if (body && typeof body === 'object' && 'csrfToken' in body && typeof body.csrfToken === 'string')
      this.csrfToken = body.csrfToken;
    const session =
      body && typeof body === 'object' && 'session' in body ? (body.session as { csrfToken?: string }) : null;
    if (session?.csrfToken) this.csrfToken = session.csrfToken;
    return response;
  }

  get = (url: string) => this.request({ method: 'GET', url });
  post = (url: string, body?: unknown, headers?: Record<string, string>) =>
    this.request({ method: 'POST', url, body: body ?? {}, headers });
  patch = (url: string, body?: unknown) => this.request({ method: 'PATCH', url, body: body ?? {} });
  delete = (url: string) => this.request({ method: 'DELETE', url });

  /** Password step, then the TOTP step when the user has one. Moves the test clock a step forward. */
  async signIn(user: Pick<BuiltUser, 'username' | 'password' | 'totpSecret'>): Promise<this> {
    const login = await this.post('/api/auth/login', { username: user.username, password: user.password });
    if (login.statusCode !== 200) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
    if (user.totpSecret && login.json<{ state: string }>().state === 'totp_required') {
      this.t.clock.advance(30_000); // a TOTP code can be used once per step
      const code = totpCode(user.totpSecret, totpStep(this.t.clock.now()));
      const verified = await this.post('/api/auth/totp', { code });
      if (verified.statusCode !== 200)
        throw new Error(`totp failed: ${verified.statusCode} ${verified.body}`);
    }
    return this;
  }
}

function safeJson(response: LightMyRequestResponse): unknown {
  try {
    return response.json();
  } catch {
    return null;
  }
}

/** Signs a built user in and returns the agent. */
export function signIn(t: TestApp, user: BuiltUser, ip?: string): Promise<TestAgent> {
  return new TestAgent(t, ip).signIn(user);
}
