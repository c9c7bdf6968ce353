import crypto from 'node:crypto';

/** Cookie name: the __Host- prefix pins it to this host, path / and Secure. */
export const SESSION_COOKIE = '__Host-colectiva';

/** 256-bit random session token (ASVS: at least 128 bits). */
export function newSessionToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Only the SHA-256 of a token is stored, so a database copy cannot be replayed as a session. */
export function hashSessionToken(token: string): Buffer {
  return crypto.createHash('sha256').update(token).digest();
}

/**
 * CSRF token bound to the session: derived from the secret session token, which scripts cannot read
 * (HttpOnly), so another site cannot compute it. Sent back in the X-CSRF-Token header.
 */
export function csrfTokenFor(sessionToken: string): string {
  return crypto.createHash('sha256').update(`csrf:${sessionToken}`).digest('base64url');
}

export function tokensEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** Short description of the device for the session list ("Chrome · Android"), not the full UA. */
export function describeDevice(userAgent: string | undefined): string {
  const ua = userAgent ?? '';
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /Firefox\//.test(ua)
      ? 'Firefox'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : 'Navegador';
  const system = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : '';
  return system ? `${browser} · ${system}` : browser;
}
