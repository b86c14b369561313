import { language, onLanguageChange, setLanguage } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { signIn, signUp, type AccountAnswer } from './account-api';
import { checkSignIn, checkSignUp, minPasswordLength, nextPage } from './account-form';

/** Which form the page shows. */
export type AccountMode = 'signin' | 'signup';

const signInMarkup = `
<section class="account-page" aria-labelledby="account-heading">
  <div class="page-intro">
    <h1 id="account-heading" data-i18n="account.signInHeading"></h1>
    <p data-i18n="account.signInIntro"></p>
  </div>
  <form class="account-form" data-testid="signin-form" novalidate>
    <label class="account-form__field">
      <span data-i18n="account.login"></span>
      <input name="login" autocomplete="username" autocapitalize="none" spellcheck="false" required data-testid="signin-login" />
    </label>
    <label class="account-form__field">
      <span data-i18n="account.password"></span>
      <input name="password" type="password" autocomplete="current-password" required data-testid="signin-password" />
    </label>
    <button type="submit" class="start-stop" data-testid="signin-submit" data-i18n="account.submitSignIn"></button>
    <p class="notice" data-testid="account-notice" role="alert" hidden></p>
    <a class="account-form__switch" href="/signup" data-testid="to-signup" data-i18n="account.toSignUp"></a>
  </form>
</section>`;

const signUpMarkup = `
<section class="account-page" aria-labelledby="account-heading">
  <div class="page-intro">
    <h1 id="account-heading" data-i18n="account.signUpHeading"></h1>
    <p data-i18n="account.signUpIntro"></p>
  </div>
  <form class="account-form" data-testid="signup-form" novalidate>
    <label class="account-form__field">
      <span data-i18n="account.userName"></span>
      <input name="userName" autocomplete="username" autocapitalize="none" spellcheck="false" maxlength="32" required data-testid="signup-username" />
      <small data-i18n="account.userNameHint"></small>
    </label>
    <label class="account-form__field">
      <span data-i18n="account.email"></span>
      <input name="email" type="email" autocomplete="email" maxlength="254" required data-testid="signup-email" />
    </label>
    <label class="account-form__field">
      <span data-i18n="account.displayName"></span>
      <input name="displayName" autocomplete="nickname" maxlength="50" required data-testid="signup-displayname" />
      <small data-i18n="account.displayNameHint"></small>
    </label>
    <label class="account-form__field">
      <span data-i18n="account.password"></span>
      <input name="password" type="password" autocomplete="new-password" minlength="${minPasswordLength}" required data-testid="signup-password" />
      <small data-i18n="account.passwordHint"></small>
    </label>
    <label class="account-form__field">
      <span data-i18n="account.language"></span>
      <select name="preferredLanguage" data-testid="signup-language">
        <option value="ko" lang="ko" data-i18n="lang.ko"></option>
        <option value="en" lang="en" data-i18n="lang.en"></option>
      </select>
    </label>
    <button type="submit" class="start-stop" data-testid="signup-submit" data-i18n="account.submitSignUp"></button>
    <p class="notice" data-testid="account-notice" role="alert" hidden></p>
    <a class="account-form__switch" href="/signin" data-testid="to-signin" data-i18n="account.toSignIn"></a>
  </form>
</section>`;

/**
 * The sign-in and sign-up pages: one form each, checked here for what can be checked, then sent; the server's
 * refusal (a taken name, a wrong password, too many attempts) is shown in the current language. On success the
 * whole page is loaded again, so the header and the hub connection carry the new sign-in.
 */
export class AccountPage {
  private readonly root: HTMLElement;
  private readonly mode: AccountMode;
  private notices: Notice[] = [];
  private busy = false;

  constructor(root: HTMLElement, mode: AccountMode) {
    this.root = root;
    this.mode = mode;
    root.innerHTML = mode === 'signin' ? signInMarkup : signUpMarkup;
    const form = this.find<HTMLFormElement>('form');
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.submit(form);
    });
    // Carry ?next= over to the other form, so switching does not lose where the singer was going.
    const switchLink = this.find<HTMLAnchorElement>('.account-form__switch');
    switchLink.search = location.search;
    if (mode === 'signup') {
      // The page is built before the language is settled (initI18n runs after it), and a switch should carry over
      // too: the picker follows the page's language until the singer picks one.
      const picker = this.find<HTMLSelectElement>('select');
      let picked = false;
      picker.addEventListener('change', () => (picked = true));
      const follow = () => {
        if (!picked) picker.value = language();
      };
      follow();
      onLanguageChange(follow);
    }
    onLanguageChange(() => this.render());
    this.render();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`The account page lacks ${selector}.`);
    return element;
  }

  private async submit(form: HTMLFormElement): Promise<void> {
    if (this.busy) return;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    let answer: AccountAnswer;
    if (this.mode === 'signin') {
      this.notices = checkSignIn(value('login'), value('password'));
      if (this.notices.length) return this.render();
      this.setBusy(true);
      answer = await signIn(value('login'), value('password'));
    } else {
      const fields = {
        userName: value('userName').trim(),
        email: value('email').trim(),
        displayName: value('displayName').trim(),
        password: value('password'),
        preferredLanguage: value('preferredLanguage') === 'en' ? ('en' as const) : ('ko' as const),
      };
      this.notices = checkSignUp(fields);
      if (this.notices.length) return this.render();
      this.setBusy(true);
      answer = await signUp(fields);
    }
    if (answer.ok) {
      // The account's language follows the singer to every browser they sign in on.
      if (answer.profile) setLanguage(answer.profile.preferredLanguage);
      location.assign(nextPage(location.search));
      return;
    }
    this.setBusy(false);
    this.notices = [answer.notice];
    this.render();
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.find<HTMLButtonElement>('button[type="submit"]').disabled = busy;
  }

  private render(): void {
    const notice = this.find('[data-testid="account-notice"]');
    notice.hidden = this.notices.length === 0;
    notice.textContent = this.notices.map(noticeText).join(' ');
  }
}
