using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;

namespace Gongkai.Documents.Pdf;

/// <summary>
/// OCR for PDF pages without a text layer (scans), through Debian's tesseract (packages tesseract-ocr and
/// tesseract-ocr-chi-sim). The page's picture is taken out of the PDF as it is embedded (a scan page is one JPEG or
/// PNG image), recognised word by word with tesseract's confidence, and its words placed on the page like printed
/// characters, so tables are rebuilt from their alignment. Absent tesseract, pages without text are only listed.
/// </summary>
public sealed class TesseractOcr
{
    private readonly Lazy<bool> _available;

    /// <summary>OCR with the tesseract at <paramref name="path"/> (null: looked up on PATH) in <paramref name="languages"/>.</summary>
    public TesseractOcr(string? path = null, string languages = "chi_sim+eng", TimeSpan? timeout = null)
    {
        Path = path ?? ProgramPath.Find("tesseract");
        Languages = languages;
        Timeout = timeout ?? TimeSpan.FromSeconds(120);
        _available = new Lazy<bool>(Probe);
    }

    /// <summary>The tesseract executable, or null when none was found.</summary>
    public string? Path { get; }

    /// <summary>The tesseract languages ("chi_sim+eng").</summary>
    public string Languages { get; }

    /// <summary>How long one page may take.</summary>
    public TimeSpan Timeout { get; }

    /// <summary>True when tesseract runs here and has every language asked for.</summary>
    public bool IsAvailable => _available.Value;

    /// <summary>The default: tesseract from PATH, Simplified Chinese and English.</summary>
    public static TesseractOcr Default { get; } = new();

    /// <summary>The characters of a scanned page, or null when its picture could not be read.</summary>
    internal List<PdfGlyph>? Recognize(Page page, PdfPageContent content)
    {
        var image = page.GetImages().OrderByDescending(i => Math.Abs(i.BoundingBox.Width * i.BoundingBox.Height)).FirstOrDefault();
        if (image is null || image.WidthInSamples <= 0 || image.HeightInSamples <= 0)
        {
            return null;
        }

        string extension;
        byte[] bytes;
        var raw = image.RawMemory.Span;
        if (raw.Length > 3 && raw[0] == 0xFF && raw[1] == 0xD8)
        {
            (extension, bytes) = (".jpg", raw.ToArray());
        }
        else if (image.TryGetPng(out var png))
        {
            (extension, bytes) = (".png", png);
        }
        else
        {
            return null;
        }

        // the picture at the resolution OCR reads best (ScanResolution); a ruled table: rulings found in the picture,
        // erased before OCR, and given to the lattice finder
        var scan = ScanRulings.Find(bytes, Math.Abs(image.BoundingBox.Width));
        var (pixelWidth, pixelHeight) = scan is null ? (image.WidthInSamples, image.HeightInSamples) : (scan.Width, scan.Height);
        var pgm = scan?.Pgm();
        var words = pgm is null ? Run(bytes, extension) : Run(pgm, ".pgm");
        if (words is null)
        {
            return null;
        }

        if (scan is { Rulings.Count: > 0 } && Run(pgm!, ".pgm", digitsOnly: true) is { } digits)
        {
            words = MergeDigits(words, digits);
        }

        var bounds = image.BoundingBox;
        var sx = bounds.Width / pixelWidth;
        var sy = bounds.Height / pixelHeight;
        if (scan is not null)
        {
            content.Rulings = PdfRuling.Collapse(scan.Rulings.Select(r =>
            {
                var (x0, y0) = r.Horizontal ? ((double)r.Start, r.Position) : (r.Position, (double)r.Start);
                var (x1, y1) = r.Horizontal ? ((double)r.End, r.Position) : (r.Position, (double)r.End);
                var (ax, ay) = content.Frame.Map(bounds.Left + (x0 * sx), bounds.Top - (y0 * sy));
                var (bx, by) = content.Frame.Map(bounds.Left + (x1 * sx), bounds.Top - (y1 * sy));
                return Math.Abs(ay - by) < Math.Abs(ax - bx)
                    ? new PdfRuling(true, (ay + by) / 2, Math.Min(ax, bx), Math.Max(ax, bx))
                    : new PdfRuling(false, (ax + bx) / 2, Math.Min(ay, by), Math.Max(ay, by));
            }), 1.5);
        }
        var glyphs = new List<PdfGlyph>();
        foreach (var word in words.Select(w => w with { Text = DigitsOf(w.Text) }))
        {
            // image pixels → page points (y up) → reading frame
            var left = bounds.Left + (word.Left * sx);
            var right = bounds.Left + ((word.Left + word.Width) * sx);
            var top = bounds.Top - (word.Top * sy);
            var bottom = bounds.Top - ((word.Top + word.Height) * sy);
            var (x0, y0) = content.Frame.Map(left, bottom);
            var (x1, y1) = content.Frame.Map(right, top);
            var height = Math.Abs(y1 - y0);
            var size = Math.Max(4, height * 1.15);
            var baseline = Math.Max(y0, y1);
            var from = Math.Min(x0, x1);
            var perPixel = Math.Abs(x1 - x0) / Math.Max(1, word.Width);
            var spans = CharacterSpans(word, scan?.Cleaned, pixelWidth, pixelHeight);
            for (var k = 0; k < word.Text.Length; k++)
            {
                var (a, b) = spans[k];
                var x = from + ((a - word.Left) * perPixel);
                var w = (b - a) * perPixel;
                glyphs.Add(new PdfGlyph(word.Text[k].ToString(), x, x + w, baseline, size,
                    new UserBox(bounds.Left + (a * sx), bottom, (b - a) * sx, top - bottom), word.Confidence));
            }
        }

        return glyphs;
    }

    private List<OcrWord>? Run(byte[] image, string extension, bool digitsOnly = false)
    {
        if (Path is null)
        {
            return null;
        }

        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"gongkai-ocr-{Guid.NewGuid():N}{extension}");
        try
        {
            File.WriteAllBytes(file, image);
            var start = new ProcessStartInfo(Path)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            string[] arguments = digitsOnly
                ? [file, "stdout", "-l", "eng", "--psm", "6", "-c", "tessedit_char_whitelist=0123456789-.", "tsv"]
                : [file, "stdout", "-l", Languages, "--psm", "6", "-c", "preserve_interword_spaces=1", "tsv"];
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }

            return process.ExitCode == 0 ? Parse(output.GetAwaiter().GetResult()) : null;
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
        finally
        {
            try
            {
                File.Delete(file);
            }
            catch (IOException)
            {
                // a temp file left behind is harmless
            }
        }
    }

    /// <summary>
    /// A page with a ruled table is read twice: in Chinese, and for figures alone (English, only digits, minus and point
    /// allowed). The Chinese model reads figures in table cells poorly ("9%" for 96, "sg", "19%0"): a word of the first
    /// reading with no Chinese character that is not a clean figure is replaced by the figures the second reading found
    /// in its place when that is one figure read with confidence ≥ 0.6. (Adding figures the first reading missed
    /// was tried and made things worse: the figures-only reading sees digits in what is left of erased rulings.)
    /// </summary>
    internal static List<OcrWord> MergeDigits(List<OcrWord> words, List<OcrWord> digits)
    {
        var result = new List<OcrWord>(words.Count);
        foreach (var word in words)
        {
            if (HasIdeograph(word.Text) || IsFigure(DigitsOf(word.Text)))
            {
                result.Add(word);
                continue;
            }

            var over = digits.Where(d => Overlaps(word, d)).ToList();
            if (over is [var figure] && IsFigure(figure.Text) && figure.Confidence >= 0.6)
            {
                result.Add(figure);
            }
            else
            {
                result.Add(word);
            }
        }

        return result;
    }

    /// <summary>
    /// Where each character of an OCR'd word stands, in pixels (left inclusive, right exclusive). Tesseract's TSV gives
    /// only the word's box; spreading its characters evenly over it puts a digit of a figure run together with its
    /// neighbour's ("184" and "218" read as one word over a ruling) on the wrong side of the cell's ruling. Where the
    /// picture (rulings erased) shows exactly one run of ink columns per character inside the box — as printed figures
    /// do — each character takes its run; otherwise the word is spread evenly.
    /// </summary>
    internal static (int Left, int Right)[] CharacterSpans(OcrWord word, byte[]? grey, int width, int height)
    {
        var n = word.Text.Length;
        var even = Enumerable.Range(0, n)
            .Select(k => (word.Left + (int)Math.Round((double)k * word.Width / n), word.Left + (int)Math.Round((double)(k + 1) * word.Width / n)))
            .ToArray();
        if (grey is null || n < 2 || word.Left < 0 || word.Top < 0 || word.Left + word.Width > width || word.Top + word.Height > height
            || grey.Length < (long)width * height)
        {
            return even;
        }

        var runs = new List<(int Left, int Right)>();
        var start = -1;
        for (var x = word.Left; x <= word.Left + word.Width; x++)
        {
            var ink = false;
            for (var y = word.Top; x < word.Left + word.Width && y < word.Top + word.Height && !ink; y++)
            {
                ink = grey[(y * width) + x] < 150;
            }

            if (ink && start < 0)
            {
                start = x;
            }
            else if (!ink && start >= 0)
            {
                runs.Add((start, x));
                start = -1;
            }
        }

        return runs.Count == n ? runs.ToArray() : even;
    }

    private static bool IsFigure(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"^-?\d+(\.\d+)?$");

    private static bool HasIdeograph(string text) => text.Any(c => c is >= '\u3400' and <= '\u9FFF');

    /// <summary>True when the boxes overlap by more than <paramref name="share"/> of the smaller one each way.</summary>
    private static bool Overlaps(OcrWord a, OcrWord b, double share = 0.5)
    {
        var x = Math.Min(a.Left + a.Width, b.Left + b.Width) - Math.Max(a.Left, b.Left);
        var y = Math.Min(a.Top + a.Height, b.Top + b.Height) - Math.Max(a.Top, b.Top);
        return x > share * Math.Min(a.Width, b.Width) && y > share * Math.Min(a.Height, b.Height);
    }

    /// <summary>
    /// A word of digits with letters OCR confuses with them ("1O5", "l2", "o") is a figure: O/o → 0, l/I/| → 1. Words
    /// with any other letter, or with no digit and more than one character, are kept as read.
    /// </summary>
    internal static string DigitsOf(string word)
    {
        if (word.Length > 8 || !word.All(c => char.IsAsciiDigit(c) || c is 'O' or 'o' or 'l' or 'I' or '|')
            || (word.Length > 1 && !word.Any(char.IsAsciiDigit)) || word is "|" or "I" or "l")
        {
            return word;
        }

        return string.Concat(word.Select(c => c switch { 'O' or 'o' => '0', 'l' or 'I' or '|' => '1', _ => c }));
    }

    /// <summary>Tesseract's TSV: level 5 rows are words with their box (pixels) and confidence (0–100).</summary>
    internal static List<OcrWord> Parse(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var row in tsv.Split('\n'))
        {
            var f = row.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5")
            {
                continue;
            }

            var text = f[11].Trim();
            if (text.Length == 0
                || !int.TryParse(f[6], CultureInfo.InvariantCulture, out var left) || !int.TryParse(f[7], CultureInfo.InvariantCulture, out var top)
                || !int.TryParse(f[8], CultureInfo.InvariantCulture, out var width) || !int.TryParse(f[9], CultureInfo.InvariantCulture, out var height)
                || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                continue;
            }

            words.Add(new OcrWord(text, left, top, width, height, Math.Clamp(confidence / 100, 0, 1)));
        }

        return words;
    }

    private bool Probe()
    {
        if (Path is null || !File.Exists(Path))
        {
            return false;
        }

        try
        {
            var start = new ProcessStartInfo(Path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("--list-langs");
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit(10_000);
            var installed = output.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return Languages.Split('+').All(l => installed.Contains(l));
        }
        catch (Exception ex) when (ex is Win32Exception or IOException or InvalidOperationException)
        {
            return false;
        }
    }

    internal readonly record struct OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence);
}
