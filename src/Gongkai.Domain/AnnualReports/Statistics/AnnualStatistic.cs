using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports.Statistics;

/// <summary>
/// 年度统计数: a number of an annual report that Gongkai cannot count from its records — 行政许可 / 处罚 / 强制
/// decisions and 行政事业性收费 of table 二, the 主动公开 counts and channels, 回应解读, 会议和培训, 人员 and 经费 of the
/// 2014 统计表, information-fee amounts not recorded on requests — entered by a person for one agency, one year and one
/// cell of one format, with who entered it, when, and from what source (条例 第五十条 requires the report; the source
/// makes the number checkable). A cell that records do compute is computed: records win (docs/decisions/0002 and the
/// generator's remarks).
/// </summary>
public sealed class AnnualStatistic
{
    private AnnualStatistic()
    {
        Table = string.Empty;
        RowPath = [];
        ColumnPath = [];
        Source = string.Empty;
        RecordedBy = string.Empty;
    }

    private AnnualStatistic(Guid id, Guid agencyId, int year, ReportFormat format, CellDefinition cell, decimal value, string source, RecordedBy by)
    {
        Id = id;
        AgencyId = agencyId;
        Year = year;
        Format = format;
        Table = cell.Table;
        RowPath = cell.RowPath.ToArray();
        ColumnPath = cell.ColumnPath.ToArray();
        Value = value;
        Source = source;
        RecordedBy = by.Actor;
        RecordedAtUtc = by.AtUtc;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The agency the number belongs to.</summary>
    public Guid AgencyId { get; private set; }

    /// <summary>The report year.</summary>
    public int Year { get; private set; }

    /// <summary>The report format whose cell this is.</summary>
    public ReportFormat Format { get; private set; }

    /// <summary>The table id of the cell (official label).</summary>
    public string Table { get; private set; }

    /// <summary>The row path of the cell (official labels, outermost → leaf).</summary>
    public IReadOnlyList<string> RowPath { get; private set; }

    /// <summary>The column path of the cell (official labels, outermost → leaf).</summary>
    public IReadOnlyList<string> ColumnPath { get; private set; }

    /// <summary>The number.</summary>
    public decimal Value { get; private set; }

    /// <summary>Where the number comes from, e.g. "市政务服务局提供" or "政府网站后台统计".</summary>
    public string Source { get; private set; }

    /// <summary>Who entered (or last revised) it.</summary>
    public string RecordedBy { get; private set; }

    /// <summary>When it was entered (or last revised), UTC.</summary>
    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>The cell's address.</summary>
    public CellAddress Cell => new(Table, RowPath, ColumnPath);

    /// <summary>
    /// Enters a number for <paramref name="cell"/> of a report of <paramref name="format"/> for <paramref name="year"/>.
    /// The cell is stored under its official labels.
    /// </summary>
    /// <exception cref="RuleViolationException">
    /// The format has no such cell, the format was not yet issued in that year, the value does not fit the cell
    /// (<see cref="CellValueKind"/>), or no source is given.
    /// </exception>
    public static AnnualStatistic Enter(
        Guid id, Guid agencyId, ReportingYear year, ReportFormat format, CellAddress cell, decimal value, string source, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(by);
        if (year.Year < format.FirstYear)
        {
            throw new RuleViolationException($"{year.Year}年度报告不能使用{format.FirstYear}年起施行的格式。", "第五十条");
        }

        var definition = ReportLayout.For(format).Find(cell)
            ?? throw new RuleViolationException($"该格式中没有单元格{cell.Describe()}。", "第五十条");
        EnsureFits(definition, value);
        return new AnnualStatistic(id, agencyId, year.Year, format, definition, value, RequireSource(source), by);
    }

    /// <summary>Revises the number, with its (new) source.</summary>
    /// <exception cref="RuleViolationException">The value does not fit the cell, or no source is given.</exception>
    public void Revise(decimal value, string source, RecordedBy by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var definition = ReportLayout.For(Format).Get(Table, RowPath, ColumnPath);
        EnsureFits(definition, value);
        Value = value;
        Source = RequireSource(source);
        RecordedBy = by.Actor;
        RecordedAtUtc = by.AtUtc;
    }

    private static void EnsureFits(CellDefinition definition, decimal value)
    {
        var whole = value == decimal.Truncate(value);
        var (fits, expected) = definition.Kind switch
        {
            CellValueKind.Count => (whole && value >= 0, "非负整数"),
            CellValueKind.SignedCount => (whole, "整数（减少用负数表示）"),
            _ => (value >= 0, "非负数"),
        };
        if (!fits)
        {
            throw new RuleViolationException($"{definition.Address.Describe()}应填{expected}，不能填{ValueText.Of(value)}。");
        }
    }

    private static string RequireSource(string source) =>
        string.IsNullOrWhiteSpace(source)
            ? throw new RuleViolationException("请写明数据来源（如“市政务服务局提供”）。")
            : source.Trim();
}
