global using SingKing.Dsp.Pitch;
