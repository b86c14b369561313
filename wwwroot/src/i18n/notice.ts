import type { MessageKey } from './dictionaries';
import { t } from './i18n';

/** A message to show, kept as a key and parameters so it can be shown again in the other language. */
export interface Notice {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The notice's text in the current language. */
export function noticeText(notice: Notice): string {
  return t(notice.key, notice.params);
}
