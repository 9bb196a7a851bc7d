using System.Buffers.Binary;
using System.IO.Compression;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>
/// Builds PDFs for the reader's geometry tests with PdfPig's writer: Helvetica text (no font file needed) and ruling
/// lines, in points from the top-left of an A4 page (595 × 842), the way a reader measures.
/// </summary>
internal sealed class TestPdf
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;

    public TestPdf()
    {
        _font = _builder.AddStandard14Font(Standard14Font.Helvetica);
    }

    public const double Height = 842;

    public TestPdf Page(int rotation = 0)
    {
        _page = _builder.AddPage(PageSize.A4);
        if (rotation != 0)
        {
            _page.SetRotation(new PageRotationDegrees(rotation));
        }

        return this;
    }

    public TestPdf Text(double x, double top, string text, double size = 10)
    {
        _page!.AddText(text, size, new PdfPoint(x, Height - top - size), _font);
        return this;
    }

    public TestPdf Line(double x0, double y0, double x1, double y1)
    {
        _page!.DrawLine(new PdfPoint(x0, Height - y0), new PdfPoint(x1, Height - y1), 0.5);
        return this;
    }

    /// <summary>
    /// A ruled table at (<paramref name="left"/>, <paramref name="top"/>): <paramref name="rows"/> of texts, each column
    /// <paramref name="width"/> wide, each row 20 high; a text "&lt;" merges the slot into the cell on its left (no
    /// line between them), "^" into the cell above.
    /// </summary>
    public TestPdf Table(double left, double top, double width, string[][] rows)
    {
        const double rowHeight = 20;
        var columns = rows.Max(r => r.Length);
        var right = left + (columns * width);
        var bottom = top + (rows.Length * rowHeight);
        Line(left, top, right, top).Line(left, bottom, right, bottom).Line(left, top, left, bottom).Line(right, top, right, bottom);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var text = c < rows[r].Length ? rows[r][c] : string.Empty;
                var x = left + (c * width);
                var y = top + (r * rowHeight);
                if (c > 0 && text != "<")
                {
                    Line(x, y, x, y + rowHeight);
                }

                if (r > 0 && text != "^")
                {
                    Line(x, y, x + width, y);
                }

                if (text is not ("<" or "^" or ""))
                {
                    Text(x + 3, y + 5, text);
                }
            }
        }

        return this;
    }

    public TestPdf Image(double left, double top, double width, double height, byte[] png)
    {
        _page!.AddPng(png, new PdfRectangle(left, Height - top - height, left + width, Height - top));
        return this;
    }

    public byte[] Build() => _builder.Build();

    /// <summary>A gray PNG of <paramref name="width"/> × <paramref name="height"/> pixels with a darker band (a "scan").</summary>
    public static byte[] GrayPng(int width, int height)
    {
        var raw = new byte[(width + 1) * height];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                raw[(y * (width + 1)) + 1 + x] = (byte)(y % 20 < 3 ? 40 : 230);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 0; // grayscale
        Chunk(png, "IHDR", header);
        using (var data = new MemoryStream())
        {
            using (var z = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
            {
                z.Write(raw);
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc(typed));
        png.Write(crc);
    }
}
