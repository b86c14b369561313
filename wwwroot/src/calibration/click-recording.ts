import { MicrophoneError } from '../audio/microphone-error';
import { deviceKeyOf } from './device-latency';
import { FrameRecording } from './frame-recording';
import type { RecorderMessage } from './recorder-worklet';
import recorderWorkletUrl from './recorder-worklet.ts?worker&url';
import { toUploadRate } from './upload-rate';
import { encodeWav16Mono } from './wav-file';

/** The rate asked of the AudioContext, in Hz: the click track's own, and the most the calibration API reads. */
const contextSampleRate = 48_000;

/** Seconds between setting up and the first played frame: room for the first render quanta to be scheduled. */
const startLeadSeconds = 0.2;

/** Seconds recorded after the click track ends: the API looks for delays of up to a second. */
const tailSeconds = 1.0;

/** The microphone recording of one calibration, ready to post to the API. */
export interface ClickRecording {
  /** 16-bit mono WAV whose sample 0 is the context frame at which the click track began to play. */
  wav: ArrayBuffer;
  /** The microphone track's device key, under which the measured delay is stored. */
  deviceKey: string;
}

/**
 * Plays the click track through the speakers and records the microphone on the same AudioContext, both started at
 * one context time, and returns the recording cut to start at that time. The microphone is opened raw: echo
 * cancellation, noise suppression and gain control would remove or smear the clicks. Throws a MicrophoneError
 * when the microphone cannot be had; calls <paramref>onMicrophoneOpen</paramref> once it is open.
 */
export async function recordClicks(clickTrackWav: ArrayBuffer, onMicrophoneOpen: () => void = () => undefined): Promise<ClickRecording> {
  if (!window.isSecureContext || !navigator.mediaDevices?.getUserMedia) throw new MicrophoneError('error.insecure');
  if (typeof AudioWorkletNode === 'undefined' || !('audioWorklet' in AudioContext.prototype)) {
    throw new MicrophoneError('error.noAudioWorklet');
  }

  let context: AudioContext | undefined;
  let stream: MediaStream | undefined;
  try {
    // What takes time (decoding the track, loading the recorder) is done before the microphone opens, so the
    // recording begins soon after it: a slow device or a busy page does not leave the microphone running unheard.
    context = new AudioContext({ sampleRate: contextSampleRate, latencyHint: 'interactive' });
    let clicks = await prepare(context, clickTrackWav);
    try {
      stream = await navigator.mediaDevices.getUserMedia({
        audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 },
      });
    } catch (error) {
      throw MicrophoneError.from(error);
    }
    const track = stream.getAudioTracks()[0];
    onMicrophoneOpen();

    let source: MediaStreamAudioSourceNode;
    try {
      source = context.createMediaStreamSource(stream);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
      // Firefox connects a microphone only to a context at the device's rate; the upload is brought to 48 kHz later.
      await context.close();
      context = new AudioContext({ latencyHint: 'interactive' });
      clicks = await prepare(context, clickTrackWav);
      source = context.createMediaStreamSource(stream);
    }
    const recorder = new AudioWorkletNode(context, 'singking-calibration-recorder', {
      numberOfInputs: 1,
      numberOfOutputs: 0,
      channelCount: 1,
      channelCountMode: 'explicit',
      channelInterpretation: 'speakers',
    });
    const recording = new FrameRecording();
    source.connect(recorder);
    if (context.state === 'suspended') await context.resume();

    const rate = context.sampleRate;
    const player = context.createBufferSource();
    player.buffer = clicks;
    player.connect(context.destination);
    // Playback is scheduled on the context's clock; the recording runs already and is cut at the same frame.
    const startFrame = Math.ceil((context.currentTime + startLeadSeconds) * rate);
    const frameCount = Math.ceil((clicks.duration + tailSeconds) * rate);
    let guard = 0;
    const done = new Promise<void>((resolve, reject) => {
      recorder.port.onmessage = (event: MessageEvent<RecorderMessage>) => {
        recording.push(event.data);
        if (recording.endFrame >= startFrame + frameCount) resolve();
      };
      // Only a guard against a microphone that stops delivering; the cut itself never depends on timers.
      guard = window.setTimeout(
        () => reject(new MicrophoneError('error.micOther', 'the microphone stopped delivering sound')),
        (startLeadSeconds + clicks.duration + tailSeconds + 5) * 1000,
      );
    });
    player.start(startFrame / rate);
    try {
      await done;
    } finally {
      window.clearTimeout(guard);
      recorder.port.onmessage = null;
    }
    source.disconnect();

    const upload = toUploadRate(recording.slice(startFrame, frameCount), rate);
    return { wav: encodeWav16Mono(upload.samples, upload.sampleRate), deviceKey: deviceKeyOf(track) };
  } catch (error) {
    throw MicrophoneError.from(error);
  } finally {
    for (const t of stream?.getTracks() ?? []) t.stop();
    await context?.close().catch(() => undefined);
  }
}

/** Decodes the click track on <paramref>context</paramref> and loads the recorder into it; returns the track. */
async function prepare(context: AudioContext, clickTrackWav: ArrayBuffer): Promise<AudioBuffer> {
  const clicks = await context.decodeAudioData(clickTrackWav.slice(0));
  await context.audioWorklet.addModule(recorderWorkletUrl);
  return clicks;
}
