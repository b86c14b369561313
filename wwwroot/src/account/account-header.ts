import { onLanguageChange, t } from '../i18n/i18n';
import { fetchMe, signOut, type AccountProfile } from './account-api';

/**
 * The header's account corner: "Sign in" for an anonymous singer, the display name, level and "Sign out" for a
 * signed-in one. Signing out loads the home page again, so nothing of the account stays on screen or in the hub.
 */
export async function initAccountHeader(): Promise<void> {
  const corner = document.querySelector<HTMLElement>('[data-testid="account-header"]');
  if (!corner) return;
  const signInLink = corner.querySelector<HTMLAnchorElement>('[data-testid="account-signin"]');
  const name = corner.querySelector<HTMLElement>('[data-testid="account-name"]');
  const signOutButton = corner.querySelector<HTMLButtonElement>('[data-testid="account-signout"]');
  if (!signInLink || !name || !signOutButton) return;

  // Come back to this page after signing in.
  if (location.pathname !== '/signin' && location.pathname !== '/signup') {
    signInLink.search = `?next=${encodeURIComponent(location.pathname + location.search)}`;
  }

  const profile = await fetchMe();
  const show = (me: AccountProfile | null) => {
    signInLink.hidden = me !== null;
    name.hidden = me === null;
    signOutButton.hidden = me === null;
    if (me) {
      name.textContent = me.displayName;
      name.title = t('account.level', { level: me.level });
    }
  };
  show(profile);
  onLanguageChange(() => show(profile));
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
