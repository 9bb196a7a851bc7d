using Gongkai.Domain.AnnualReports;
using Gongkai.Exports;

namespace Gongkai.Bench.Audit;

/// <summary>
/// PDF reports for the benchmark: reports of all four formats with random values at every layout cell, drafted and
/// printed by the generator's own PDF export (Chromium: GONGKAI_CHROMIUM or /usr/bin/chromium). Made once, kept in a
/// folder.
/// </summary>
internal static class BenchPdfs
{
    public static string DefaultFolder { get; } = Path.Combine(Path.GetTempPath(), "gongkai-bench-pdfs");

    public static async Task<int> MakeAsync(string folder, int count)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(14);
        var writer = new ReportPdfWriter();
        var formats = Enum.GetValues<ReportFormat>();
        for (var i = 0; i < count; i++)
        {
            var format = formats[i % formats.Length];
            var year = format switch { ReportFormat.Format2008 => 2012, ReportFormat.Format2014 => 2016, ReportFormat.Format2019 => 2020, _ => 2023 };
            var layout = ReportLayout.For(format);
            var cells = layout.Tables.SelectMany(t => t.Cells)
                .Select(c => new ReportCell(c.Address, c.Kind == CellValueKind.SignedCount ? random.Next(-20, 20) : random.Next(0, 300)))
                .ToArray();
            var data = new AnnualReportData(format, year, new ReportingAgency("B" + i, $"某某县第{i + 1}局"), cells);
            var document = Gongkai.Domain.AnnualReports.Narrative.NarrativeDrafter.Draft(data).ToDocument();
            await File.WriteAllBytesAsync(Path.Combine(folder, $"generated-{year}-{i}.pdf"), await writer.RenderAsync(document));
        }

        return count;
    }
}
