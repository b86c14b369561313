namespace SingKing.Host.Uploads;

/// <summary>Reads a recording posted as a request body, refusing more than a limit before it is all in memory.</summary>
public static class BoundedRequestBody
{
    /// <summary>
    /// The request's body, at most <paramref name="maxBytes"/> bytes, positioned at its start; null when it is longer,
    /// judged from Content-Length when given and while reading otherwise (a chunked upload has no length to check first).
    /// </summary>
    public static async Task<MemoryStream?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
            return null;
        var buffer = new MemoryStream();
        var block = new byte[81_920];
        int read;
        while ((read = await request.Body.ReadAsync(block, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(block, 0, read);
        }

        buffer.Position = 0;
        return buffer;
    }
}
