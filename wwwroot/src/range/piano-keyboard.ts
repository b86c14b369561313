import { noteName, solfegeName } from '../music/notes';
import {
  clampToKeyboard,
  keyboardKeys,
  scrollToCentre,
  scrollToReveal,
  spanOfKeys,
  whiteKeyCount,
} from './keyboard-geometry';

/** Notes a range covers on the keyboard, as MIDI note numbers. */
export interface KeyboardRange {
  lowest: number;
  highest: number;
  tessituraLow: number;
  tessituraHigh: number;
}

/** Room kept between a revealed key and the edge of the view, in CSS px. */
const revealMargin = 24;

/**
 * The on-screen piano from C2 to C6: keys that play when tapped, the key nearest the sung note lit, and the singer's
 * range and comfortable range drawn as bands over the keys and as coloured keys. It scrolls sideways on its own; the
 * page never does.
 */
export class PianoKeyboard {
  private readonly keys = new Map<number, HTMLButtonElement>();
  private readonly rangeBand: HTMLElement;
  private readonly tessituraBand: HTMLElement;
  private lit: number | null = null;

  constructor(
    private readonly scroller: HTMLElement,
    onKey: (midi: number) => void,
  ) {
    scroller.classList.add('piano');
    scroller.style.setProperty('--white-keys', String(whiteKeyCount()));
    const bands = document.createElement('div');
    bands.className = 'piano__bands';
    bands.setAttribute('aria-hidden', 'true');
    this.rangeBand = bands.appendChild(document.createElement('span'));
    this.rangeBand.className = 'piano__band piano__band--range';
    this.tessituraBand = bands.appendChild(document.createElement('span'));
    this.tessituraBand.className = 'piano__band piano__band--tessitura';
    this.rangeBand.hidden = this.tessituraBand.hidden = true;

    const keyRow = document.createElement('div');
    keyRow.className = 'piano__keys';
    for (const slot of keyboardKeys()) {
      const key = document.createElement('button');
      key.type = 'button';
      key.className = `piano__key ${slot.black ? 'piano__key--black' : 'piano__key--white'}`;
      key.style.setProperty('--left', String(slot.left));
      key.style.setProperty('--width', String(slot.width));
      key.dataset.midi = String(slot.midi);
      key.dataset.note = noteName(slot.midi);
      key.setAttribute('aria-label', `${noteName(slot.midi)} ${solfegeName(slot.midi)}`);
      // Only the Cs are labelled, as on a teaching keyboard: enough to find one's way without clutter.
      if (slot.midi % 12 === 0) {
        const label = key.appendChild(document.createElement('span'));
        label.className = 'piano__label';
        label.textContent = noteName(slot.midi);
      }
      key.addEventListener('click', () => onKey(slot.midi));
      keyRow.appendChild(key);
      this.keys.set(slot.midi, key);
    }
    scroller.append(bands, keyRow);
  }

  /** Lights the key nearest to <paramref>midi</paramref> (null: none) and scrolls it into view. */
  light(midi: number | null): void {
    const next = midi === null ? null : clampToKeyboard(midi);
    if (next === this.lit) return;
    if (this.lit !== null) this.keys.get(this.lit)?.classList.remove('is-sung');
    this.lit = next;
    this.scroller.dataset.sungMidi = next === null ? '' : String(next);
    if (next === null) return;
    this.keys.get(next)?.classList.add('is-sung');
    this.reveal(next, 'smooth');
  }

  /** Draws <paramref>range</paramref> on the keys (null: clears it). */
  showRange(range: KeyboardRange | null): void {
    for (const [midi, key] of this.keys) {
      key.classList.toggle('is-in-range', range !== null && midi >= range.lowest && midi <= range.highest);
      key.classList.toggle('is-tessitura', range !== null && midi >= range.tessituraLow && midi <= range.tessituraHigh);
    }
    this.rangeBand.hidden = this.tessituraBand.hidden = range === null;
    if (!range) return;
    place(this.rangeBand, range.lowest, range.highest);
    place(this.tessituraBand, range.tessituraLow, range.tessituraHigh);
  }

  /** Scrolls so that the key of <paramref>midi</paramref> is in view, centring it when it was not. */
  reveal(midi: number, behavior: ScrollBehavior = 'auto'): void {
    const key = this.keys.get(clampToKeyboard(midi));
    if (!key) return;
    const { scroller } = this;
    const left = scrollToReveal(
      { left: scroller.scrollLeft, width: scroller.clientWidth },
      { left: key.offsetLeft, width: key.offsetWidth },
      revealMargin,
      scroller.scrollWidth - scroller.clientWidth,
    );
    if (Math.abs(left - scroller.scrollLeft) >= 1) scroller.scrollTo({ left, behavior });
  }

  /** Centres the keys from <paramref>lowest</paramref> to <paramref>highest</paramref>: all of them when they fit. */
  revealRange(lowest: number, highest: number): void {
    const low = this.keys.get(clampToKeyboard(lowest));
    const high = this.keys.get(clampToKeyboard(highest));
    if (!low || !high) return;
    const { scroller } = this;
    const span = { left: low.offsetLeft, width: high.offsetLeft + high.offsetWidth - low.offsetLeft };
    scroller.scrollLeft = scrollToCentre(scroller.clientWidth, span, scroller.scrollWidth - scroller.clientWidth);
  }
}

function place(band: HTMLElement, low: number, high: number): void {
  const span = spanOfKeys(clampToKeyboard(low), clampToKeyboard(high));
  band.style.setProperty('--left', String(span.left));
  band.style.setProperty('--width', String(span.width));
}
