using Gongkai.Domain.Catalogue;

namespace Gongkai.Domain.AnnualReports.Generation;

/// <summary>
/// The cells counted from the register of 规章 and 行政规范性文件 (条例 第二十条第（一）项), as
/// docs/decisions/0003-normative-documents.md says.
/// </summary>
internal static class NormativeDocumentCells
{
    /// <summary>Table 二 第二十条第（一）项 of 2021: 本年制发件数 / 本年废止件数 / 现行有效件数 per kind.</summary>
    public static IReadOnlyList<ReportCell> Table2Of2021(ReportingYear year, IEnumerable<NormativeDocument> documents)
    {
        var register = documents.DistinctBy(d => d.Id).ToArray();
        return
        [
            .. Row(Table2Labels.Rules, NormativeDocumentKind.Rule),
            .. Row(Table2Labels.AdministrativeNormativeDocuments, NormativeDocumentKind.AdministrativeNormativeDocument),
        ];

        IEnumerable<ReportCell> Row(string row, NormativeDocumentKind kind)
        {
            var ofKind = register.Where(d => d.Kind == kind).ToArray();
            yield return Cell(row, Table2Labels.IssuedThisYear, ofKind.Where(d => year.Contains(d.IssuedOn)));
            yield return Cell(row, Table2Labels.RepealedThisYear, ofKind.Where(d => d.RepealedOn is { } r && year.Contains(r)));
            yield return Cell(row, Table2Labels.InForce, ofKind.Where(d => d.IsInForceOn(year.LastDay)));
        }
    }

    /// <summary>Table 二 第二十条第（一）项 of 2019: 本年新制作数量 / 本年新公开数量 / 对外公开总数量 per kind.</summary>
    public static IReadOnlyList<ReportCell> Table2Of2019(ReportingYear year, IEnumerable<NormativeDocument> documents)
    {
        var register = documents.DistinctBy(d => d.Id).ToArray();
        return
        [
            .. Row(Table2Labels.Rules, NormativeDocumentKind.Rule),
            .. Row(Table2Labels.NormativeDocuments, NormativeDocumentKind.AdministrativeNormativeDocument),
        ];

        IEnumerable<ReportCell> Row(string row, NormativeDocumentKind kind)
        {
            var ofKind = register.Where(d => d.Kind == kind).ToArray();
            yield return Cell(row, Table2Labels.NewlyMade, ofKind.Where(d => year.Contains(d.IssuedOn)));
            yield return Cell(row, Table2Labels.NewlyPublished, ofKind.Where(d => d.PublishedOn is { } p && year.Contains(p)));
            yield return Cell(row, Table2Labels.PublishedTotal, ofKind.Where(d => d.IsPublishedBy(year.LastDay)));
        }
    }

    /// <summary>统计表 其中：主动公开规范性文件数 and 制发规范性文件总数 (2014; also the source of the 2008 正文 figure), both kinds.</summary>
    public static IReadOnlyList<ReportCell> StatisticsTable(ReportingYear year, IEnumerable<NormativeDocument> documents)
    {
        var register = documents.DistinctBy(d => d.Id).ToArray();
        return
        [
            Counted(StatisticsTableRows.At(StatisticsTableRows.PublishedNormativeDocuments), register.Where(d => d.PublishedOn is { } p && year.Contains(p))),
            Counted(StatisticsTableRows.At(StatisticsTableRows.IssuedNormativeDocuments), register.Where(d => year.Contains(d.IssuedOn))),
        ];
    }

    private static ReportCell Cell(string row, string column, IEnumerable<NormativeDocument> counted) =>
        Counted(new CellAddress(Table2Labels.TableId, [Table2Labels.Article20Item1, row], [column]), counted);

    private static ReportCell Counted(CellAddress address, IEnumerable<NormativeDocument> counted)
    {
        var ids = counted.Select(d => d.Id).ToArray();
        return new ReportCell(address, ids.Length).WithRecords(ids);
    }
}
