using Microsoft.Extensions.DependencyInjection;
using SingKing.Storage.Singers;
using SingKing.Storage.Takes;

namespace SingKing.Host.Tests.Accounts;

internal static class ServiceProviderExtensions
{
    public static ISingerStore GetSingerStore(this IServiceProvider services) => services.GetRequiredService<ISingerStore>();

    public static ITakeStore GetTakeStore(this IServiceProvider services) => services.GetRequiredService<ITakeStore>();
}
