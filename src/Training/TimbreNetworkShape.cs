namespace SingKing.Training;

/// <summary>Channel counts of the three convolution layers of a <see cref="TimbreNetwork"/>.</summary>
/// <param name="First">Channels of the first 3×3 convolution (after which time and coefficients are halved).</param>
/// <param name="Second">Channels of the second (halved again).</param>
/// <param name="Third">Channels of the third, averaged over the whole patch before the linear classifier.</param>
public sealed record TimbreNetworkShape(int First, int Second, int Third)
{
    /// <summary>The shipped baseline's shape: 8, 16, 32 channels (about 6,000 weights).</summary>
    public static TimbreNetworkShape Baseline { get; } = new(8, 16, 32);
}
