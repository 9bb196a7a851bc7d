using System.Diagnostics;
using Gongkai.Documents;
using Gongkai.Domain.Audit;
using UglyToad.PdfPig;

namespace Gongkai.Bench.Audit;

/// <summary>
/// Where a PDF audit's time goes: PdfPig's own parsing (open, and every page's letters and paths, which is what the
/// reader asks of it), the whole reading (PdfPig + our glyph, line and table assembly: the difference is ours), and
/// the auditor on the text read.
/// </summary>
internal sealed class PdfTimeSplit
{
    private readonly ParsingOptions _options = new() { UseLenientParsing = true, SkipMissingFonts = true };
    private TimeSpan _pdfPig;
    private TimeSpan _reading;
    private TimeSpan _audit;

    public void Measure(byte[] bytes, string name, ReportDocumentReader reader)
    {
        var watch = Stopwatch.StartNew();
        using (var document = PdfDocument.Open(bytes, _options))
        {
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                var page = document.GetPage(number);
                _ = page.Letters.Count + page.Paths.Count;
            }
        }

        _pdfPig += watch.Elapsed;
        watch.Restart();
        var text = reader.Read(bytes, name);
        _reading += watch.Elapsed;
        watch.Restart();
        ReportAuditor.Audit(text);
        _audit += watch.Elapsed;
    }

    /// <summary>Reading and auditing, without the separate PdfPig pass made only to split the time.</summary>
    public TimeSpan ReadAndAudit => _reading + _audit;

    public string Describe(int count)
    {
        var ours = _reading - _pdfPig;
        var total = _reading + _audit;
        double Ms(TimeSpan t) => t.TotalMilliseconds / Math.Max(1, count);
        return $"per PDF: PdfPig parsing {Ms(_pdfPig):0.0} ms, our page assembly {Ms(ours):0.0} ms, auditor {Ms(_audit):0.0} ms "
            + $"(reading alone {count / _reading.TotalSeconds:0.0}/s, PdfPig alone {count / _pdfPig.TotalSeconds:0.0}/s, read + audit {count / total.TotalSeconds:0.0}/s)";
    }
}
