using System.Collections.Frozen;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// The layout of one <see cref="ReportFormat"/>: its parts (sections) and its tables, with every cell the format
/// defines under its official, full-width labels. Every format exposes its numbers as cells the same way — the
/// narrative formats through the pseudo-table "正文" (<see cref="NarrativeFigures"/>).
/// <para>Table ids and path conventions (see docs/annual-report-json.md):</para>
/// <list type="bullet">
/// <item>2019/2021: "二" (row path = [sub-table title "第二十条第（X）项", 信息内容 row]; column path = [column]),
/// "三" (row path from "一、…"/"三、本年度办理结果" down to the leaf; column path from "申请人情况"),
/// "四" (empty row path — one data row; column path from "行政复议"/"行政诉讼").</item>
/// <item>2014: "统计表" (row path from "一、主动公开情况" down to the leaf as numbered; column ["统计数"]) and "正文".</item>
/// <item>2008: "正文" only (row path = [part of 第三十二条 (2007), figure]; column ["数值"]).</item>
/// </list>
/// </summary>
public sealed class ReportLayout
{
    private static readonly FrozenDictionary<ReportFormat, ReportLayout> Layouts = new Dictionary<ReportFormat, ReportLayout>
    {
        [ReportFormat.Format2008] = Format2008Layout.Build(),
        [ReportFormat.Format2014] = Format2014Layout.Build(),
        [ReportFormat.Format2019] = Format2019Layout.Build(),
        [ReportFormat.Format2021] = Format2021Layout.Build(),
    }.ToFrozenDictionary();

    private readonly FrozenDictionary<string, ReportTable> _tablesByKey;
    private readonly FrozenDictionary<string, CellDefinition> _cellsByKey;

    internal ReportLayout(ReportFormat format, string name, IEnumerable<ReportSection> sections, IEnumerable<ReportTable> tables)
    {
        Format = format;
        Name = name;
        Sections = sections.ToArray();
        Tables = tables.ToArray();
        _tablesByKey = Tables.ToFrozenDictionary(t => LabelKey.Of(t.Id).Value, StringComparer.Ordinal);
        _cellsByKey = Tables.SelectMany(t => t.Cells).ToFrozenDictionary(c => c.Address.Key, StringComparer.Ordinal);
    }

    /// <summary>The layout of <paramref name="format"/>.</summary>
    public static ReportLayout For(ReportFormat format) =>
        Layouts.TryGetValue(format, out var layout)
            ? layout
            : throw new ArgumentOutOfRangeException(nameof(format), format, null);

    /// <summary>The format.</summary>
    public ReportFormat Format { get; }

    /// <summary>The instrument that defines the format, e.g. "国办公开办函〔2021〕30号".</summary>
    public string Name { get; }

    /// <summary>The parts of the report text, in order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>The tables, in order.</summary>
    public IReadOnlyList<ReportTable> Tables { get; }

    /// <summary>Every cell of every table, in reading order.</summary>
    public IEnumerable<CellDefinition> Cells => Tables.SelectMany(t => t.Cells);

    /// <summary>The table with id <paramref name="id"/> (matched by <see cref="LabelKey"/>); throws when there is none.</summary>
    public ReportTable Table(string id) =>
        FindTable(id) ?? throw new RuleViolationException($"格式 {Format} 中没有表{id}。");

    /// <summary>The table with id <paramref name="id"/>, or null.</summary>
    public ReportTable? FindTable(string id) => _tablesByKey.GetValueOrDefault(LabelKey.Of(id).Value);

    /// <summary>The cell the format defines at <paramref name="address"/> (tolerant match), or null.</summary>
    public CellDefinition? Find(CellAddress address) => _cellsByKey.GetValueOrDefault(address.Key);

    /// <summary>The cell the format defines at a table, row path and column path (tolerant match), or null.</summary>
    public CellDefinition? Find(string table, IEnumerable<string> rowPath, IEnumerable<string> columnPath) =>
        Find(new CellAddress(table, rowPath, columnPath));

    /// <summary>The cell the format defines at a table, row path and column path; throws when there is none.</summary>
    public CellDefinition Get(string table, IEnumerable<string> rowPath, IEnumerable<string> columnPath)
    {
        var address = new CellAddress(table, rowPath, columnPath);
        return Find(address) ?? throw new RuleViolationException($"格式 {Format} 中没有单元格{address.Describe()}。");
    }
}
