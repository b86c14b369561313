import { initAccountHeader } from '../account/account-header';
import { language, onLanguageChange, setLanguage, type Language } from '../i18n/i18n';

/** Wires the header shared by every page: the language switch, the current page's nav link and the account corner. */
export function initAppShell(currentPage: string): void {
  const options = document.querySelectorAll<HTMLButtonElement>('.lang-switch__option');
  for (const option of options) {
    option.addEventListener('click', () => setLanguage(option.dataset.language as Language));
  }
  const markChosen = () => {
    for (const option of options) option.setAttribute('aria-pressed', String(option.dataset.language === language()));
  };
  onLanguageChange(markChosen);
  markChosen();

  for (const link of document.querySelectorAll<HTMLAnchorElement>('.app-nav__link')) {
    if (link.dataset.page !== currentPage) continue;
    link.setAttribute('aria-current', 'page');
    // On a phone the nav scrolls sideways; the current page's link should be in view, not cut off at the edge.
    const nav = link.parentElement;
    if (nav && nav.scrollWidth > nav.clientWidth) {
      const linkBox = link.getBoundingClientRect();
      const navBox = nav.getBoundingClientRect();
      nav.scrollLeft += linkBox.left - navBox.left - (nav.clientWidth - linkBox.width) / 2;
    }
  }

  void initAccountHeader();
}
