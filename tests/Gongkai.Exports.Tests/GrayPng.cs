using System.Buffers.Binary;
using System.IO.Compression;

namespace Gongkai.Exports.Tests;

/// <summary>A decoder for the 8-bit, non-interlaced PNGs that pdftoppm writes (gray, gray+alpha, RGB or RGBA), read as gray levels.</summary>
internal sealed class GrayPng
{
    private GrayPng(int width, int height, byte[] pixels) => (Width, Height, Pixels) = (width, height, pixels);

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }

    public int CountDarkerThan(byte level) => Pixels.Count(p => p < level);

    public static GrayPng Read(byte[] png)
    {
        var position = 8;
        int width = 0, height = 0, channels = 1;
        using var idat = new MemoryStream();
        while (position < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            var type = System.Text.Encoding.ASCII.GetString(png, position + 4, 4);
            var data = png.AsSpan(position + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                channels = data[9] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
                if (data[8] != 8 || channels == 0 || data[12] != 0)
                {
                    throw new NotSupportedException("只支持8位、非隔行、非调色板的PNG。");
                }
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            position += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var bytes = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? bytes[y * stride + x - channels] : 0;
                int b = y > 0 ? bytes[(y - 1) * stride + x] : 0;
                int c = x >= channels && y > 0 ? bytes[(y - 1) * stride + x - channels] : 0;
                var value = raw[y * (stride + 1) + 1 + x];
                bytes[y * stride + x] = (byte)(value + filter switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new NotSupportedException($"PNG filter {filter}"),
                });
            }
        }

        var colours = Math.Min(channels, 3);
        var pixels = new byte[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            var sum = 0;
            for (var k = 0; k < colours; k++)
            {
                sum += bytes[i * channels + k];
            }

            pixels[i] = (byte)(sum / colours);
        }

        return new GrayPng(width, height, pixels);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
