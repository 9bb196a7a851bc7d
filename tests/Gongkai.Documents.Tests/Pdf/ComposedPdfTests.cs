using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// PDFs composed to look like real ones (<see cref="ComposedWordReport"/>: Word layout exported by LibreOffice, a 索引号
/// block, a wrapped title, header rows repeated after a page break, "- N -" page numbers), committed as fixtures so a
/// plain clone reads them with only the .NET SDK.
/// </summary>
public sealed class ComposedPdfTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Pdf", "Fixtures");

    public static TheoryData<ReportFormat> Formats()
    {
        var data = new TheoryData<ReportFormat>();
        foreach (var fixture in ComposedWordReport.Fixtures)
        {
            data.Add(fixture.Format);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Audit_ComposedWordPdf_ReadsAgencyYearFormatAndEveryCell(ReportFormat format)
    {
        var (_, year, _, _) = ComposedWordReport.Fixtures.Single(f => f.Format == format);

        var audit = new ReportFileAuditor().Audit(Path.Combine(Folder, ComposedWordReport.FileName(format)));

        Assert.Equal(ComposedWordReport.Agency, audit.Agency);
        Assert.Equal(year, audit.Year);
        Assert.Equal(format, audit.FormatValue);
        var read = audit.Cells.ToDictionary(c => c.Address.Key);
        var expected = ComposedWordReport.Cells(format);
        var wrong = expected.Where(c => !read.TryGetValue(c.Address.Key, out var r) || r.Value != c.Value)
            .Select(c => $"{c.Address.Describe()} expected {c.Value?.ToString() ?? "blank"}, read {(read.TryGetValue(c.Address.Key, out var r) ? r.Value?.ToString() ?? "blank" : "nothing")}")
            .ToArray();
        Assert.True(wrong.Length == 0, $"{wrong.Length} of {expected.Count} cells wrong: {string.Join("; ", wrong.Take(8))}");
        Assert.All(audit.Cells.Where(c => c.Address.Table != NarrativeFigures.TableId), c => Assert.True(c.Source!.Page >= 1, $"{c.Address.Describe()} has no page"));
        Assert.DoesNotContain(audit.Findings, f => f.RuleId is "audit.unreadable" or "audit.cells-unusable");
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_ComposedWordPdf_LeavesOutIndexBlockAndPageNumbers(ReportFormat format)
    {
        var text = new ReportDocumentReader().Read(Path.Combine(Folder, ComposedWordReport.FileName(format)));

        Assert.Equal(ReportReadStatus.Read, text.Status);
        Assert.DoesNotContain(text.Lines, l => l.Original.Contains("索引号", StringComparison.Ordinal) || l.Original.Contains("组配分类", StringComparison.Ordinal));
        Assert.DoesNotContain(text.Lines, l => System.Text.RegularExpressions.Regex.IsMatch(l.Original, @"^\s*-\s*\d+\s*-\s*$"));
        Assert.StartsWith(ComposedWordReport.Agency, text.Lines[0].Original, StringComparison.Ordinal);
        Assert.True(text.Tables.Count >= 1);
    }

    [RegenerateFixturesFact]
    public void Regenerate_ComposedFixtures_WritesThePdfsWithLibreOffice()
    {
        var folder = Path.Combine(SourceFolder(), "Pdf", "Fixtures");
        ComposedWordReport.WritePdfs(folder, "/usr/bin/soffice");
        foreach (var fixture in ComposedWordReport.Fixtures)
        {
            Assert.True(File.Exists(Path.Combine(folder, ComposedWordReport.FileName(fixture.Format))));
        }
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(Path.GetDirectoryName(path))!;
}

/// <summary>Runs only when GONGKAI_REGENERATE_PDF_FIXTURES=1 and LibreOffice is installed: writes the committed fixtures again.</summary>
public sealed class RegenerateFixturesFactAttribute : FactAttribute
{
    public RegenerateFixturesFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_REGENERATE_PDF_FIXTURES") != "1" || !File.Exists("/usr/bin/soffice"))
        {
            Skip = "生成PDF样本：设置 GONGKAI_REGENERATE_PDF_FIXTURES=1 并安装 LibreOffice 后运行。";
        }
    }
}
