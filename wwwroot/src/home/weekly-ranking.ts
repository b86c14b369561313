import { t } from '../i18n/i18n';
import { noticeText } from '../i18n/notice';
import { h } from './dom';
import { formatDate, formatScore } from './format';
import type { Read, WeeklyBoard } from './takes-api';

/** The board's weeks start on Monday 00:00 in Korea (UTC+9), wherever the reader is. */
const weekTimeZone = 'Asia/Seoul';

/** The week's top 10 of precision-training scores, the singer's own line marked. */
export function weeklyRanking(board: Read<WeeklyBoard>): HTMLElement {
  const section = h('section', { class: 'home-card home-weekly', 'data-testid': 'weekly-ranking', 'aria-labelledby': 'weekly-heading' },
    h('h2', { id: 'weekly-heading' }, t('home.weeklyHeading')));
  if (!board.ok) {
    section.append(h('p', { class: 'notice', role: 'alert' }, noticeText(board.notice)));
    return section;
  }
  // The week runs Monday to Sunday in Korea time; its end is the next Monday's first instant, so the last day is the one before.
  const lastInstant = new Date(Date.parse(board.value.to) - 1).toISOString();
  section.append(h('p', { class: 'home-weekly__span', 'data-testid': 'weekly-span' },
    t('home.weeklySpan', { from: formatDate(board.value.from, weekTimeZone), to: formatDate(lastInstant, weekTimeZone) })));
  if (board.value.entries.length === 0) {
    section.append(h('p', { class: 'home-empty', 'data-testid': 'weekly-empty' }, t('home.weeklyEmpty')));
    return section;
  }
  const list = h('ol', { class: 'home-weekly__list' });
  for (const entry of board.value.entries) {
    list.append(h('li', { class: entry.isMe ? 'home-weekly__row is-me' : 'home-weekly__row', 'data-testid': 'weekly-row', 'aria-current': entry.isMe ? 'true' : null },
      h('span', { class: 'home-weekly__rank' }, String(entry.rank)),
      h('span', { class: 'home-weekly__who' },
        h('span', { class: 'home-weekly__name' }, entry.displayName),
        entry.isMe ? h('span', { class: 'home-weekly__me' }, t('home.weeklyMe')) : null,
        h('span', { class: 'home-weekly__song' }, `${t('account.level', { level: entry.level })} · ${entry.songTitle ?? entry.songId}`)),
      h('span', { class: 'home-weekly__score' }, formatScore(entry.totalScore))));
  }
  section.append(list);
  return section;
}
