import type { MessageKey } from '../i18n/dictionaries';
import type { Notice } from '../i18n/notice';

/** The signed-in singer, as `GET /api/account/me` describes them. */
export interface AccountProfile {
  id: number;
  userName: string;
  email: string;
  displayName: string;
  preferredLanguage: 'ko' | 'en';
  level: number;
  experiencePoints: number;
  levelStartsAt: number;
  nextLevelAt: number;
  createdAt: string;
}

/** What the sign-up form sends. */
export interface SignUpFields {
  userName: string;
  email: string;
  displayName: string;
  password: string;
  preferredLanguage: 'ko' | 'en';
}

/** The outcome of a call: the profile, or a notice to show in the form. */
export type AccountAnswer = { ok: true; profile: AccountProfile | null } | { ok: false; notice: Notice };

type Fetch = typeof fetch;

const errorCodes = new Set([
  'invalidUserName',
  'invalidEmail',
  'invalidDisplayName',
  'invalidLanguage',
  'weakPassword',
  'userNameTaken',
  'emailTaken',
  'wrongCredentials',
  'missingCredentials',
  'tooManyAttempts',
  'antiforgery',
  'databaseUnavailable',
  'notSignedIn',
]);

/** The signed-in singer, or null when nobody is signed in (or the server cannot say). */
export async function fetchMe(fetcher: Fetch = fetch): Promise<AccountProfile | null> {
  try {
    const response = await fetcher('/api/account/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    // 204: nobody is signed in.
    return response.status === 200 ? ((await response.json()) as AccountProfile) : null;
  } catch {
    return null;
  }
}

/** Signs up and signs in. */
export function signUp(fields: SignUpFields, fetcher: Fetch = fetch): Promise<AccountAnswer> {
  return send('/api/account/signup', fields, fetcher);
}

/** Signs in by user name or e-mail address. */
export function signIn(login: string, password: string, fetcher: Fetch = fetch): Promise<AccountAnswer> {
  return send('/api/account/signin', { login, password }, fetcher);
}

/** Signs out. */
export function signOut(fetcher: Fetch = fetch): Promise<AccountAnswer> {
  return send('/api/account/signout', undefined, fetcher);
}

/**
 * Sends a change (<init>'s method and body) with a fresh antiforgery token: the token is tied to whoever is signed in,
 * so one fetched before signing in is refused after it. The answer, or the token request's refusal.
 */
export async function sendWithToken(path: string, init: RequestInit, fetcher: Fetch = fetch): Promise<Response> {
  const tokenResponse = await fetcher('/api/account/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
  if (!tokenResponse.ok) return tokenResponse;
  const { token, headerName } = (await tokenResponse.json()) as { token: string; headerName: string };
  return fetcher(path, { ...init, credentials: 'same-origin', headers: { ...(init.headers as Record<string, string>), [headerName]: token } });
}

async function send(path: string, body: unknown, fetcher: Fetch): Promise<AccountAnswer> {
  try {
    const response = await sendWithToken(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }, fetcher);
    if (!response.ok) return { ok: false, notice: await problemNotice(response) };
    return { ok: true, profile: response.status === 204 ? null : ((await response.json()) as AccountProfile) };
  } catch {
    return { ok: false, notice: { key: 'account.error.network' } };
  }
}

/** The notice for a refused request: the server's problem code, translated; the wait for a 429. */
export async function problemNotice(response: Response): Promise<Notice> {
  let code: string | undefined;
  try {
    code = ((await response.json()) as { code?: string }).code;
  } catch {
    code = undefined;
  }
  if (response.status === 429 || code === 'tooManyAttempts') {
    const seconds = Number(response.headers.get('Retry-After'));
    return { key: 'account.error.tooManyAttempts', params: { seconds: Number.isFinite(seconds) && seconds > 0 ? seconds : 60 } };
  }
  if (code && errorCodes.has(code)) return { key: `account.error.${code}` as MessageKey };
  return { key: 'account.error.unknown', params: { status: response.status } };
}
