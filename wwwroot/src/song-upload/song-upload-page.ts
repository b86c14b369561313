import { onLanguageChange, t } from '../i18n/i18n';
import { noticeText, type Notice } from '../i18n/notice';
import { audioExtensions, checkUpload, karaokeLink, readUploadAnswer, type ChartLine, type UploadAnswer } from './upload-form';

const markup = `
<section class="upload-page" aria-labelledby="upload-heading">
  <div class="page-intro">
    <h1 id="upload-heading" data-i18n="upload.heading"></h1>
    <p data-i18n="upload.intro"></p>
  </div>

  <form class="upload-form" data-testid="upload-form" novalidate>
    <label class="upload-form__field">
      <span data-i18n="upload.chartLabel"></span>
      <input type="file" name="chart" accept=".txt,text/plain" data-testid="upload-chart" />
    </label>
    <label class="upload-form__field">
      <span data-i18n="upload.audioLabel"></span>
      <input type="file" name="audio" accept="${audioExtensions.join(',')},audio/wav,audio/mpeg,audio/ogg" data-testid="upload-audio" />
    </label>
    <div class="controls">
      <button type="submit" class="start-stop" data-testid="upload-submit" data-i18n="upload.submit"></button>
      <p class="status" data-testid="upload-status" role="status"></p>
    </div>
    <progress class="upload-form__progress" data-testid="upload-progress" max="100" value="0" hidden></progress>
  </form>

  <section class="upload-result" data-testid="upload-result" hidden>
    <p class="upload-result__added" data-testid="upload-added"></p>
    <a class="start-stop upload-result__sing" data-testid="upload-sing" data-i18n="upload.sing"></a>
  </section>
  <section class="upload-lines upload-lines--warnings" data-testid="upload-warnings" hidden>
    <p data-i18n="upload.warningsHeading"></p>
    <ol></ol>
  </section>
  <section class="upload-lines upload-lines--errors" data-testid="upload-errors" role="alert" hidden>
    <p data-i18n="upload.errorsHeading"></p>
    <ol></ol>
  </section>
  <p class="notice" data-testid="upload-notice" role="alert" hidden></p>
</section>`;

/**
 * The song upload page: an UltraStar chart and its audio, checked here for what can be checked before sending, sent
 * with a progress bar, and the server's verdict: a link to sing the new song with any warnings, or the chart's
 * errors line by line with the form left as it was.
 */
export class SongUploadPage {
  private readonly root: HTMLElement;
  private problems: Notice[] = [];
  private progress: number | null = null;
  private checking = false;
  private answer: UploadAnswer | null = null;

  constructor(root: HTMLElement) {
    this.root = root;
    root.innerHTML = markup;
    this.find<HTMLFormElement>('[data-testid="upload-form"]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.submit();
    });
    onLanguageChange(() => this.render());
    this.render();
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.root.querySelector<T>(selector);
    if (!element) throw new Error(`The upload page lacks ${selector}.`);
    return element;
  }

  private file(testId: string): File | null {
    return this.find<HTMLInputElement>(`[data-testid="${testId}"]`).files?.[0] ?? null;
  }

  private submit(): void {
    if (this.progress !== null) return;
    const chart = this.file('upload-chart');
    const audio = this.file('upload-audio');
    this.answer = null;
    this.problems = checkUpload(chart, audio);
    if (this.problems.length > 0 || !chart || !audio) {
      this.render();
      return;
    }

    const form = new FormData();
    form.append('chart', chart, chart.name);
    form.append('audio', audio, audio.name);
    // XMLHttpRequest, not fetch: only it reports how much of a 30 MiB body has been sent.
    const request = new XMLHttpRequest();
    request.open('POST', '/api/songs');
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (!event.lengthComputable) return;
      this.progress = Math.round((100 * event.loaded) / event.total);
      this.checking = event.loaded >= event.total;
      this.render();
    });
    request.upload.addEventListener('load', () => {
      this.checking = true;
      this.render();
    });
    request.addEventListener('load', () => this.finish(readUploadAnswer(request.status, request.response)));
    request.addEventListener('error', () => this.finish(null));
    this.progress = 0;
    this.checking = false;
    this.render();
    request.send(form);
  }

  private finish(answer: UploadAnswer | null): void {
    this.progress = null;
    this.checking = false;
    this.answer = answer;
    this.problems = answer === null ? [{ key: 'upload.network' }] : answer.kind === 'refused' ? [{ key: 'upload.refused', params: { detail: answer.detail } }] : [];
    this.render();
  }

  private render(): void {
    const sending = this.progress !== null;
    this.find<HTMLButtonElement>('[data-testid="upload-submit"]').disabled = sending;
    const progress = this.find<HTMLProgressElement>('[data-testid="upload-progress"]');
    progress.hidden = !sending;
    progress.value = this.progress ?? 0;
    this.find('[data-testid="upload-status"]').textContent = !sending
      ? ''
      : this.checking
        ? t('upload.checking')
        : t('upload.uploading', { percent: this.progress ?? 0 });

    const notice = this.find('[data-testid="upload-notice"]');
    notice.hidden = this.problems.length === 0;
    notice.replaceChildren(...this.problems.map((problem) => Object.assign(document.createElement('span'), { textContent: noticeText(problem) + ' ' })));

    const answer = this.answer;
    const added = answer?.kind === 'added' ? answer : null;
    this.find('[data-testid="upload-result"]').hidden = added === null;
    if (added) {
      this.find('[data-testid="upload-added"]').textContent = t('upload.success', { title: added.title });
      this.find<HTMLAnchorElement>('[data-testid="upload-sing"]').href = karaokeLink(added.id);
    }
    this.renderLines('upload-warnings', added?.warnings ?? []);
    this.renderLines('upload-errors', answer?.kind === 'chartErrors' ? answer.errors : []);
  }

  private renderLines(testId: string, lines: ChartLine[]): void {
    const section = this.find(`[data-testid="${testId}"]`);
    section.hidden = lines.length === 0;
    const list = section.querySelector('ol')!;
    list.replaceChildren(
      ...lines.map(({ line, message }) => {
        const item = document.createElement('li');
        const where = document.createElement('strong');
        where.className = 'upload-lines__where';
        where.textContent = line > 0 ? t('upload.line', { line }) : t('upload.wholeFile');
        item.append(where, ' ', message);
        item.dataset.line = String(line);
        return item;
      }),
    );
  }
}
