import type { Notice } from '../i18n/notice';
import type { SignUpFields } from './account-api';

/** Shortest password the server accepts. */
export const minPasswordLength = 8;

// Letters of any script, digits, '.', '_' and '-', as the server checks: no spaces and no '@'.
const userNamePattern = /^[\p{L}\p{N}._-]{3,32}$/u;

/** What can be checked before sending a sign-up, in the order of the form's fields; empty when it may be sent. */
export function checkSignUp(fields: SignUpFields): Notice[] {
  const problems: Notice[] = [];
  if (!userNamePattern.test(fields.userName.trim())) problems.push({ key: 'account.error.invalidUserName' });
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(fields.email.trim())) problems.push({ key: 'account.error.invalidEmail' });
  const displayName = fields.displayName.trim();
  if (displayName.length === 0 || displayName.length > 50) problems.push({ key: 'account.error.invalidDisplayName' });
  if (fields.password.length < minPasswordLength) problems.push({ key: 'account.error.weakPassword' });
  return problems;
}

/** What can be checked before sending a sign-in. */
export function checkSignIn(login: string, password: string): Notice[] {
  return login.trim() && password ? [] : [{ key: 'account.error.missingCredentials' }];
}

/**
 * Where to go after signing in: the page named by `?next=` when it is a path on this site, otherwise the home page.
 * Anything else (another site, `//host`) is ignored, so a link cannot send a singer elsewhere after signing in.
 */
export function nextPage(search: string): string {
  const next = new URLSearchParams(search).get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
