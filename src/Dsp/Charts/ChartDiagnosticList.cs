namespace SingKing.Dsp.Charts;

/// <summary>
/// Collects a reader's errors or warnings up to a cap, so a badly broken file still gets a readable report
/// and cannot make the report itself huge.
/// </summary>
internal sealed class ChartDiagnosticList(int cap, string kind)
{
    private readonly List<ChartDiagnostic> _items = [];
    private bool _capped;

    public int Count => _items.Count;

    public IReadOnlyList<ChartDiagnostic> Items => _items;

    public void Add(int lineNumber, string message)
    {
        if (_capped)
            return;
        if (_items.Count == cap)
        {
            _capped = true;
            _items.Add(new(lineNumber, $"more than {cap} {kind}; only the first {cap} are listed — fix those and read the file again"));
            return;
        }

        _items.Add(new(lineNumber, message));
    }

    public void AddRange(IEnumerable<ChartDiagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
            Add(d.LineNumber, d.Message);
    }
}
