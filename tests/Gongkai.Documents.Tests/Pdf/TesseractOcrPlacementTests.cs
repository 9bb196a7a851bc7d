using Gongkai.Documents.Pdf;

namespace Gongkai.Documents.Tests.Pdf;

/// <summary>Where the characters of an OCR'd word are put (issue 14 item 2: figures of two cells read as one word).</summary>
public sealed class TesseractOcrPlacementTests
{
    /// <summary>A white picture with dark 5-pixel-wide digit blobs starting at <paramref name="starts"/> (rows 5–14).</summary>
    private static byte[] Picture(int width, int height, params int[] starts)
    {
        var grey = Enumerable.Repeat((byte)255, width * height).ToArray();
        foreach (var x0 in starts)
        {
            for (var y = 5; y < 15; y++)
            {
                for (var x = x0; x < x0 + 5; x++)
                {
                    grey[(y * width) + x] = 0;
                }
            }
        }

        return grey;
    }

    [Fact]
    public void CharacterSpans_WordOfTwoFiguresWithGap_EachDigitAtItsInk()
    {
        // "184" and "218" printed in neighbouring cells, read by tesseract as one word "184218" over x 10–80
        var grey = Picture(100, 20, 10, 18, 26, 60, 68, 76);
        var word = new TesseractOcr.OcrWord("184218", 10, 5, 71, 10, 0.6);

        var spans = TesseractOcr.CharacterSpans(word, grey, 100, 20);

        Assert.Equal([(10, 15), (18, 23), (26, 31), (60, 65), (68, 73), (76, 81)], spans);
    }

    [Fact]
    public void CharacterSpans_InkRunsNotOnePerCharacter_SpreadEvenly()
    {
        // two digits touching: one run of ink for "12", so the word is spread over its box
        var grey = Picture(100, 20, 10, 14, 40);
        var word = new TesseractOcr.OcrWord("123", 10, 5, 36, 10, 0.9);

        var spans = TesseractOcr.CharacterSpans(word, grey, 100, 20);

        Assert.Equal([(10, 22), (22, 34), (34, 46)], spans);
    }
}
