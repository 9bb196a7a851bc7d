using System.Diagnostics;
using Gongkai.Bench.Audit;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;

// Audits the seed reports and synthetic reports (pipe-table text built from ReportLayout) for N iterations on one
// thread and prints reports per second, then PDF reports beside them in the same run.
// Usage: Gongkai.Bench.Audit [iterations=20] [--show] [--make-pdfs=DIR] [--pdf=FOLDER] [--batch=500]
var iterations = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 20;
var show = args.Contains("--show");
var seeds = (Directory.Exists(SeedFolder()) ? Directory.GetFiles(SeedFolder(), "*.txt") : []).Order().Select(p => ReportText.FromPlainText(File.ReadAllText(p), Path.GetFileName(p))).ToArray();
var random = new Random(2024);
var synthetic = new[] { (ReportFormat.Format2008, 2012), (ReportFormat.Format2014, 2016), (ReportFormat.Format2019, 2020), (ReportFormat.Format2021, 2023) }
    .SelectMany(f => Enumerable.Range(0, 5).Select(i => ReportText.FromPlainText(SyntheticReport.Build(f.Item1, f.Item2, random), $"synthetic-{f.Item2}-{i}.txt")))
    .ToArray();
var reports = seeds.Concat(synthetic).ToArray();
if (args.FirstOrDefault(a => a.StartsWith("--file=", StringComparison.Ordinal)) is { } file)
{
    reports = [ReportText.FromPlainText(File.ReadAllText(file[7..]), Path.GetFileName(file[7..]))];
}

if (show)
{
    foreach (var report in seeds)
    {
        var audit = ReportAuditor.Audit(report);
        Console.WriteLine($"== {audit.File}: {audit.Agency} {audit.Year} format {audit.Format} ({audit.Confidence:0.00}), {audit.Cells.Count} cells, {audit.Claims.Count} claims");
        if (args.Contains("--claims"))
        {
            foreach (var claim in audit.Claims)
            {
                Console.WriteLine($"   claim {claim} total={claim.Total?.Subject} pct={claim.Percent} partial={claim.PartialScope} text={claim.Source.Text}");
            }
        }

        foreach (var finding in audit.Findings)
        {
            Console.WriteLine($"   {finding}");
        }
    }
}

if (!args.Any(a => a.StartsWith("--file=", StringComparison.Ordinal)))
{
    foreach (var report in reports)
    {
        ReportAuditor.Audit(report); // warm-up
    }
}

if (args.Contains("--profile"))
{
    var reps = reports.Length == 1 ? 1 : 5;
    foreach (var report in reports)
    {
        var w = Stopwatch.StartNew();
        for (var i = 0; i < reps; i++) { ReportMetadataReader.Read(report); }
        var meta = w.Elapsed.TotalMilliseconds / reps; w.Restart();
        var format = ReportMetadataReader.Read(report).FormatGuess.Format ?? ReportFormat.Format2019;
        for (var i = 0; i < reps; i++) { Gongkai.Domain.Audit.Extraction.ReportCellExtractor.Extract(report, format); }
        var cells = w.Elapsed.TotalMilliseconds / reps; w.Restart();
        for (var i = 0; i < reps; i++) { Gongkai.Domain.Audit.Claims.NarrativeClaimReader.Read(report, format); }
        var claims = w.Elapsed.TotalMilliseconds / reps; w.Restart();
        var extracted = Gongkai.Domain.Audit.Extraction.ReportCellExtractor.Extract(report, format);
        w.Restart();
        AnnualReportData data = null!;
        for (var i = 0; i < reps; i++) { data = new AnnualReportData(format, 2020, new ReportingAgency("", ""), extracted); }
        var build = w.Elapsed.TotalMilliseconds / reps; w.Restart();
        for (var i = 0; i < reps; i++) { ConsistencyRuleSet.For(format).Check(data); }
        var rules = w.Elapsed.TotalMilliseconds / reps; w.Restart();
        for (var i = 0; i < reps; i++) { DocumentSectionFinder.Find(report); }
        var sections = w.Elapsed.TotalMilliseconds / reps; w.Restart();
        for (var i = 0; i < reps; i++) { ReportAuditor.Audit(report); }
        var all = w.Elapsed.TotalMilliseconds / reps;
        Console.Write($"build {build:0.0} rules {rules:0.0} sections {sections:0.0} ");
        Console.WriteLine($"{report.SourceName}: meta {meta:0.0} ms, cells {cells:0.0} ms, claims {claims:0.0} ms, audit {all:0.0} ms");
    }
}

var textLoad = Load.Now();
var watch = Stopwatch.StartNew();
var count = 0;
for (var i = 0; i < iterations; i++)
{
    foreach (var report in reports)
    {
        ReportAuditor.Audit(report);
        count++;
    }
}

watch.Stop();
var textRate = count / watch.Elapsed.TotalSeconds;
Console.WriteLine($"audited {count} reports ({seeds.Length} seeds + {synthetic.Length} synthetic, {iterations} iterations) on one thread in {watch.Elapsed.TotalSeconds:0.00} s: {textRate:0.0} reports/s (load {textLoad} → {Load.Now()})");

// PDF in the same run: the composed fixtures plus the generator's own Chromium-printed reports (made once with
// --make-pdfs=DIR, or --pdf=FOLDER), read in-process and audited, on one thread, with the time split between PdfPig's
// parsing (open + letters + paths of every page), our page assembly (the rest of reading) and the auditor.
if (args.FirstOrDefault(a => a.StartsWith("--make-pdfs=", StringComparison.Ordinal)) is { } make)
{
    var made = await BenchPdfs.MakeAsync(make[12..], 8);
    Console.WriteLine($"made {made} PDF reports in {make[12..]} (generator export, Chromium)");
}

var pdfFolders = args.Where(a => a.StartsWith("--pdf=", StringComparison.Ordinal)).Select(a => a[6..]).ToList();
if (pdfFolders.Count == 0)
{
    pdfFolders.Add(Path.Combine(RepositoryFolder(), "tests", "Gongkai.Documents.Tests", "Pdf", "Fixtures"));
    if (Directory.Exists(BenchPdfs.DefaultFolder))
    {
        pdfFolders.Add(BenchPdfs.DefaultFolder);
    }
}

var pdfs = pdfFolders.SelectMany(f => Directory.GetFiles(f, "*.pdf")).Order().Select(p => (Name: Path.GetFileName(p), Bytes: File.ReadAllBytes(p))).ToArray();
var pdfReader = new Gongkai.Documents.ReportDocumentReader(new Gongkai.Documents.ReportDocumentReaderOptions { Ocr = null });
foreach (var pdf in pdfs)
{
    ReportAuditor.Audit(pdfReader.Read(pdf.Bytes, pdf.Name)); // warm-up
}

var split = new PdfTimeSplit();
var pdfWatch = Stopwatch.StartNew();
var pdfCount = 0;
var pdfLoad = Load.Now();
while (pdfWatch.Elapsed < TimeSpan.FromSeconds(Math.Max(5, watch.Elapsed.TotalSeconds)) && pdfs.Length > 0)
{
    foreach (var pdf in pdfs)
    {
        split.Measure(pdf.Bytes, pdf.Name, pdfReader);
        pdfCount++;
    }
}

pdfWatch.Stop();
var pdfRate = pdfCount / split.ReadAndAudit.TotalSeconds;
Console.WriteLine($"audited {pdfCount} PDF reports ({pdfs.Length} files from {string.Join(", ", pdfFolders)}) on one thread in {split.ReadAndAudit.TotalSeconds:0.00} s of reading and auditing: {pdfRate:0.0} reports/s = {pdfRate / textRate:0.000} × text (load {pdfLoad} → {Load.Now()})");
Console.WriteLine(split.Describe(pdfCount));

if (args.FirstOrDefault(a => a.StartsWith("--batch=", StringComparison.Ordinal)) is { } batchArg && int.TryParse(batchArg[8..], out var batchSize) && pdfs.Length > 0)
{
    var files = Enumerable.Range(0, batchSize).Select(i => ($"{i:0000}-{pdfs[i % pdfs.Length].Name}", pdfs[i % pdfs.Length].Bytes)).ToArray();
    var threads = new Gongkai.Documents.Batch.AuditThreads();
    var batch = new Gongkai.Documents.Batch.ReportBatchAuditor(new Gongkai.Documents.ReportFileAuditor(new Gongkai.Documents.ReportDocumentReaderOptions { Ocr = null }), threads);
    var batchLoad = Load.Now();
    var batchWatch = Stopwatch.StartNew();
    var results = await batch.AuditContentsAsync(files);
    batchWatch.Stop();
    Console.WriteLine($"batch: {results.Count} PDF reports on {threads.Concurrency} audit threads in {batchWatch.Elapsed.TotalSeconds:0.0} s wall = {results.Count / batchWatch.Elapsed.TotalSeconds:0.0} reports/s (load {batchLoad} → {Load.Now()})");
}

static string RepositoryFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
}

static string SeedFolder()
{
    if (Environment.GetEnvironmentVariable("GONGKAI_SEEDS") is { Length: > 0 } seedsVariable)
    {
        return seedsVariable;
    }

    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
        }
    }

    throw new DirectoryNotFoundException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
}
