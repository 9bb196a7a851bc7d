using System.IO.Compression;
using System.Text;

namespace Gongkai.Documents.Tests;

/// <summary>
/// Hostile files built in the test (a few KB each), shared by the document, CLI and web tests: DOCX packages whose
/// document.xml nests tens of thousands of elements deep (the finding that took the host down), zip bombs, PDFs
/// nested deep, and a random file that merely starts with <c>PK</c>.
/// </summary>
public static class HostileFiles
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A DOCX whose body holds <paramref name="depth"/> nested <c>&lt;w:sdt&gt;&lt;w:sdtContent&gt;</c> (≈11 KB at 60,000).</summary>
    public static byte[] DocxNestedContentControls(int depth = 60_000) =>
        Docx(Nested("<w:sdt><w:sdtContent>", "<w:p><w:r><w:t>某某县人民政府2020年政府信息公开工作年度报告</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>", depth));

    /// <summary>A DOCX whose body holds <paramref name="depth"/> nested tables (<c>&lt;w:tbl&gt;&lt;w:tr&gt;&lt;w:tc&gt;</c>).</summary>
    public static byte[] DocxNestedTables(int depth = 60_000) =>
        Docx(Nested("<w:tbl><w:tr><w:tc>", "<w:p><w:r><w:t>1</w:t></w:r></w:p>", "</w:tc></w:tr></w:tbl>", depth));

    /// <summary>A minimal valid DOCX whose body is <paramref name="bodyXml"/>.</summary>
    public static byte[] Docx(string bodyXml)
    {
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WordNamespace}"><w:body>{bodyXml}</w:body></w:document>""");
        }

        return packed.ToArray();
    }

    /// <summary>A zip whose one entry unpacks to <paramref name="megabytes"/> MB of one repeated byte.</summary>
    public static byte[] ZipBomb(string entryName, int megabytes)
    {
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry(entryName, CompressionLevel.SmallestSize).Open();
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)' ');
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(block);
            }
        }

        return packed.ToArray();
    }

    /// <summary>A zip holding <paramref name="count"/> tiny entries.</summary>
    public static byte[] ZipWithManyEntries(int count)
    {
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry($"f{i}.txt", CompressionLevel.NoCompression);
            }
        }

        return packed.ToArray();
    }

    /// <summary>A zip of the given entries (name → bytes).</summary>
    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var packed = new MemoryStream();
        using (var zip = new ZipArchive(packed, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(content);
            }
        }

        return packed.ToArray();
    }

    /// <summary>A PDF whose one object is an array nested <paramref name="depth"/> deep.</summary>
    public static byte[] PdfNestedArrays(int depth = 60_000) =>
        Pdf(Nested("[", "1", "]", depth));

    /// <summary>A PDF whose one object is a dictionary nested <paramref name="depth"/> deep.</summary>
    public static byte[] PdfNestedDictionaries(int depth = 60_000) =>
        Pdf(Nested("<</A ", "1", ">>", depth));

    /// <summary>A PDF whose page content stream (Flate-compressed) nests an array <paramref name="depth"/> deep.</summary>
    public static byte[] PdfNestedInCompressedStream(int depth = 60_000)
    {
        var content = Encoding.ASCII.GetBytes("BT " + Nested("[", "(x)", "]", depth) + " TJ ET");
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(content);
        }

        var data = compressed.ToArray();
        var head = Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>\nendobj\n4 0 obj\n<</Length {data.Length}/Filter/FlateDecode>>\nstream\n");
        var tail = Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n");
        return [.. head, .. data, .. tail];
    }

    /// <summary>A small PDF (catalog, one page) whose object 4 is <paramref name="objectBody"/>.</summary>
    public static byte[] Pdf(string objectBody) =>
        Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>\nendobj\n4 0 obj\n{objectBody}\nendobj\ntrailer\n<</Root 1 0 R>>\n%%EOF\n");

    /// <summary><paramref name="count"/> random bytes after the zip magic number <c>PK\x03\x04</c>.</summary>
    public static byte[] RandomAfterPk(int seed, int count = 4096)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        "PK\u0003\u0004"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>HTML whose body nests <paramref name="depth"/> elements written as <paramref name="openTag"/>.</summary>
    public static byte[] DeepHtml(string openTag, int depth, string closeTag = "") =>
        Encoding.UTF8.GetBytes("<html><body><p>某某县人民政府2020年政府信息公开工作年度报告</p>" + Nested(openTag, "全年共收到政府信息公开申请4件。", closeTag, depth) + "</body></html>");

    private static string Nested(string open, string inner, string close, int depth)
    {
        var sb = new StringBuilder((open.Length + close.Length) * depth + inner.Length);
        sb.Insert(0, open, depth).Append(inner);
        for (var i = 0; i < depth && close.Length > 0; i++)
        {
            sb.Append(close);
        }

        return sb.ToString();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(new UTF8Encoding(false).GetBytes(text));
    }
}
