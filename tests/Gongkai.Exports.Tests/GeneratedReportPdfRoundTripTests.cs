using System.Text;
using Gongkai.Documents;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Writer;
using Xunit.Abstractions;

namespace Gongkai.Exports.Tests;

/// <summary>
/// The round trip of issue 14 item 7, through PDF: reports Gongkai generates from random but valid records, printed to
/// PDF by the generator's own export (Chromium) and exported to PDF from the DOCX export by another producer
/// (LibreOffice), read back in-process by the auditor, yield exactly the generated cells and no error finding.
/// Chromium: 1,000 reports (250 per format), printed 50 to a batch (one page per report start, split by page range
/// afterwards) to keep the test fast. LibreOffice: 100 reports (25 per format), converted in one soffice run per format.
/// </summary>
public sealed class GeneratedReportPdfRoundTripTests(ITestOutputHelper output)
{
    private const int ChromiumReportsPerBatch = 50;
    private const int ChromiumBatchesPerFormat = 5;
    private const int LibreOfficeReportsPerFormat = 25;

    public static TheoryData<ReportFormat, int> ChromiumBatches()
    {
        var data = new TheoryData<ReportFormat, int>();
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            for (var batch = 0; batch < ChromiumBatchesPerFormat; batch++)
            {
                data.Add(format, batch);
            }
        }

        return data;
    }

    public static TheoryData<ReportFormat> Formats()
    {
        var data = new TheoryData<ReportFormat>();
        foreach (var format in Enum.GetValues<ReportFormat>())
        {
            data.Add(format);
        }

        return data;
    }

    [ChromiumTheory]
    [MemberData(nameof(ChromiumBatches))]
    public async Task Audit_GeneratedReportsPrintedByChromium_YieldGeneratedCellsAndNoError(ReportFormat format, int batch)
    {
        var documents = Enumerable.Range(0, ChromiumReportsPerBatch)
            .Select(i => GeneratedReportRoundTripTests.Generate(format, new Random((((int)format * 100) + batch) * 1000 + 500 + i)))
            .ToArray();
        var pdf = await new ReportPdfWriter().PrintAsync(BatchPage(documents));

        var reports = SplitAtTitles(pdf);

        Assert.Equal(documents.Length, reports.Count);
        var tally = new Tally();
        for (var i = 0; i < documents.Length; i++)
        {
            Check(documents[i], reports[i], $"{format} batch {batch} report {i} (chromium)", tally);
        }

        output.WriteLine($"chromium {format}: {tally}");
        tally.AssertAllRight();
    }

    [LibreOfficeTheory]
    [MemberData(nameof(Formats))]
    public async Task Audit_GeneratedDocxExportedToPdfByLibreOffice_YieldsGeneratedCellsAndNoError(ReportFormat format)
    {
        var folder = Directory.CreateTempSubdirectory("gongkai-lo-").FullName;
        try
        {
            var documents = Enumerable.Range(0, LibreOfficeReportsPerFormat)
                .Select(i => GeneratedReportRoundTripTests.Generate(format, new Random(((int)format * 100 + 77) * 1000 + i)))
                .ToArray();
            var files = new List<string>();
            for (var i = 0; i < documents.Length; i++)
            {
                var path = Path.Combine(folder, $"report{i:D3}.docx");
                await using (var file = File.Create(path))
                {
                    await new ReportDocxWriter().WriteAsync(documents[i], file);
                }

                files.Add(path);
            }

            LibreOffice.ConvertToPdf(files, folder);

            var tally = new Tally();
            for (var i = 0; i < documents.Length; i++)
            {
                var pdf = await File.ReadAllBytesAsync(Path.Combine(folder, $"report{i:D3}.pdf"));
                Check(documents[i], pdf, $"{format} report {i} (libreoffice)", tally);
            }

            output.WriteLine($"libreoffice {format}: {tally}");
            tally.AssertAllRight();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Check(AnnualReportDocument document, byte[] pdf, string context, Tally tally)
    {
        var audit = new ReportFileAuditor().Audit(pdf, "report.pdf");
        var read = audit.Cells.GroupBy(c => c.Address.Key).ToDictionary(g => g.Key, g => g.First());
        var wrong = new List<string>();
        foreach (var cell in document.Data.Cells)
        {
            var value = read.TryGetValue(cell.Address.Key, out var r) ? r.Value : null;
            if (value != cell.Value)
            {
                wrong.Add($"{cell.Address.Describe()} generated {cell.Value?.ToString() ?? "blank"}, read {(r is null ? "nothing" : value?.ToString() ?? "blank")}");
            }
            else if (r?.Source is { } source && cell.Address.Table != NarrativeFigures.TableId && source.Page < 1)
            {
                wrong.Add($"{cell.Address.Describe()} read without its page");
            }
        }

        var extra = audit.Cells.Where(a => document.Data.Layout.Find(a.Address) is null).Select(a => a.Address.Describe()).ToArray();
        var errors = audit.Findings.Where(f => f.Severity == FindingSeverity.Error).Select(f => f.ToString()).ToArray();
        var problems = wrong.Concat(extra.Select(e => "extra " + e)).Concat(errors).ToList();
        if (audit.FormatValue != document.Data.Format)
        {
            problems.Insert(0, $"read as format {audit.Format}");
        }

        if (audit.Agency != document.Data.Agency.Name || audit.Year != document.Data.Year)
        {
            problems.Insert(0, $"read as {audit.Agency} {audit.Year}");
        }

        tally.Add(document.Data.Cells.Count, document.Data.Cells.Count - wrong.Count, problems.Count == 0 ? null : $"{context}: {string.Join("; ", problems.Take(6))}");
    }

    /// <summary>One page holding every report, each starting on a new sheet (the reports' own styles once).</summary>
    private static string BatchPage(IReadOnlyList<AnnualReportDocument> documents)
    {
        var writer = new ReportHtmlWriter();
        var first = writer.Page(documents[0]);
        var head = first[..(first.IndexOf("<body", StringComparison.Ordinal))];
        var page = new StringBuilder(head).Append("<body>");
        foreach (var document in documents)
        {
            var html = writer.Page(document);
            var start = html.IndexOf('>', html.IndexOf("<body", StringComparison.Ordinal)) + 1;
            var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
            page.Append("<div style=\"break-before: page\">").Append(html, start, end - start).Append("</div>");
        }

        return page.Append("</body></html>").ToString();
    }

    /// <summary>The batch PDF cut into one PDF per report: a report starts on a page that prints its title (22 pt, the only text that large).</summary>
    private static List<byte[]> SplitAtTitles(byte[] pdf)
    {
        var starts = new List<int>();
        int pageCount;
        using (var document = PdfDocument.Open(pdf))
        {
            pageCount = document.NumberOfPages;
            for (var p = 1; p <= pageCount; p++)
            {
                if (document.GetPage(p).Letters.Any(l => l.PointSize >= 20))
                {
                    starts.Add(p);
                }
            }
        }

        var parts = new List<byte[]>();
        for (var i = 0; i < starts.Count; i++)
        {
            var last = i + 1 < starts.Count ? starts[i + 1] - 1 : pageCount;
            parts.Add(PdfMerger.Merge([pdf], [Enumerable.Range(starts[i], last - starts[i] + 1).ToArray()]));
        }

        return parts;
    }

    /// <summary>Cells right out of cells generated, and the reports that were not read exactly.</summary>
    private sealed class Tally
    {
        private readonly List<string> _failures = [];
        private int _cells;
        private int _right;
        private int _reports;

        public void Add(int cells, int right, string? failure)
        {
            _reports++;
            _cells += cells;
            _right += right;
            if (failure is not null)
            {
                _failures.Add(failure);
            }
        }

        public override string ToString() =>
            $"{_reports} reports, {_right}/{_cells} cells at the right address ({100.0 * _right / Math.Max(1, _cells):0.00} %), {_reports - _failures.Count} read exactly";

        public void AssertAllRight() => Assert.True(_failures.Count == 0, $"{this}\n{string.Join("\n", _failures.Take(8))}");
    }
}
