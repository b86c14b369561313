import type { MessageKey } from '../i18n/dictionaries';
import { language, onLanguageChange, t } from '../i18n/i18n';
import { fetchSongs } from '../songs/song-client';
import { distinctValues, emptyQuery, filterSongs, type SongQuery } from '../songs/song-filter';
import type { SongSummary } from '../songs/song-types';

const markup = `
<div class="page-intro">
  <h1 data-i18n="karaoke.heading"></h1>
  <p data-i18n="karaoke.intro"></p>
</div>
<form class="song-picker__filters" role="search" data-testid="song-filters">
  <label class="song-picker__search">
    <span data-i18n="karaoke.search"></span>
    <input type="search" name="search" data-testid="song-search" autocomplete="off" />
  </label>
  <label><span data-i18n="karaoke.style"></span><select name="style" data-testid="filter-style"></select></label>
  <label><span data-i18n="karaoke.language"></span><select name="language" data-testid="filter-language"></select></label>
  <label><span data-i18n="karaoke.difficulty"></span><select name="difficulty" data-testid="filter-difficulty"></select></label>
</form>
<p class="song-picker__count" data-testid="song-count" aria-live="polite"></p>
<ul class="song-list" data-testid="song-list"></ul>
<p class="notice" data-testid="song-list-error" role="alert" hidden></p>
<a class="secondary-button song-picker__add" href="/songs/new" data-testid="add-song" data-i18n="karaoke.addSong"></a>`;

/** Names of the languages charts give in #LANGUAGE, as language codes for Intl.DisplayNames. */
const languageCodes: Record<string, string> = { english: 'en', korean: 'ko', japanese: 'ja', chinese: 'zh', french: 'fr', german: 'de', spanish: 'es' };

/** A chart's language in the page's language ("Korean" → "한국어" on the Korean page); unknown names as written. */
export function languageLabel(name: string | null): string {
  if (!name) return '';
  const code = languageCodes[name.toLowerCase()];
  if (!code) return name;
  try {
    return new Intl.DisplayNames([language()], { type: 'language' }).of(code) ?? name;
  } catch {
    return name;
  }
}

/** A style or difficulty in the page's language; values outside the known ones as written. */
export function tagLabel(kind: 'style' | 'difficulty', value: string | null): string {
  if (!value) return '';
  const known = kind === 'style' ? ['ballad', 'dance', 'rock', 'trot'] : ['easy', 'medium', 'hard'];
  return known.includes(value.toLowerCase()) ? t(`karaoke.${kind}.${value.toLowerCase()}` as MessageKey) : value;
}

/** The song picker: the catalogue with a search box and filters by style, language and difficulty. */
export class SongPicker {
  private songs: SongSummary[] = [];
  private query: SongQuery = { ...emptyQuery };
  private loaded = false;
  private readonly form: HTMLFormElement;
  private readonly list: HTMLUListElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChoose: (id: string) => void,
  ) {
    root.innerHTML = markup;
    this.form = root.querySelector('form')!;
    this.list = root.querySelector('[data-testid="song-list"]')!;
    this.form.addEventListener('input', () => this.readQuery());
    this.form.addEventListener('submit', (event) => event.preventDefault());
    onLanguageChange(() => this.render());
  }

  /** Loads the catalogue (once) and shows it. */
  async load(): Promise<void> {
    if (this.loaded) return;
    const error = this.root.querySelector<HTMLElement>('[data-testid="song-list-error"]')!;
    try {
      this.songs = await fetchSongs();
      this.loaded = true;
      error.hidden = true;
    } catch (problem) {
      error.hidden = false;
      error.textContent = t('karaoke.error.list', { detail: problem instanceof Error ? problem.message : String(problem) });
    }
    this.render();
  }

  private readQuery(): void {
    const data = new FormData(this.form);
    this.query = {
      search: String(data.get('search') ?? ''),
      style: String(data.get('style') ?? ''),
      language: String(data.get('language') ?? ''),
      difficulty: String(data.get('difficulty') ?? ''),
    };
    this.renderList();
  }

  private render(): void {
    this.renderOptions('style', (v) => tagLabel('style', v));
    this.renderOptions('language', languageLabel);
    this.renderOptions('difficulty', (v) => tagLabel('difficulty', v));
    this.root.querySelector<HTMLInputElement>('[data-testid="song-search"]')!.placeholder = t('karaoke.searchPlaceholder');
    this.renderList();
  }

  private renderOptions(field: 'style' | 'language' | 'difficulty', label: (value: string) => string): void {
    const select = this.form.elements.namedItem(field) as HTMLSelectElement;
    const values = field === 'difficulty' ? ['easy', 'medium', 'hard'].filter((d) => this.songs.some((s) => s.difficulty === d)) : distinctValues(this.songs, field);
    select.replaceChildren(new Option(t('karaoke.any'), ''), ...values.map((value) => new Option(label(value), value)));
    select.value = this.query[field];
  }

  private renderList(): void {
    const shown = filterSongs(this.songs, this.query);
    this.root.querySelector('[data-testid="song-count"]')!.textContent = this.loaded ? t('karaoke.songCount', { count: shown.length }) : '';
    this.list.replaceChildren(
      ...shown.map((song) => {
        const item = document.createElement('li');
        item.className = 'song-list__item';
        item.dataset.songId = song.id;
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'song-list__button';
        button.dataset.testid = 'song-choice';
        button.addEventListener('click', () => this.onChoose(song.id));
        const title = document.createElement('span');
        title.className = 'song-list__title';
        title.textContent = song.title;
        const artist = document.createElement('span');
        artist.className = 'song-list__artist';
        artist.textContent = song.artist;
        const meta = document.createElement('span');
        meta.className = 'song-list__meta';
        meta.textContent = [languageLabel(song.language), tagLabel('style', song.style), tagLabel('difficulty', song.difficulty), minutes(song.durationSeconds)]
          .filter((part) => part)
          .join(' · ');
        button.append(title, artist, meta);
        item.append(button);
        return item;
      }),
    );
  }
}

/** m:ss. */
export function minutes(seconds: number): string {
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
