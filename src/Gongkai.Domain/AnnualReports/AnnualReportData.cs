using System.Collections.Frozen;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The numbers of one agency's annual report (政府信息公开工作年度报告, 条例 第四十九条、第五十条) for one year, in one
/// format — whether computed from records by the generator or read back from a published report by the auditor.
/// <para>
/// Cells are looked up by <see cref="LabelKey"/>, so a label written with half-width punctuation or stray spaces finds
/// the official cell. A cell the format defines is stored under the official labels; a cell it does not define (a
/// local variant, a parser's mistake) is kept as given and reported by <see cref="CellsBelongToLayout"/>. A cell that
/// is absent is blank, exactly like a cell present with a null value.
/// </para>
/// </summary>
public sealed class AnnualReportData
{
    private readonly FrozenDictionary<string, ReportCell> _cellsByKey;

    /// <summary>A report's data.</summary>
    /// <exception cref="RuleViolationException">Two cells have the same address.</exception>
    public AnnualReportData(ReportFormat format, int year, ReportingAgency agency, IEnumerable<ReportCell> cells)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, ReportFormatExtensions.FirstReportYear);
        Format = format;
        Year = year;
        Agency = agency;
        Layout = ReportLayout.For(format);
        Cells = cells.Select(Canonical).ToArray();

        var duplicate = Cells.GroupBy(c => c.Address.Key).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RuleViolationException($"单元格{duplicate.First().Address.Describe()}出现了不止一次。");
        }

        _cellsByKey = Cells.ToFrozenDictionary(c => c.Address.Key, StringComparer.Ordinal);
    }

    /// <summary>The format the report is written in.</summary>
    public ReportFormat Format { get; }

    /// <summary>The report year (the calendar year the report covers, not the year it is published).</summary>
    public int Year { get; }

    /// <summary>The agency the report is for.</summary>
    public ReportingAgency Agency { get; }

    /// <summary>The format's layout.</summary>
    public ReportLayout Layout { get; }

    /// <summary>The cells, in the order given.</summary>
    public IReadOnlyList<ReportCell> Cells { get; }

    /// <summary>The cells the format does not define.</summary>
    public IEnumerable<ReportCell> UnknownCells => Cells.Where(c => Layout.Find(c.Address) is null);

    /// <summary>The cell at <paramref name="address"/>, or null when the report has none.</summary>
    public ReportCell? Find(CellAddress address) => _cellsByKey.GetValueOrDefault(address.Key);

    /// <summary>The cell at a table, row path and column path, or null when the report has none.</summary>
    public ReportCell? Find(string table, IEnumerable<string> rowPath, IEnumerable<string> columnPath) =>
        Find(new CellAddress(table, rowPath, columnPath));

    /// <summary>The value at <paramref name="address"/>; null when the cell is blank or absent.</summary>
    public decimal? ValueAt(CellAddress address) => Find(address)?.Value;

    /// <summary>The value at a table, row path and column path; null when the cell is blank or absent.</summary>
    public decimal? ValueAt(string table, IEnumerable<string> rowPath, IEnumerable<string> columnPath) =>
        ValueAt(new CellAddress(table, rowPath, columnPath));

    /// <summary>
    /// The cell at <paramref name="address"/>, or a blank cell under the official labels (or the labels given, for an
    /// address the format does not define) when the report has none — so evidence can always name the cell.
    /// </summary>
    public ReportCell CellOrBlank(CellAddress address) =>
        Find(address) ?? new ReportCell(Layout.Find(address)?.Address ?? address, null);

    /// <summary>This report with <paramref name="cell"/> added, or replacing the cell at its address.</summary>
    public AnnualReportData With(ReportCell cell)
    {
        var key = Canonical(cell).Address.Key;
        var replaced = false;
        var cells = Cells.Select(c =>
        {
            if (c.Address.Key != key)
            {
                return c;
            }

            replaced = true;
            return cell;
        }).ToList();
        if (!replaced)
        {
            cells.Add(cell);
        }

        return new AnnualReportData(Format, Year, Agency, cells);
    }

    /// <summary>This report with the value at <paramref name="address"/> set (provenance of that cell is dropped).</summary>
    public AnnualReportData WithValue(CellAddress address, decimal? value) => With(new ReportCell(address, value));

    private ReportCell Canonical(ReportCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var definition = Layout.Find(cell.Address);
        return definition is null ? cell : cell.At(definition.Address);
    }
}
