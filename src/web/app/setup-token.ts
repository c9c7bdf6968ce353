let setupToken: string | null = null;

/**
 * The first-run address printed on the server console carries a one-time token in the URL fragment
 * (`/setup#token=…`), which never reaches the server's logs. Read it once at start-up and remove it
 * from the address bar and the history entry, so that it is not left behind on the device.
 */
export function captureSetupTokenFromHash(): void {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (!token) return;
  setupToken = token;
  history.replaceState(history.state, '', location.pathname + location.search);
}

export function setupTokenFromUrl(): string | null {
  return setupToken;
}

export function forgetSetupToken(): void {
  setupToken = null;
}
