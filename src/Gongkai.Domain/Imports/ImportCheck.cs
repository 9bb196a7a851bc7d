namespace Gongkai.Domain.Imports;

/// <summary>
/// What an importer made of a file before anything is written: the rows it would import, every refusal and every
/// row or column left out (<see cref="ImportProblem"/>), the headers of each sheet and the original cells of every
/// row with a problem (for the refusal workbook). The import is all or nothing: it may go ahead only when
/// <see cref="IsAccepted"/>.
/// </summary>
/// <typeparam name="TRow">The row type (<see cref="LedgerRow"/>, <see cref="CatalogueRow"/>).</typeparam>
public sealed class ImportCheck<TRow>
{
    private readonly List<TRow> _rows = [];
    private readonly List<ImportProblem> _problems = [];
    private readonly Dictionary<(string Sheet, int Row), IReadOnlyList<string>> _originals = [];
    private readonly Dictionary<string, IReadOnlyList<string>> _headers = [];

    /// <summary>A check of <paramref name="workbook"/>.</summary>
    public ImportCheck(ImportWorkbook workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        FileName = workbook.FileName;
        Sha256 = workbook.Sha256;
    }

    /// <summary>The file name.</summary>
    public string FileName { get; }

    /// <summary>The file's SHA-256.</summary>
    public string Sha256 { get; }

    /// <summary>The rows that would be imported.</summary>
    public IReadOnlyList<TRow> Rows => _rows;

    /// <summary>Refusals and skipped rows/columns, in file order.</summary>
    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>The refusals.</summary>
    public IEnumerable<ImportProblem> Refusals => _problems.Where(p => p.Kind == ImportProblemKind.Refused);

    /// <summary>Whether nothing is refused (and there is something to import or to skip).</summary>
    public bool IsAccepted => !Refusals.Any();

    /// <summary>The header of each sheet read, by column index.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers;

    /// <summary>The cells (as written) of every row that has a problem.</summary>
    public IReadOnlyDictionary<(string Sheet, int Row), IReadOnlyList<string>> OriginalRows => _originals;

    /// <summary>Adds a row to import.</summary>
    public void Add(TRow row) => _rows.Add(row);

    /// <summary>Records a problem, keeping the original cells of its row.</summary>
    public void Report(ImportProblem problem, ImportRow? row = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problems.Add(problem);
        if (row is not null)
        {
            _originals.TryAdd((problem.Sheet, problem.Row), row.Cells.Select(c => c.Text).ToArray());
        }
    }

    /// <summary>Records the header of a sheet.</summary>
    public void SetHeaders(string sheet, IReadOnlyList<string> headers) => _headers[sheet] = headers;

    /// <summary>Removes rows that match <paramref name="alreadyThere"/> (already imported), listing each as skipped.</summary>
    public void SkipExisting(Func<TRow, bool> alreadyThere, Func<TRow, ImportProblem> describe)
    {
        ArgumentNullException.ThrowIfNull(alreadyThere);
        ArgumentNullException.ThrowIfNull(describe);
        foreach (var row in _rows.Where(alreadyThere).ToList())
        {
            _rows.Remove(row);
            _problems.Add(describe(row));
        }
    }
}
