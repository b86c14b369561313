using Microsoft.AspNetCore.Authorization;

namespace SingKing.Host.Accounts;

/// <summary>What the <c>admin</c> policy requires; <see cref="AdminPolicy"/> judges it.</summary>
public sealed class AdminRequirement : IAuthorizationRequirement;
