namespace SingKing.Dsp.Scoring;

/// <summary>One sung note as heard: a voiced run of frames, or part of one between pitch jumps and syllable onsets.</summary>
/// <param name="FirstFrame">Index of its first frame.</param>
/// <param name="LastFrame">Index of its last frame (inclusive).</param>
/// <param name="StartSeconds">Song time of its first frame, in seconds.</param>
/// <param name="EndSeconds">Song time just after its last frame (last frame + one hop), in seconds.</param>
/// <param name="MedianMidi">Median fractional MIDI pitch of its voiced frames.</param>
internal readonly record struct SungSegment(int FirstFrame, int LastFrame, double StartSeconds, double EndSeconds, double MedianMidi);
