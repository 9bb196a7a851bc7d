using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Documents.Tests;

namespace Gongkai.Cli.Tests;

/// <summary>
/// Issue 14 item 8: <c>gongkai audit FOLDER --summary OUT</c> over many reports — every core, no progress bar without
/// a terminal, and a summary a supervisor can act on (汇总.xlsx, 汇总.html: one row per report, worst first, each
/// linking to its detail page).
/// </summary>
public sealed partial class AuditBatchTests : IDisposable
{
    private readonly GongkaiProcess _gongkai = new();

    [SeedFact]
    public async Task Audit_FolderWithSummary_WritesXlsxAndHtmlWorstFirstWithDetails()
    {
        var folder = Path.Combine(_gongkai.Folder, "reports");
        Directory.CreateDirectory(folder);
        var seeds = SeedFolder.All().ToArray();
        for (var copy = 0; copy < 6; copy++)
        {
            foreach (var seed in seeds)
            {
                File.Copy(seed, Path.Combine(folder, $"{copy}-{Path.GetFileName(seed)}"));
            }
        }

        await File.WriteAllBytesAsync(Path.Combine(folder, "deep.docx"), HostileFiles.DocxNestedContentControls());
        await File.WriteAllBytesAsync(Path.Combine(folder, "random.docx"), HostileFiles.RandomAfterPk(3));
        var total = (seeds.Length * 6) + 2;
        var output = Path.Combine(_gongkai.Folder, "summary");

        var (exit, _, error) = await _gongkai.RunAsync(null, "audit", folder, "--summary", output);

        Assert.True(exit == 0, error);
        Assert.Contains($"已审核 {total} 份报告", error, StringComparison.Ordinal);
        Assert.DoesNotContain("━", error, StringComparison.Ordinal); // no progress bar without a terminal

        var rows = ReadSummaryRows(Path.Combine(output, "汇总.xlsx"));
        Assert.Equal(total, rows.Count);
        var errors = rows.Select(r => int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(errors.OrderByDescending(e => e), errors);
        Assert.Contains(rows, r => r[1] == "deep.docx" && r[8].StartsWith("无法读取", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2].Contains("西宁", StringComparison.Ordinal) && r[3] == "2017");

        var html = await File.ReadAllTextAsync(Path.Combine(output, "汇总.html"));
        var links = LinkPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.Equal(total, links.Count);
        Assert.All(links, link => Assert.True(File.Exists(Path.Combine(output, link)), link));
        Assert.Contains("嵌套", await File.ReadAllTextAsync(Path.Combine(output, links[rows.FindIndex(r => r[1] == "deep.docx")])), StringComparison.Ordinal);
    }

    private static List<string[]> ReadSummaryRows(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        var links = sheet.Descendants<Hyperlink>().Count();
        var rows = sheet.Descendants<Row>().Skip(1)
            .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? string.Empty).ToArray())
            .ToList();
        Assert.Equal(rows.Count, links);
        return rows;
    }

    [GeneratedRegex("<a href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    public void Dispose() => _gongkai.Dispose();
}
