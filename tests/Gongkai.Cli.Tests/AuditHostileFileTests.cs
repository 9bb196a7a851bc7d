using Gongkai.Documents.Tests;

namespace Gongkai.Cli.Tests;

/// <summary>
/// Issue 12 finding 1: an 11 KB DOCX nested 60,000 deep ended <c>gongkai audit</c> with a stack overflow (exit 134)
/// and stopped a folder audit. Each file now ends in a finding that says why it was not read, and the folder goes on.
/// </summary>
public sealed class AuditHostileFileTests : IDisposable
{
    private readonly GongkaiProcess _gongkai = new();

    public static TheoryData<string> DeepDocuments => ["sdt", "tbl"];

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public async Task Audit_DocxNested60000Deep_ExitsZeroWithAFinding(string kind)
    {
        var file = Path.Combine(_gongkai.Folder, $"deep-{kind}.docx");
        var bytes = kind == "sdt" ? HostileFiles.DocxNestedContentControls() : HostileFiles.DocxNestedTables();
        Assert.InRange(bytes.Length, 1_000, 40_000);
        await File.WriteAllBytesAsync(file, bytes);

        var (exit, output, error) = await _gongkai.RunAsync(null, "audit", file);

        Assert.True(exit == 0, $"exit {exit}: {error}");
        Assert.Contains("嵌套", output, StringComparison.Ordinal);
        Assert.Contains("已拒绝读取", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_FolderWithDeepFiles_GoesOnPastThem()
    {
        var folder = Path.Combine(_gongkai.Folder, "reports");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, "a-deep-sdt.docx"), HostileFiles.DocxNestedContentControls());
        await File.WriteAllBytesAsync(Path.Combine(folder, "b-deep-tbl.docx"), HostileFiles.DocxNestedTables());
        await File.WriteAllBytesAsync(Path.Combine(folder, "c-deep.pdf"), HostileFiles.PdfNestedArrays());
        await File.WriteAllTextAsync(Path.Combine(folder, "d-report.txt"), "某某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n全年共收到政府信息公开申请4件。\n");

        var (exit, output, error) = await _gongkai.RunAsync(null, "audit", folder);

        Assert.True(exit == 0, $"exit {exit}: {error}");
        foreach (var name in new[] { "a-deep-sdt.docx", "b-deep-tbl.docx", "c-deep.pdf", "d-report.txt" })
        {
            Assert.Contains(name, output, StringComparison.Ordinal);
        }

        Assert.Contains("2020", output, StringComparison.Ordinal);
    }

    public void Dispose() => _gongkai.Dispose();
}
