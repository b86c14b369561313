namespace SingKing.Storage.Singers;

/// <summary>A singer's points and level right after an award.</summary>
/// <param name="ExperiencePoints">The new total.</param>
/// <param name="Level">The level the total gives.</param>
/// <param name="PreviousLevel">The level before the award, so a page can celebrate a level-up.</param>
public sealed record SingerProgress(long ExperiencePoints, int Level, int PreviousLevel);
