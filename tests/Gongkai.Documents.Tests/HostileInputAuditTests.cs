using System.IO.Compression;
using System.Text;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.Audit;
using Gongkai.Domain.Audit.Rules;

namespace Gongkai.Documents.Tests;

/// <summary>
/// Hostile input to the file auditor: each ends in a finding (or a clear error message in the finding), never an
/// exception, with time and memory bounded by the size caps (file size, unpacked DOCX size, HTML nesting).
/// </summary>
public sealed class HostileInputAuditTests : IDisposable
{
    private readonly TestFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static Finding Only(AuditReport audit, string ruleId)
    {
        var finding = Assert.Single(audit.Findings);
        Assert.Equal(ruleId, finding.RuleId);
        return finding;
    }

    [Fact]
    public void Audit_EmptyFile_IsUnreadableFinding()
    {
        var audit = new ReportFileAuditor().Audit(_files.Write("empty.txt", []));
        Assert.Equal(FindingSeverity.Warning, Only(audit, AuditRuleIds.Unreadable).Severity);
        Assert.Equal(ReportReadStatus.Empty, audit.Reading);
    }

    [Fact]
    public void Audit_BinaryFile_IsUnreadableFinding()
    {
        var bytes = new byte[64 * 1024];
        new Random(1).NextBytes(bytes);
        var audit = new ReportFileAuditor().Audit(_files.Write("report.txt", bytes));
        Assert.Contains("二进制", Only(audit, AuditRuleIds.Unreadable).Message);
    }

    [Fact]
    public void Audit_MissingFile_IsUnreadableFinding()
    {
        var audit = new ReportFileAuditor().Audit(Path.Combine(_files.Folder, "nothing-here.html"));
        Assert.Contains("找不到文件", Only(audit, AuditRuleIds.Unreadable).Message);
    }

    [Fact]
    public void Audit_FiftyMegabyteFile_IsRefusedBeforeReading()
    {
        var path = Path.Combine(_files.Folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        var audit = new ReportFileAuditor().Audit(path);
        Assert.Contains("文件过大", Only(audit, AuditRuleIds.Unreadable).Message);
    }

    [Fact]
    public void Audit_DeeplyNestedHtml_EndsInAFinding()
    {
        const int depth = 100_000;
        var html = new StringBuilder("<html><body><p>某某县人民政府2020年政府信息公开工作年度报告</p>");
        html.Insert(html.Length, "<div>", depth).Append("全年共收到政府信息公开申请4件。").Insert(html.Length, "</div>", depth).Append("</body></html>");
        var audit = new ReportFileAuditor().Audit(_files.Write("deep.html", Encoding.UTF8.GetBytes(html.ToString())));
        Assert.NotEmpty(audit.Findings);
    }

    [Fact]
    public void Audit_DocxZipBomb_IsRefusedAsUnreadable()
    {
        // a DOCX whose document.xml unpacks to 1 GB of one repeated character (≈1 MB packed)
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize);
            using var stream = entry.Open();
            var head = Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>""");
            stream.Write(head);
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (var i = 0; i < 1024; i++)
            {
                stream.Write(block);
            }

            stream.Write(Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>"));
        }

        var audit = new ReportFileAuditor().Audit(_files.Write("bomb.docx", packed.ToArray()));
        Assert.Contains("压缩", Only(audit, AuditRuleIds.Unreadable).Message);
    }

    [Fact]
    public void Audit_OneLongRunOnLineFullOfFigures_EndsInAReport()
    {
        // 2 MB on one line, 100 000 figures and no sentence end: the claim reader looks back a bounded window only
        var text = "某某县人民政府2020年政府信息公开工作年度报告\n" + string.Concat(Enumerable.Repeat("新收申请1件、", 150_000));
        var audit = new ReportFileAuditor().Audit(_files.Write("runon.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(2020, audit.Year);
        Assert.Equal(150_000, audit.Claims.Count);
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
