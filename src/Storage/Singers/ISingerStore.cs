namespace SingKing.Storage.Singers;

/// <summary>Singers' accounts, levels and experience.</summary>
public interface ISingerStore
{
    /// <summary>Stores a new singer at level 1 with no points and returns them with their id.</summary>
    /// <exception cref="SingerAlreadyExistsException">The user name or e-mail address is taken.</exception>
    Task<Singer> CreateAsync(NewSinger singer, CancellationToken cancellationToken);

    /// <summary>The singer with <paramref name="id"/>, or null.</summary>
    Task<Singer?> GetAsync(long id, CancellationToken cancellationToken);

    /// <summary>The singer with this user name (ignoring case and surrounding spaces), or null.</summary>
    Task<Singer?> FindByUserNameAsync(string userName, CancellationToken cancellationToken);

    /// <summary>The singer with this e-mail address (ignoring case and surrounding spaces), or null.</summary>
    Task<Singer?> FindByEmailAsync(string email, CancellationToken cancellationToken);

    /// <summary>Changes the display name and page language; false when there is no such singer.</summary>
    Task<bool> UpdateProfileAsync(long id, string displayName, string preferredLanguage, CancellationToken cancellationToken);

    /// <summary>Replaces the password hash; false when there is no such singer.</summary>
    Task<bool> UpdatePasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken);

    /// <summary>
    /// Records an experience event and adds its points to the singer's total in one transaction, setting the
    /// level to <paramref name="levelForPoints"/> of the new total (the rule belongs to the accounts feature).
    /// </summary>
    /// <exception cref="StorageConflictException">There is no such singer, or the total would fall below 0.</exception>
    Task<SingerProgress> AwardExperienceAsync(ExperienceEvent award, Func<long, int> levelForPoints, CancellationToken cancellationToken);

    /// <summary>The singer's experience events, newest first.</summary>
    Task<IReadOnlyList<ExperienceEvent>> ListExperienceAsync(long singerId, int limit, CancellationToken cancellationToken);

    /// <summary>Deletes the singer with their takes, diagnoses and experience; false when there is no such singer.</summary>
    Task<bool> DeleteAsync(long id, CancellationToken cancellationToken);
}
