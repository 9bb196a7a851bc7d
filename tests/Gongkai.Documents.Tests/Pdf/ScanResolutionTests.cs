using Gongkai.Documents.Pdf;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>Scanned pictures brought to the resolution OCR reads best at (<see cref="ScanResolution"/>).</summary>
public sealed class ScanResolutionTests
{
    /// <summary>A white picture with one black rectangle.</summary>
    private static byte[] Picture(int width, int height, int left, int top, int right, int bottom)
    {
        var grey = Enumerable.Repeat((byte)255, width * height).ToArray();
        for (var y = top; y < bottom; y++)
        {
            for (var x = left; x < right; x++)
            {
                grey[(y * width) + x] = 0;
            }
        }

        return grey;
    }

    private static (int Left, int Top, int Right, int Bottom) Ink(byte[] grey, int width, int height)
    {
        var (left, top, right, bottom) = (width, height, -1, -1);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (grey[(y * width) + x] < 128)
                {
                    (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x + 1), Math.Max(bottom, y + 1));
                }
            }
        }

        return (left, top, right, bottom);
    }

    [Fact]
    public void DotsPerInch_A4WidePictureOf1800Pixels_About218()
    {
        Assert.Equal(217.7, ScanResolution.DotsPerInch(1800, 595.3), 1);
        Assert.Equal(ScanResolution.Target, ScanResolution.DotsPerInch(1800, 0));
    }

    [Theory]
    [InlineData(190)]
    [InlineData(220)]
    [InlineData(305)] // reducing lost figures (measured): high resolutions are read as they are
    public void Normalize_ResolutionNotLow_SamePicture(double dpi)
    {
        var grey = Picture(200, 100, 20, 20, 60, 40);

        var (result, width, height) = ScanResolution.Normalize(grey, 200, 100, dpi, 40_000_000);

        Assert.Same(grey, result);
        Assert.Equal((200, 100), (width, height));
    }

    [Fact]
    public void Normalize_LowResolution_EnlargedWithTheInkWhereItWas()
    {
        var grey = Picture(200, 100, 40, 20, 120, 60);

        var (result, width, height) = ScanResolution.Normalize(grey, 200, 100, 152, 40_000_000);
        var (expectedWidth, expectedHeight, dpi) = (287, 143, 152.0); // 200 × 100 at 152 dpi is 287 × 143 at 218

        Assert.Equal((expectedWidth, expectedHeight), (width, height));
        Assert.Equal(width * height, result.Length);
        var scale = ScanResolution.Target / dpi;
        var (left, top, right, bottom) = Ink(result, width, height);
        Assert.InRange(left, (40 * scale) - 1.5, (40 * scale) + 1.5);
        Assert.InRange(top, (20 * scale) - 1.5, (20 * scale) + 1.5);
        Assert.InRange(right, (120 * scale) - 1.5, (120 * scale) + 1.5);
        Assert.InRange(bottom, (60 * scale) - 1.5, (60 * scale) + 1.5);
        Assert.Equal(255, result[0]); // white stays white
        Assert.Equal(0, result[(((int)(40 * scale) + 2) * width) + (int)(80 * scale)]); // the middle of the ink stays black
    }

    [Fact]
    public void Resample_Reduced_InkWhereItWas()
    {
        var grey = Picture(200, 100, 40, 20, 120, 60);

        var result = ScanResolution.Resample(grey, 200, 100, 100, 50);

        Assert.Equal((20, 10, 60, 30), Ink(result, 100, 50));
    }

    [Fact]
    public void Normalize_EnlargedPictureOverTheLimit_LeftAsItIs()
    {
        var grey = Picture(200, 100, 40, 20, 120, 60);

        var (result, width, height) = ScanResolution.Normalize(grey, 200, 100, 100, 30_000);

        Assert.Same(grey, result);
        Assert.Equal((200, 100), (width, height));
    }
}
