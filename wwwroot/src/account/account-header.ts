import { onLanguageChange, t } from '../i18n/i18n';
import { fetchMe, signOut, type AccountProfile } from './account-api';

/**
 * The header's account corner: "Sign in" for an anonymous singer, the display name and "Sign out" for a signed-in
 * one. On a phone both shrink to a round badge (a person, or the name's first letter) so the header keeps to two
 * rows; tapping the name's badge shows "Sign out". Signing out loads the home page again, so nothing of the account
 * stays on screen or in the hub connection.
 */
export async function initAccountHeader(): Promise<void> {
  const corner = document.querySelector<HTMLElement>('[data-testid="account-header"]');
  if (!corner) return;
  const signInLink = corner.querySelector<HTMLAnchorElement>('[data-testid="account-signin"]');
  const me = corner.querySelector<HTMLButtonElement>('[data-testid="account-me"]');
  const name = corner.querySelector<HTMLElement>('[data-testid="account-name"]');
  const initial = corner.querySelector<HTMLElement>('.account-corner__initial');
  const signOutButton = corner.querySelector<HTMLButtonElement>('[data-testid="account-signout"]');
  if (!signInLink || !me || !name || !initial || !signOutButton) return;

  // Come back to this page after signing in.
  if (location.pathname !== '/signin' && location.pathname !== '/signup') {
    signInLink.search = `?next=${encodeURIComponent(location.pathname + location.search)}`;
  }

  const profile = await fetchMe();
  const show = (account: AccountProfile | null) => {
    signInLink.hidden = account !== null;
    me.hidden = account === null;
    signOutButton.hidden = account === null;
    if (account) {
      name.textContent = account.displayName;
      // The first character as the reader sees it (a Hangul syllable, an emoji), not half of a surrogate pair.
      initial.textContent = Array.from(account.displayName)[0] ?? '';
      me.title = `${account.displayName} · ${t('account.level', { level: account.level })}`;
    }
  };
  show(profile);
  onLanguageChange(() => show(profile));

  me.addEventListener('click', () => {
    const open = !corner.classList.contains('is-open');
    corner.classList.toggle('is-open', open);
    me.setAttribute('aria-expanded', String(open));
  });
  signOutButton.addEventListener('click', async () => {
    signOutButton.disabled = true;
    const answer = await signOut();
    if (answer.ok) {
      location.assign('/');
    } else {
      signOutButton.disabled = false;
    }
  });
}
