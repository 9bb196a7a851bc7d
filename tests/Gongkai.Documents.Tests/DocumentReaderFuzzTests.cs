using System.Globalization;
using System.IO.Compression;
using System.Text;
using Gongkai.Documents.Batch;
using Gongkai.Documents.Guards;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Tests.Audit.Extraction;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests;

/// <summary>
/// Fuzz suite for the document readers (issue 12): seeded random and mutated bytes — truncated, bytes flipped or
/// inserted, nested deep, zip-bombed, mislabelled extensions, random <c>PK</c>/<c>%PDF</c> headers, deep HTML — thrown
/// at every reader and guard and at the auditor's entry point. Each input must end without an exception, within a
/// bound (a per-input cancellation, not a timed assertion), with a defined reading status and, when not read, a
/// Chinese reason. Every input runs on an audit thread: a recursion the guards let through would end this process.
/// Counts are bounded and seeded for CI; <c>GONGKAI_FUZZ_ITERATIONS</c> (inputs per test) and <c>GONGKAI_FUZZ_SEED</c>
/// run it longer or differently. Each test prints "fuzz …: N inputs, F failures" for the closing note.
/// </summary>
public sealed class DocumentReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(60);
    private static readonly AuditThreads Threads = new();
    private static readonly ReportDocumentReader Reader = new(new ReportDocumentReaderOptions { MaxFileBytes = ReportFileAuditor.DefaultMaxFileBytes });
    private static readonly ReportFileAuditor Auditor = new();
    private static readonly string[] Names = ["report.txt", "report.html", "report.shtml", "report.docx", "report.pdf", "report.xlsx", "report", "报告.htm"];

    private static int Iterations => int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_FUZZ_ITERATIONS"), CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 120;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_FUZZ_SEED"), CultureInfo.InvariantCulture, out var n) ? n : 20261204;

    [Fact]
    public async Task Fuzz_ReportReader_EveryInputEndsInAReadingStatus() =>
        await RunAsync("reader", 1, (bytes, name) =>
        {
            var text = Reader.Read(bytes, name);
            return Enum.IsDefined(text.Status) && (text.HasText || HasChinese(text.Message)) ? null : $"status {text.Status}, message “{text.Message}”";
        });

    [Fact]
    public async Task Fuzz_AuditorEntryPoint_EveryInputEndsInAnAudit() =>
        await RunAsync("auditor", 2, (bytes, name) =>
        {
            var audited = Auditor.AuditFile(bytes, name);
            if (!Enum.IsDefined(audited.Reading))
            {
                return $"undefined reading {audited.Reading}";
            }

            return audited.WasRead || audited.Report.Findings.Any(f => HasChinese(f.Message)) ? null : "not read, and no finding says why";
        });

    [Fact]
    public async Task Fuzz_GuardsAndAttachmentCheck_NeverThrow() =>
        await RunAsync("guards", 3, (bytes, name) =>
        {
            OfficePackageGuard.Check(bytes);
            PdfStructureGuard.Check(bytes);
            HtmlNestingGuard.IsTooDeep(Encoding.UTF8.GetString(bytes));
            var refusal = AttachmentContentCheck.Check(name, bytes);
            var bundle = ReportUploadBundle.Unpack(bytes, "upload.zip");
            return refusal is not null && !HasChinese(refusal) ? $"refusal not in Chinese: {refusal}"
                : bundle.Refusal is not null && !HasChinese(bundle.Refusal) ? $"bundle refusal not in Chinese: {bundle.Refusal}" : null;
        });

    private async Task RunAsync(string what, int stream, Func<byte[], string, string?> check)
    {
        var random = new Random(Seed + stream);
        var corpus = Corpus(random);
        var failures = new List<string>();
        var byMutation = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var iterations = Iterations;
        for (var i = 0; i < iterations; i++)
        {
            var (mutation, bytes, name) = Mutate(corpus[random.Next(corpus.Count)], random);
            byMutation[mutation] = byMutation.GetValueOrDefault(mutation) + 1;
            try
            {
                var problem = await Threads.RunAsync(() => check(bytes, name)).WaitAsync(PerInput);
                if (problem is not null)
                {
                    failures.Add($"#{i} {mutation} {name} ({bytes.Length} B): {problem}");
                }
            }
            catch (TimeoutException)
            {
                failures.Add($"#{i} {mutation} {name} ({bytes.Length} B): no answer within {PerInput.TotalSeconds:0} s");
            }
            catch (Exception e)
            {
                failures.Add($"#{i} {mutation} {name} ({bytes.Length} B): {e.GetType().Name}: {e.Message}");
            }
        }

        var line = $"fuzz {what}: {iterations} inputs, {failures.Count} failures (seed {Seed + stream}; {string.Join(", ", byMutation.Select(kv => $"{kv.Key} {kv.Value}"))})";
        output.WriteLine(line);
        Console.WriteLine(line);
        Assert.True(failures.Count == 0, line + Environment.NewLine + string.Join(Environment.NewLine, failures.Take(20)));
    }

    /// <summary>Valid files of every kind the readers take: a report printed like the 西宁 seed (and the seed reports when present), an HTML and a pipe-text rendering, a DOCX, a PDF, a ZIP of reports.</summary>
    private static List<(byte[] Bytes, string Name)> Corpus(Random random)
    {
        var corpus = new List<(byte[], string)>
        {
            (Encoding.UTF8.GetBytes(PrintedReport.Simplified), "printed.txt"),
            (Encoding.UTF8.GetBytes(PrintedReport.Traditional), "printed-traditional.txt"),
        };
        if (SeedFolder.IsPresent)
        {
            corpus.AddRange(SeedFiles.All().Select(seed => (File.ReadAllBytes(seed), Path.GetFileName(seed))));
        }

        var cells = LayoutTableRendering.RandomCells(ReportFormat.Format2021, random);
        var html = "<html><head><title>某某县人民政府2021年政府信息公开工作年度报告</title></head><body><h1>某某县人民政府2021年政府信息公开工作年度报告</h1>"
                   + LayoutTableRendering.Html(ReportFormat.Format2021, cells) + "</body></html>";
        corpus.Add((Encoding.UTF8.GetBytes(html), "report.html"));
        corpus.Add((Encoding.UTF8.GetBytes("某某县人民政府2021年政府信息公开工作年度报告\n" + LayoutTableRendering.PipeText(ReportFormat.Format2021, cells)), "report.txt"));
        var body = new StringBuilder("<w:p><w:r><w:t>某某县人民政府2020年政府信息公开工作年度报告</w:t></w:r></w:p><w:tbl>");
        for (var r = 0; r < 6; r++)
        {
            body.Append("<w:tr>");
            for (var c = 0; c < 4; c++)
            {
                body.Append(CultureInfo.InvariantCulture, $"<w:tc><w:p><w:r><w:t>{random.Next(1000)}</w:t></w:r></w:p></w:tc>");
            }

            body.Append("</w:tr>");
        }

        corpus.Add((HostileFiles.Docx(body.Append("</w:tbl>").ToString()), "report.docx"));
        corpus.Add((HostileFiles.PdfNestedInCompressedStream(3), "report.pdf"));
        corpus.Add((HostileFiles.Zip(("a.txt", corpus[0].Item1), ("b.docx", corpus[^2].Item1)), "reports.zip"));
        return corpus;
    }

    private static (string Mutation, byte[] Bytes, string Name) Mutate((byte[] Bytes, string Name) original, Random random)
    {
        var bytes = original.Bytes;
        var name = original.Name;
        switch (random.Next(12))
        {
            case 0:
                return ("truncated", bytes[..random.Next(bytes.Length + 1)], name);
            case 1:
                var flipped = (byte[])bytes.Clone();
                for (var k = random.Next(1, 64); k > 0 && flipped.Length > 0; k--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return ("flipped", flipped, name);
            case 2:
                var at = random.Next(bytes.Length + 1);
                var noise = new byte[random.Next(1, 2048)];
                random.NextBytes(noise);
                return ("inserted", [.. bytes[..at], .. noise, .. bytes[at..]], name);
            case 3:
                return ("mislabelled", bytes, Names[random.Next(Names.Length)]);
            case 4:
                return ("random PK", HostileFiles.RandomAfterPk(random.Next(), random.Next(4, 16_384)), random.Next(2) == 0 ? "report.docx" : "report.xlsx");
            case 5:
                var pdf = new byte[random.Next(8, 16_384)];
                random.NextBytes(pdf);
                "%PDF-1.7\n"u8[..Math.Min(9, pdf.Length)].CopyTo(pdf);
                return ("random %PDF", pdf, "report.pdf");
            case 6:
                var tags = new[] { "<div>", "<div/>", "<span><div></span>", "<b x=1><div></div>", "<table><tr><td>", "<ul><li>", "<font>", "<svg><g>" };
                return ("deep HTML", HostileFiles.DeepHtml(tags[random.Next(tags.Length)], random.Next(500, 30_000)), random.Next(2) == 0 ? "report.html" : "report.txt");
            case 7:
                return random.Next(2) == 0
                    ? ("nested DOCX", HostileFiles.DocxNestedContentControls(random.Next(100, 60_000)), "report.docx")
                    : ("nested DOCX", HostileFiles.DocxNestedTables(random.Next(50, 60_000)), "report.docx");
            case 8:
                return random.Next(3) switch
                {
                    0 => ("nested PDF", HostileFiles.PdfNestedArrays(random.Next(50, 60_000)), "report.pdf"),
                    1 => ("nested PDF", HostileFiles.PdfNestedDictionaries(random.Next(50, 60_000)), "report.pdf"),
                    _ => ("nested PDF", HostileFiles.PdfNestedInCompressedStream(random.Next(50, 60_000)), "report.pdf"),
                };
            case 9:
                return ("bombed", HostileFiles.ZipBomb(random.Next(2) == 0 ? "word/document.xml" : "report.txt", random.Next(2, 24)),
                    random.Next(2) == 0 ? "report.docx" : "reports.zip");
            case 10:
                var random32 = new byte[random.Next(0, 32_768)];
                random.NextBytes(random32);
                return ("random", random32, Names[random.Next(Names.Length)]);
            default:
                // a DOCX whose document.xml is itself mutated (truncated or noisy XML inside a valid package)
                var xml = Encoding.UTF8.GetString(UnzipDocument(HostileFiles.DocxNestedContentControls(random.Next(1, 200))));
                var cut = xml[..random.Next(xml.Length)] + new string((char)random.Next(32, 127), random.Next(0, 50));
                return ("mutated DOCX XML", Rezip(cut), "report.docx");
        }
    }

    private static byte[] UnzipDocument(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[] Rezip(string documentXml)
    {
        var docx = HostileFiles.Docx(string.Empty);
        using var packed = new MemoryStream();
        packed.Write(docx);
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(documentXml);
        }

        return packed.ToArray();
    }

    private static bool HasChinese(string? text) => text is not null && text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
