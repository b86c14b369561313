using SingKing.Grains.Sessions;
using SingKing.Host.Singers;

namespace SingKing.Host.Hubs;

/// <summary>Who a hub connection sings as, and that singer's session grain.</summary>
internal sealed record ConnectionSinger(SingerKey Key, ISingerSessionGrain Session);
