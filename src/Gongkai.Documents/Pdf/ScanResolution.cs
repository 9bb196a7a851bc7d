namespace Gongkai.Documents.Pdf;

/// <summary>
/// Enlarges a scanned page picture of low resolution before tesseract reads it. Measured on generated 2021-format
/// reports scanned at 152, 218 and 305 dpi (docs/report-auditor.md, "OCR sweep"): at 152 dpi too few pixels per digit
/// (middle digits dropped, figures of neighbouring cells run together: 91.9 % of the figures placed were right); the
/// same pictures enlarged to 218 dpi gave 97.9 %, and more figures placed (76.5 % of those printed, was 73.7 %). A
/// picture below <see cref="Lowest"/> dpi (its pixels against the width it is drawn at on the page) is resampled to
/// <see cref="Target"/> dpi with a bilinear filter. Reducing was measured too and is not done: 305-dpi pictures
/// reduced to 218 dpi lost placements (68.8 % of the printed figures right, against 79.7 % read as they are).
/// </summary>
internal static class ScanResolution
{
    /// <summary>The resolution resampled to (dots per inch of the page).</summary>
    public const double Target = 218;

    /// <summary>Below this a picture is enlarged.</summary>
    public const double Lowest = 190;

    /// <summary>The picture's resolution: its width in pixels against the width it is drawn at, in points (1/72 inch).</summary>
    public static double DotsPerInch(int pixelWidth, double drawnWidthPoints) =>
        drawnWidthPoints > 0 ? pixelWidth / (drawnWidthPoints / 72.0) : Target;

    /// <summary>
    /// The grey picture enlarged to <see cref="Target"/> dpi, or the same picture when its resolution is
    /// <see cref="Lowest"/> dpi or more, not known, or the result would be larger than <paramref name="maxPixels"/>.
    /// </summary>
    public static (byte[] Grey, int Width, int Height) Normalize(byte[] grey, int width, int height, double dotsPerInch, int maxPixels)
    {
        if (dotsPerInch is > 0 and < Lowest)
        {
            var scale = Target / dotsPerInch;
            var newWidth = Math.Max(1, (int)Math.Round(width * scale));
            var newHeight = Math.Max(1, (int)Math.Round(height * scale));
            if ((long)newWidth * newHeight <= maxPixels)
            {
                return (Resample(grey, width, height, newWidth, newHeight), newWidth, newHeight);
            }
        }

        return (grey, width, height);
    }

    /// <summary>
    /// Resamples a grey picture (one byte per pixel, rows top to bottom) to the given size: a separable triangle filter
    /// (bilinear when enlarging; when reducing, the filter widens to average every source pixel a new one covers).
    /// </summary>
    public static byte[] Resample(byte[] grey, int width, int height, int newWidth, int newHeight)
    {
        var across = Pass(grey, width, height, newWidth, horizontal: true);
        return Pass(across, newWidth, height, newHeight, horizontal: false);
    }

    /// <summary>One direction: each row (or column) from <paramref name="from"/> samples to <paramref name="to"/>.</summary>
    private static byte[] Pass(byte[] source, int width, int height, int to, bool horizontal)
    {
        var from = horizontal ? width : height;
        var lines = horizontal ? height : width;
        var (outWidth, outHeight) = horizontal ? (to, height) : (width, to);
        var result = new byte[outWidth * outHeight];
        var weights = Weights(from, to);
        for (var line = 0; line < lines; line++)
        {
            for (var i = 0; i < to; i++)
            {
                var (first, w) = weights[i];
                double sum = 0;
                for (var k = 0; k < w.Length; k++)
                {
                    var s = first + k;
                    sum += w[k] * source[horizontal ? (line * width) + s : (s * width) + line];
                }

                var value = (byte)Math.Clamp((int)Math.Round(sum), 0, 255);
                result[horizontal ? (line * outWidth) + i : (i * outWidth) + line] = value;
            }
        }

        return result;
    }

    /// <summary>For each output sample: the first source sample it reads and the normalised weights of the samples read.</summary>
    private static (int First, double[] Weights)[] Weights(int from, int to)
    {
        var ratio = (double)from / to;
        var support = Math.Max(1.0, ratio); // reducing: the filter widens to cover every source sample
        var result = new (int, double[])[to];
        for (var i = 0; i < to; i++)
        {
            var center = ((i + 0.5) * ratio) - 0.5;
            // never empty: the source sample nearest the centre lies within half a sample of it, inside the support
            var first = Math.Max(0, (int)Math.Floor(center - support) + 1);
            var last = Math.Min(from - 1, (int)Math.Ceiling(center + support) - 1);
            var w = new double[last - first + 1];
            double total = 0;
            for (var s = first; s <= last; s++)
            {
                var weight = Math.Max(0, 1 - (Math.Abs(s - center) / support));
                w[s - first] = weight;
                total += weight;
            }

            for (var k = 0; k < w.Length; k++)
            {
                w[k] /= total;
            }

            result[i] = (first, w);
        }

        return result;
    }
}
