using System.IO.Compression;
using System.Text;
using Gongkai.Documents.Guards;
using Gongkai.Domain.Audit;

namespace Gongkai.Documents.Tests;

/// <summary>
/// Issue 12 finding 1: files nested far deeper than any report, refused by the bounded pre-scans before a recursive
/// reader (Open XML SDK, AngleSharp, a PDF parser) sees them — each read ends in "could not read this file" with a
/// Chinese reason. A file just inside the limits is still read, on a thread with a small stack.
/// </summary>
public sealed class HostileStructureTests
{
    private readonly ReportDocumentReader _reader = new();

    [Fact]
    public void Read_DocxWith60000NestedContentControls_IsRefusedBeforeTheWordReader()
    {
        var bytes = HostileFiles.DocxNestedContentControls();
        Assert.InRange(bytes.Length, 1_000, 40_000);

        var text = _reader.Read(bytes, "deep-sdt.docx");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("word/document.xml", text.Message, StringComparison.Ordinal);
        Assert.Contains("嵌套超过 256 层", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWith60000NestedTables_IsRefusedBeforeTheWordReader()
    {
        var text = _reader.Read(HostileFiles.DocxNestedTables(), "deep-tbl.docx");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("嵌套超过", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Audit_DocxNested60000Deep_EndsInAFindingThatSaysWhy()
    {
        var audit = new ReportFileAuditor().Audit(HostileFiles.DocxNestedContentControls(), "deep.docx");

        var finding = Assert.Single(audit.Findings);
        Assert.Contains("嵌套", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxNestedJustInsideTheLimit_IsReadOnASmallStack()
    {
        // 80 sdt levels = 163 XML levels (document, body, 2 per sdt, p, r, t): inside the 256 limit
        var bytes = HostileFiles.DocxNestedContentControls(80);
        Assert.Null(OfficePackageGuard.Check(bytes));

        var text = OnStack(256 * 1024, () => _reader.Read(bytes, "inside.docx"));

        Assert.Equal(ReportReadStatus.Read, text.Status);
        Assert.Contains(text.Lines, l => l.Original.Contains("年度报告", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_DocxTablesNestedJustInsideTheLimit_IsReadOnASmallStack()
    {
        var bytes = HostileFiles.DocxNestedTables(80);
        Assert.Null(OfficePackageGuard.Check(bytes));

        var text = OnStack(256 * 1024, () => _reader.Read(bytes, "inside.docx"));

        Assert.NotEqual(ReportReadStatus.Unreadable, text.Status);
    }

    [Theory]
    [InlineData("arrays")]
    [InlineData("dictionaries")]
    [InlineData("compressed content stream")]
    public void Read_PdfNested60000Deep_IsRefusedBeforeAnyPdfParser(string kind)
    {
        var bytes = kind switch
        {
            "arrays" => HostileFiles.PdfNestedArrays(),
            "dictionaries" => HostileFiles.PdfNestedDictionaries(),
            _ => HostileFiles.PdfNestedInCompressedStream(),
        };

        var text = _reader.Read(bytes, "deep.pdf");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("嵌套超过", text.Message, StringComparison.Ordinal);
        Assert.Contains(text.Diagnostics, d => d.Contains("structure scan", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfStructureGuard_OrdinaryStructure_Passes()
    {
        Assert.Null(PdfStructureGuard.Check(HostileFiles.Pdf("<</A [1 2 (a [string] with brackets) <00ff>] /B <</C [[1] [2]]>>>>")));
        Assert.Null(PdfStructureGuard.Check(HostileFiles.PdfNestedInCompressedStream(20)));
    }

    [Fact]
    public void PdfStructureGuard_RandomStreamData_IsNotMistakenForNesting()
    {
        // 8 MB of random bytes as an image: bracket bytes at random must not read as deep nesting
        var data = new byte[8 * 1024 * 1024];
        new Random(12).NextBytes(data);
        var head = Encoding.ASCII.GetBytes($"%PDF-1.7\n5 0 obj\n<</Type/XObject/Subtype/Image/Length {data.Length}/Filter/DCTDecode>>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream\nendobj\n%%EOF\n");

        Assert.Null(PdfStructureGuard.Check([.. head, .. data, .. tail]));
    }

    [Fact]
    public void PdfStructureGuard_TooManyObjects_IsRefused()
    {
        var sb = new StringBuilder("%PDF-1.7\n");
        for (var i = 1; i <= ReadingLimits.MaxPdfObjects + 1; i++)
        {
            sb.Append(i).Append(" 0 obj 1 endobj\n");
        }

        Assert.Contains("对象超过", PdfStructureGuard.Check(Encoding.ASCII.GetBytes(sb.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxWithHighCompressionRatio_IsRefusedAsABomb()
    {
        // 20 MB of spaces packs to ≈20 KB: a ratio of ≈1000:1
        var bytes = HostileFiles.ZipBomb("word/document.xml", 20);

        var text = _reader.Read(bytes, "bomb.docx");

        Assert.Equal(ReportReadStatus.Unreadable, text.Status);
        Assert.Contains("压缩比", text.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OfficePackageGuard_TooManyEntries_IsRefused()
    {
        Assert.Contains("个文件", OfficePackageGuard.Check(HostileFiles.ZipWithManyEntries(ReadingLimits.MaxZipEntries + 1)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div/>", "")]
    [InlineData("<div></zz>", "")]
    [InlineData("<span><div></span>", "")]
    [InlineData("<ul><li>", "")]
    [InlineData("<div><b x=1></div>", "")]
    [InlineData("<div>", "</div>")]
    public void HtmlNestingGuard_TricksThatNestDeep_AreCaught(string open, string close)
    {
        var html = Encoding.UTF8.GetString(HostileFiles.DeepHtml(open, 20_000, close));

        Assert.True(HtmlNestingGuard.IsTooDeep(html));
    }

    [Fact]
    public void HtmlNestingGuard_OrdinaryPageWithUnclosedParagraphsAndCells_IsNotTooDeep()
    {
        var row = "<tr><td><font size=2>1<td><b>2</b><td><p>3<p>4<br/><img src=x/></tr>";
        var html = "<html><body><div><svg>" + string.Concat(Enumerable.Repeat("<path d='M0'/>", 3000)) + "</svg>"
                   + "<table>" + string.Concat(Enumerable.Repeat(row, 3000)) + "</table></div>" + string.Concat(Enumerable.Repeat("<p>段落</span></div>", 3000));

        Assert.False(HtmlNestingGuard.IsTooDeep(html));
    }

    [Fact]
    public void Read_HtmlNested20000DeepBySelfClosingDivs_IsReadAsTextNotAsATree()
    {
        var text = _reader.Read(HostileFiles.DeepHtml("<div/>", 20_000), "deep.html");

        Assert.Contains(text.Diagnostics, d => d.Contains("read as text", StringComparison.Ordinal));
        Assert.Contains(text.Lines, l => l.Original.Contains("申请4件", StringComparison.Ordinal));
    }

    private static T OnStack<T>(int stackBytes, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, stackBytes);
        thread.Start();
        thread.Join();
        return failure is null ? result : throw new InvalidOperationException("work failed", failure);
    }
}
