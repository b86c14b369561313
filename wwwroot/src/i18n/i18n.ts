import { en, ko, type Dictionary, type MessageKey } from './dictionaries';

/** A language the page is available in. */
export type Language = 'ko' | 'en';

const dictionaries: Record<Language, Dictionary> = { ko, en };
const storageKey = 'singking.language';
const listeners = new Set<(language: Language) => void>();
let current: Language = 'en';
/** The document title's key: each page names itself. */
let titleKey: MessageKey = 'app.title';

/** Korean when the browser prefers Korean, otherwise English; a stored choice wins. */
function initialLanguage(): Language {
  const stored = readStored();
  if (stored) return stored;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  // Only the first preference counts: a Korean reader with English second still gets Korean, and vice versa.
  return preferred[0]?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

function readStored(): Language | null {
  try {
    const value = localStorage.getItem(storageKey);
    return value === 'ko' || value === 'en' ? value : null;
  } catch {
    // Storage can be disabled (private mode, policies); the page still works without remembering.
    return null;
  }
}

/** The language the page shows now. */
export function language(): Language {
  return current;
}

/** The string for <paramref>key</paramref> in the current language, with `{name}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  const template = dictionaries[current][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Switches the page's language, remembers the choice and redraws every translated string. */
export function setLanguage(next: Language): void {
  current = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // See readStored: remembering is a convenience.
  }
  applyLanguage();
}

/** Calls <paramref>listener</paramref> after every language change. */
export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Picks the first language and translates the static page, titled by <paramref>pageTitle</paramref>. */
export function initI18n(pageTitle: MessageKey = 'app.title'): void {
  titleKey = pageTitle;
  current = initialLanguage();
  applyLanguage();
}

function applyLanguage(): void {
  document.documentElement.lang = current;
  document.title = t(titleKey);
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n as MessageKey);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel as MessageKey));
  }
  for (const listener of listeners) listener(current);
}
